/** Characters RFC 5987 allows unencoded in an ext-value (attr-char). */
const ATTR_CHAR = /[A-Za-z0-9!#$&+.^_`|~-]/;

/** RFC 5987 ext-value encoding: UTF-8 bytes percent-encoded except attr-char. */
function encodeExtValue(value: string): string {
  return [...Buffer.from(value, 'utf8')]
    .map((byte) => {
      const char = String.fromCharCode(byte);
      return byte < 0x80 && ATTR_CHAR.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    })
    .join('');
}

/**
 * `attachment` with an ASCII `filename` for old clients and `filename*` (RFC 5987/6266) carrying
 * the real, often Chinese, name: `平潭2023.txt` → `filename="__2023.txt"; filename*=UTF-8''%E5%B9%B3…`.
 */
export function attachmentDisposition(fileName: string): string {
  const name = fileName.replace(/[\r\n]/g, ' ').trim() || 'report';
  const fallback = name.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  if (fallback === name) return `attachment; filename="${name}"`;
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeExtValue(name)}`;
}
