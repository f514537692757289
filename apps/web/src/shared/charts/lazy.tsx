import { lazy, Suspense, type ComponentProps } from 'react';

/** recharts is the heaviest dependency: it loads in its own chunk, in parallel with the data. */
export const loadRecharts = () => import('./RechartsCharts');

const LazyLines = lazy(() => loadRecharts().then((m) => ({ default: m.LineChartView })));
const LazyStacked = lazy(() => loadRecharts().then((m) => ({ default: m.StackedShareChart })));

const fallback = <div className="chart chart--placeholder" aria-hidden="true" />;

export function LineChart(props: ComponentProps<typeof LazyLines>) {
  return (
    <Suspense fallback={fallback}>
      <LazyLines {...props} />
    </Suspense>
  );
}

export function StackedShareChart(props: ComponentProps<typeof LazyStacked>) {
  return (
    <Suspense fallback={fallback}>
      <LazyStacked {...props} />
    </Suspense>
  );
}
