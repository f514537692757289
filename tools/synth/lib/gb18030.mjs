// A GB18030 encoder for the characters reports use, built from the platform's decoder (no
// dependency): every two-byte GBK/GB18030 sequence is decoded once and inverted. Characters
// outside the two-byte table are written as HTML numeric character references.

let table = null;

function buildTable() {
  const map = new Uint16Array(0x10000);
  const bytes = [];
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      bytes.push(lead, trail, 0x0a);
    }
  }
  const text = new TextDecoder('gb18030').decode(new Uint8Array(bytes));
  const pieces = text.split('\n');
  let i = 0;
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const piece = pieces[i++];
      if (piece.length === 1 && piece !== '\uFFFD') {
        const code = piece.charCodeAt(0);
        if (code >= 0x80 && map[code] === 0) map[code] = (lead << 8) | trail;
      }
    }
  }
  return map;
}

/** Encodes text as GB18030 bytes; unmapped characters become `&#xHHHH;`. */
export function encodeGb18030(text) {
  table ??= buildTable();
  const out = Buffer.allocUnsafe(text.length * 2 + 16);
  let n = 0;
  let buf = out;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (n + 12 > buf.length) {
      const bigger = Buffer.allocUnsafe(buf.length * 2);
      buf.copy(bigger, 0, 0, n);
      buf = bigger;
    }
    if (code < 0x80) {
      buf[n++] = code;
      continue;
    }
    const gb = table[code];
    if (gb !== 0) {
      buf[n++] = gb >> 8;
      buf[n++] = gb & 0xff;
      continue;
    }
    const cp = text.codePointAt(i);
    if (cp > 0xffff) i++;
    const ref = `&#x${cp.toString(16).toUpperCase()};`;
    for (let j = 0; j < ref.length; j++) buf[n++] = ref.charCodeAt(j);
  }
  return buf.subarray(0, n);
}
