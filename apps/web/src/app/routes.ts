import { lazy, type ComponentType } from 'react';
import type { MessageKey } from '../shared/i18n';

export interface PageProps {
  /** Path parameters, e.g. { id } for /reports/:id. */
  readonly params: Readonly<Record<string, string>>;
}

export interface RouteSpec {
  readonly id: string;
  readonly path: string;
  /** Shown in the navigation bar. */
  readonly nav: boolean;
  readonly title: MessageKey;
  readonly Page: ComponentType<PageProps>;
}

/** Each view is its own chunk (React.lazy): the first view loads only its own code. */
export const ROUTES: readonly RouteSpec[] = [
  {
    id: 'overview',
    path: '/',
    nav: true,
    title: 'nav.overview',
    Page: lazy(() => import('../features/overview/OverviewPage').then((m) => ({ default: m.OverviewPage }))),
  },
  {
    id: 'compare',
    path: '/compare',
    nav: true,
    title: 'nav.compare',
    Page: lazy(() => import('../features/compare/ComparePage').then((m) => ({ default: m.ComparePage }))),
  },
  {
    id: 'trends',
    path: '/trends',
    nav: true,
    title: 'nav.trends',
    Page: lazy(() => import('../features/trends/TrendsPage').then((m) => ({ default: m.TrendsPage }))),
  },
  {
    id: 'outcomes',
    path: '/outcomes',
    nav: true,
    title: 'nav.outcomes',
    Page: lazy(() => import('../features/outcomes/OutcomesPage').then((m) => ({ default: m.OutcomesPage }))),
  },
  {
    id: 'benchmark',
    path: '/benchmark',
    nav: true,
    title: 'nav.benchmark',
    Page: lazy(() => import('../features/benchmark/BenchmarkPage').then((m) => ({ default: m.BenchmarkPage }))),
  },
  {
    id: 'quality',
    path: '/quality',
    nav: true,
    title: 'nav.quality',
    Page: lazy(() => import('../features/quality/QualityPage').then((m) => ({ default: m.QualityPage }))),
  },
  {
    id: 'report',
    path: '/reports/:id',
    nav: false,
    title: 'nav.report',
    Page: lazy(() => import('../features/report/ReportPage').then((m) => ({ default: m.ReportPage }))),
  },
  {
    id: 'login',
    path: '/login',
    nav: false,
    title: 'auth.title',
    Page: lazy(() => import('../features/login/LoginPage').then((m) => ({ default: m.LoginPage }))),
  },
  {
    id: 'upload',
    path: '/upload',
    nav: true,
    title: 'nav.upload',
    Page: lazy(() => import('../features/upload/UploadPage').then((m) => ({ default: m.UploadPage }))),
  },
];
