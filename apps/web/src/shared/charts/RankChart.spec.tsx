import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RankChart } from './RankChart';

const items = (n: number) => Array.from({ length: n }, (_, i) => ({ key: `k${i}`, label: `县${i}`, value: n - i, highlight: i === 10 }));

describe('RankChart', () => {
  it('labels every bar when there are few', () => {
    const { container } = render(<RankChart items={items(3)} formatValue={String} formatTick={String} ariaLabel="a" />);
    expect(container.querySelector('[data-chart="rank"]')!.getAttribute('data-layout')).toBe('bars');
    expect([...container.querySelectorAll('.rank-chart__value')].map((t) => t.textContent)).toEqual(['3', '2', '1']);
  });

  it('draws ~2,900 bars as two paths, labels only a few, and reports its render time', () => {
    const { container } = render(<RankChart items={items(2900)} formatValue={String} formatTick={String} ariaLabel="a" />);
    const chart = container.querySelector('[data-chart="rank"]')!;
    expect(chart.getAttribute('data-layout')).toBe('columns');
    expect(chart.getAttribute('data-points')).toBe('2900');
    expect(container.querySelectorAll('path.rank-chart__bars')).toHaveLength(2);
    expect(container.querySelectorAll('rect').length).toBeLessThan(5);
    const labels = container.querySelectorAll('.rank-chart__label');
    expect(labels.length).toBeLessThanOrEqual(8);
    expect([...labels].some((l) => l.textContent?.startsWith('县10 '))).toBe(true);
    expect(Number(chart.getAttribute('data-render-ms'))).toBeGreaterThanOrEqual(0);
  });
});
