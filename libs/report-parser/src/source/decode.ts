/**
 * Decoding of text and HTML bytes: a BOM wins, then a declared charset (HTML <meta>),
 * then strict UTF-8, then GB18030 (a superset of GBK and GB2312, which Chinese
 * government sites still serve).
 */

export interface DecodedText {
  readonly text: string;
  readonly encoding: string;
}

const GB_ALIASES = new Set(['gb2312', 'gbk', 'gb18030', 'x-gbk', 'cp936', 'windows-936', 'euc-cn', 'hz-gb-2312']);

function bomEncoding(bytes: Uint8Array): { encoding: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return null;
}

/** The charset an HTML document declares in its first 4 KB, if any. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return match?.[1]?.toLowerCase() ?? null;
}

function normaliseLabel(label: string): string {
  const lower = label.toLowerCase();
  if (GB_ALIASES.has(lower)) return 'gb18030';
  if (lower === 'utf8') return 'utf-8';
  return lower;
}

function tryDecode(bytes: Uint8Array, encoding: string, fatal: boolean): string | null {
  try {
    return new TextDecoder(encoding, { fatal }).decode(bytes);
  } catch {
    return null;
  }
}

/** Decodes report bytes; `html` enables the <meta charset> check. */
export function decodeText(bytes: Uint8Array, html: boolean): DecodedText {
  const bom = bomEncoding(bytes);
  if (bom) {
    const text = tryDecode(bytes.subarray(bom.skip), bom.encoding, false) ?? '';
    return { text, encoding: bom.encoding };
  }
  const declared = html ? declaredCharset(bytes) : null;
  if (declared) {
    const encoding = normaliseLabel(declared);
    // A declared charset is often wrong (UTF-8 pages declaring gb2312): trust it only if strict UTF-8 fails.
    const utf8 = tryDecode(bytes, 'utf-8', true);
    if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
    const text = tryDecode(bytes, encoding, false);
    if (text !== null) return { text, encoding };
  }
  const utf8 = tryDecode(bytes, 'utf-8', true);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  return { text: tryDecode(bytes, 'gb18030', false) ?? '', encoding: 'gb18030' };
}
