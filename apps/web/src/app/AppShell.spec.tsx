import { ApolloProvider } from '@apollo/client/react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LanguageProvider } from '../shared/i18n';
import { fakeClient, type Resolver } from '../testing/fake-api';
import { CATALOGUE, NO_FINDINGS, PROVINCES, REPORT_YEARS, compareRows, regionScope, rollupRows } from '../testing/fixtures';
import { AppShell } from './AppShell';

const API: Record<string, Resolver> = {
  Catalogue: () => ({ metrics: CATALOGUE }),
  RegionScope: (v) => regionScope(v['code'] as string),
  Provinces: () => PROVINCES,
  ReportYears: () => REPORT_YEARS,
  SelectionRollup: (v) => rollupRows(v['metric'] as string, v['regionCode'] as string | null, v['level'] as string),
  SelectionCompare: (v) => compareRows(v['metrics'] as string[]),
  LatestFindings: () => NO_FINDINGS,
  Me: () => ({ me: null }),
  SyntheticReportCount: () => ({ syntheticReportCount: 0 }),
};

function renderApp(url: string, overrides: Record<string, Resolver> = {}) {
  window.history.replaceState(null, '', url);
  const fake = fakeClient({ ...API, ...overrides });
  const view = render(
    <ApolloProvider client={fake.client}>
      <LanguageProvider>
        <AppShell />
      </LanguageProvider>
    </ApolloProvider>,
  );
  return { ...view, calls: fake.calls };
}

const panel = (id: string) => document.querySelector<HTMLElement>(`[data-panel="${id}"]`);
const barLabels = (id: string) => [...(panel(id)?.querySelectorAll('.bar-label') ?? [])].map((t) => t.textContent);
const categories = (id: string) => [...(panel(id)?.querySelectorAll('.category-label') ?? [])].map((t) => t.textContent);

async function waitForPanels() {
  await waitFor(() => {
    for (const id of ['requests', 'enforcement', 'fees']) expect(barLabels(id).length).toBeGreaterThan(0);
  });
}

describe('overview page', () => {
  it('shows a loading state, then the prefecture’s totals from the API on their bars, with coverage', async () => {
    renderApp('/?scope=210500');
    expect((await screen.findAllByRole('status'))[0]!.textContent).toContain('正在');

    await waitForPanels();
    expect(barLabels('requests')).toEqual(['13', '11', '2', '0']);
    expect(categories('requests')).toEqual(['本年新收申请·API', '予以公开·API', '部分公开·API', '不予公开·API']);
    expect(barLabels('enforcement')).toEqual(['37,292', '938', '0']);
    expect(barLabels('fees')).toEqual(['5,087.94']);
    expect(screen.getAllByRole('heading', { name: '行政事业性收费' })[0]!.closest('section')!.textContent).toContain('单位：万元');
    expect(panel('requests')!.textContent).toContain('2024 年度汇总基于 1 / 6 个县级政府的年报');

    const coverage = document.querySelector('[data-kpi="coverage"]')!;
    expect(coverage.textContent).toContain('16.7%');
    expect(coverage.textContent).toContain('1 / 6 个县级政府已发布');
    expect(document.querySelector('[data-kpi="licensingDecisions"]')!.textContent).toContain('37,292');
  });

  it('lists the provinces for the whole country (the API has no national total)', async () => {
    renderApp('/');
    await waitFor(() => expect(panel('breakdown')?.querySelector('.rank-chart__value')?.textContent).toBe('13'));
    expect(panel('breakdown')!.querySelector('[data-item="r:210000"]')!.textContent).toContain('辽宁省');
    expect(screen.getByText('全国范围按省份列示')).toBeTruthy();
    expect(panel('requests')).toBeNull();
  });

  it('switches to the breakdown metric chosen in the URL', async () => {
    renderApp('/?metric=feesWan');
    await waitFor(() => expect(panel('breakdown')?.querySelector('.rank-chart__value')?.textContent).toBe('5,087.94'));
    expect(screen.getByRole('heading', { name: /各省份：行政事业性收费金额·API/ })).toBeTruthy();
  });

  it('switches labels to English from the catalogue and keeps the language in the URL', async () => {
    renderApp('/?scope=210500');
    await waitForPanels();

    fireEvent.click(screen.getByRole('button', { name: '切换到英文界面' }));

    expect(new URLSearchParams(window.location.search).get('lang')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Overview');
    await waitFor(() => expect(categories('enforcement')).toEqual(['Licensing decisions·API', 'Penalty decisions·API', 'Coercion decisions·API']));
    expect(barLabels('enforcement')).toEqual(['37,292', '938', '0']);
    expect(screen.getAllByText('Unit: CNY 10,000').length).toBeGreaterThan(0);

    fireEvent.click(screen.getByRole('button', { name: 'Switch to Chinese' }));
    expect(window.location.search).toBe('?scope=210500');
    await waitFor(() => expect(categories('fees')).toEqual(['行政事业性收费金额·API']));
  });

  it('follows back/forward navigation between scopes', async () => {
    renderApp('/?scope=210500&lang=en');
    await waitForPanels();
    expect(categories('fees')).toEqual(['Administrative fees collected·API']);

    act(() => {
      window.history.pushState(null, '', '/?scope=210000');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    await waitFor(() => expect(screen.getByRole('heading', { name: /各地市：本年新收申请·API/ })).toBeTruthy());
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('navigates between views without reloading, keeping the language', async () => {
    renderApp('/?lang=en');
    const nav = await screen.findByRole('navigation', { name: 'Main navigation' });
    fireEvent.click(within(nav).getByRole('link', { name: 'Data quality' }));
    expect(window.location.pathname).toBe('/quality');
    expect(window.location.search).toBe('?lang=en');
    expect(within(nav).getByRole('link', { name: 'Data quality' }).getAttribute('aria-current')).toBe('page');
  });

  it('shows a clear error when the API fails, with the cause and a retry button that recovers', async () => {
    let fail = true;
    renderApp('/?scope=210500', { Catalogue: () => (fail ? new Error('Failed to fetch') : { metrics: CATALOGUE }) });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('无法读取年报数据');
    expect(alert.textContent).toContain('请确认 API 已启动');
    expect(alert.textContent).toContain('Failed to fetch');
    fail = false;
    fireEvent.click(within(alert).getByRole('button', { name: '重试' }));
    await waitForPanels();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows an empty state when the database holds no report', async () => {
    renderApp('/', { ReportYears: () => ({ reportYears: [] }) });
    expect(await screen.findByText('暂无年报数据')).toBeTruthy();
    expect(panel('breakdown')).toBeNull();
  });

  it('says above every view when the database holds synthetic demo reports, and not otherwise', async () => {
    const real = renderApp('/?scope=210500');
    await waitForPanels();
    expect(screen.queryByTestId('synthetic-notice')).toBeNull();
    real.unmount();

    renderApp('/?scope=210500&lang=en', { SyntheticReportCount: () => ({ syntheticReportCount: 3175 }) });
    expect((await screen.findByTestId('synthetic-notice')).textContent).toMatch(/^Demo data: the database holds 3175 synthetic reports/);
    fireEvent.click(screen.getByRole('button', { name: 'Switch to Chinese' }));
    expect(screen.getByTestId('synthetic-notice').textContent).toMatch(/^演示数据：数据库中有 3175 份合成年报/);
  });

  it('shows a not-found page for an unknown path', async () => {
    renderApp('/nowhere');
    expect(await screen.findByRole('heading', { name: '页面不存在' })).toBeTruthy();
  });
});
