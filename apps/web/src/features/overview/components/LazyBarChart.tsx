import { lazy } from 'react';

/** recharts is the heaviest dependency; it loads in its own chunk, in parallel with the data. */
export const loadBarChart = () => import('../../../shared/ui/BarChartView');

export const LazyBarChart = lazy(() => loadBarChart().then((m) => ({ default: m.BarChartView })));
