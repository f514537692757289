import { describe, expect, it } from 'vitest';
import { packProvenance, unpackProvenance } from './packed-provenance.js';
import type { Provenance } from './report.js';

const PROVENANCE: Provenance[] = [
  { table: 'requests', row: '一、本年新收政府信息公开申请数量', column: '总计', location: { kind: 'text', line: 35, start: 44, end: 46 } },
  { table: 'requests', row: '一、本年新收政府信息公开申请数量', column: '自然人', location: { kind: 'text', line: 35, start: 10, end: 11 } },
  { table: 'proactive', row: '行政强制', column: '本年处理决定数量', location: { kind: 'html', table: 0, row: 10, column: 1 } },
  { table: 'reviewLitigation', row: '行政复议', column: '结果维持', location: { kind: 'pdf', page: 4, box: [72.5, 300.25, 90, 312.75] } },
];

describe('packed provenance', () => {
  it('gives back exactly what was packed, for every kind of location', () => {
    expect(unpackProvenance(packProvenance(PROVENANCE))).toEqual(PROVENANCE);
    expect(unpackProvenance(JSON.parse(JSON.stringify(packProvenance(PROVENANCE))))).toEqual(PROVENANCE);
    expect(unpackProvenance(packProvenance([]))).toEqual([]);
  });

  it('keeps each label once and each cell as label indexes plus its numbers', () => {
    const packed = packProvenance(PROVENANCE.slice(0, 2));
    expect(packed.labels).toEqual(['requests', '一、本年新收政府信息公开申请数量', '总计', 'text', '自然人']);
    expect(packed.cells).toEqual([
      [0, 1, 2, 3, 35, 44, 46],
      [0, 1, 4, 3, 35, 10, 11],
    ]);
  });

  it('refuses a packed form that refers to a label it does not have', () => {
    expect(() => unpackProvenance({ labels: ['requests'], cells: [[0, 1, 2, 3, 1, 2, 3]] })).toThrow(/label 1, but it has 1/);
    expect(() => unpackProvenance({ labels: ['requests', 'r', 'c', 'svg'], cells: [[0, 1, 2, 3, 1]] })).toThrow(/unknown source location kind "svg"/);
  });
});
