import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { textToSourceDoc } from './source/text-source.js';
import { decodeText } from './source/decode.js';
import { tokenize } from './tables/tokens.js';
import { TextIndex } from './tables/text-index.js';
import { findRegions } from './tables/table-regions.js';
import { numberGroups } from './tables/groups.js';

it('debug', () => {
  const file = process.env.FILE!;
  const { text } = decodeText(readFileSync(file), false);
  const tokens = tokenize(textToSourceDoc(text, null));
  const index = new TextIndex(tokens);
  const regions = findRegions(index, tokens.length);
  console.log(tokens.length, JSON.stringify(regions)); if (process.env.TOK) for (const t of tokens) console.log(t.kind, t.line, JSON.stringify(t.raw.slice(0, 80)), t.raw.length);
  for (const [name, r] of Object.entries(regions)) {
    if (!r) continue;
    for (const g of numberGroups(tokens, r[0], r[1])) console.log(name, JSON.stringify(g.tokens.map((t) => t.raw)), g.label.slice(-40));
  }
});
it('region text', () => {
  const file = process.env.FILE!;
  const { text } = decodeText(readFileSync(file), false);
  const tokens = tokenize(textToSourceDoc(text, null));
  const index = new TextIndex(tokens);
  const regions = findRegions(index, tokens.length);
  const r = regions.proactive!;
  console.log('RT', JSON.stringify(index.matches(/[\s\S]+/, r[0], r[1])));
});
