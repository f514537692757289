import { readFileSync, readdirSync } from 'node:fs';
import { it } from 'vitest';
import { readSourceDoc } from './read-source.js';
import { textToSourceDoc } from './source/text-source.js';
import { decodeText } from './source/decode.js';

const files = (process.env.FILES ?? '').split(',').filter(Boolean);
it('prints', () => {
  for (const file of files) {
    const { text, encoding } = decodeText(readFileSync(file), false);
    try {
    const r = readSourceDoc(textToSourceDoc(text, encoding), file);
    const brief = Object.fromEntries(Object.entries(r.values).map(([k, v]) => [k, v.value]));
    const want = ['requests.newReceived.total','requests.carriedOver.total','requests.granted.total','requests.totalProcessed.total','requests.carriedForward.total','proactive.licensing.decisions','proactive.punishment.decisions','proactive.coercion.decisions','proactive.fees.amountWan','reviewLitigation.review.total','reviewLitigation.litigationDirect.total','reviewLitigation.litigationAfterReview.total'];
    console.log(file.split('/').pop(), JSON.stringify({ issuer: r.issuer.name, year: r.year, template: r.template, missing: r.missing, narrative: r.narrative.map(n=>[n.metric,n.value]) }));
    console.log('  ' + want.map(k => `${k.split('.').slice(1).join('.')}=${brief[k]}`).join(' '));
    for (const f of r.findings) console.log('   - ' + f.rule + ': ' + f.message);
    if (process.env.FULL) console.log(JSON.stringify(brief));
    } catch (e) { console.log(file, 'ERROR', (e as Error).message, (e as Error).stack); }
  }
});
