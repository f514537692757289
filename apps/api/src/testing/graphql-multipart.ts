/** A file to send in a GraphQL multipart request. */
export interface UploadFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly type?: string;
}

/**
 * Posts a GraphQL multipart request built by hand as the spec describes
 * (https://github.com/jaydenseric/graphql-multipart-request-spec): an `operations` field with
 * the files as nulls, a `map` field from part names to variable paths, then one part per file.
 * `variable` is the list variable the files fill (e.g. `files` → variables.files.0, .1 …).
 */
export function postMultipart(
  url: string,
  query: string,
  variable: string,
  files: readonly UploadFile[],
  headers: Record<string, string> = { 'apollo-require-preflight': 'true' },
): Promise<Response> {
  const form = new FormData();
  form.append('operations', JSON.stringify({ query, variables: { [variable]: files.map(() => null) } }));
  form.append('map', JSON.stringify(Object.fromEntries(files.map((_, i) => [String(i), [`variables.${variable}.${i}`]]))));
  files.forEach((file, i) => form.append(String(i), new Blob([file.bytes], { type: file.type ?? 'application/octet-stream' }), file.name));
  return fetch(`${url}/graphql`, { method: 'POST', body: form, headers });
}

/** A GraphQL response, errors included (the `graphql` helper throws on them instead). */
export interface GraphQLResponse<T> {
  readonly status: number;
  readonly data?: T;
  readonly errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** Posts a GraphQL query and returns the status, data and errors as they came. */
export async function graphqlResponse<T>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GraphQLResponse<T>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;
  return { status: response.status, ...body };
}
