import { print } from 'graphql';
import type { UploadReportsMutation } from '../../generated/graphql';
import { UploadReportsDocument } from './upload.queries';

/** The API refuses more files in one request (HTTP 413). */
export const MAX_FILES_PER_REQUEST = 50;
export const ACCEPTED = '.txt,.htm,.html,.doc,.docx,.pdf,text/plain,text/html,application/pdf,application/msword,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export type UploadedFile = UploadReportsMutation['uploadReports']['files'][number];

/**
 * The GraphQL multipart request (graphql-multipart-request-spec): `operations` with a null per
 * file, `map` from form field to variable path, then the files. The header
 * `apollo-require-preflight` tells Apollo Server's CSRF protection this is not a plain form post.
 */
export function buildUploadForm(files: readonly File[]): FormData {
  const form = new FormData();
  form.append('operations', JSON.stringify({ query: print(UploadReportsDocument), variables: { files: files.map(() => null) } }));
  form.append('map', JSON.stringify(Object.fromEntries(files.map((_, i) => [String(i), [`variables.files.${i}`]]))));
  files.forEach((file, i) => form.append(String(i), file, file.name));
  return form;
}

export class UploadError extends Error {}

interface UploadResponse {
  readonly data?: UploadReportsMutation | null;
  readonly errors?: readonly { readonly message: string }[];
}

async function readJson(response: Response): Promise<UploadResponse | null> {
  try {
    return (await response.json()) as UploadResponse;
  } catch {
    return null;
  }
}

/** Sends files in batches of at most 50; every file gets a result, in the order given. */
export async function uploadReports(files: readonly File[], endpoint = '/graphql', fetcher: typeof fetch = fetch): Promise<UploadedFile[]> {
  const results: UploadedFile[] = [];
  for (let i = 0; i < files.length; i += MAX_FILES_PER_REQUEST) {
    const batch = files.slice(i, i + MAX_FILES_PER_REQUEST);
    const response = await fetcher(endpoint, { method: 'POST', headers: { 'apollo-require-preflight': 'true' }, body: buildUploadForm(batch) });
    const body = await readJson(response);
    if (!response.ok || !body?.data) {
      const message = body?.errors?.map((e) => e.message).join('; ') || `HTTP ${response.status} ${response.statusText}`;
      throw new UploadError(message);
    }
    results.push(...body.data.uploadReports.files);
  }
  return results;
}

export const KNOWN_STATUSES = ['stored', 'revised', 'unchanged', 'needsAssignment', 'failed'] as const;
