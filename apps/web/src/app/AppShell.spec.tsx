import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OverviewCompareQuery, OverviewMetricsQuery } from '../features/overview/graphql/overview.queries';
import { LanguageProvider } from '../shared/i18n';
import { CATALOGUE, ONE_REPORT, OVERVIEW_KEYS, TWO_REPORTS } from '../testing/overview-fixtures';
import { AppShell } from './AppShell';

type Mocks = NonNullable<MockedProviderProps['mocks']>;

const catalogueMock = { request: { query: OverviewMetricsQuery }, result: { data: { metrics: CATALOGUE } } };
const compareMock = (compare: readonly unknown[]) => ({
  request: { query: OverviewCompareQuery, variables: { metrics: OVERVIEW_KEYS } },
  result: { data: { compare } },
});

function renderApp(mocks: Mocks, url = '/') {
  window.history.replaceState(null, '', url);
  return render(
    <MockedProvider mocks={mocks}>
      <LanguageProvider>
        <AppShell />
      </LanguageProvider>
    </MockedProvider>,
  );
}

const panel = (container: HTMLElement, id: string) => container.querySelector<HTMLElement>(`[data-panel="${id}"]`)!;

/** The figures drawn on the bars of one panel (SVG label texts). */
const barLabels = (container: HTMLElement, id: string) =>
  [...panel(container, id).querySelectorAll('.recharts-label-list text')].map((t) => t.textContent);

/** The category names drawn on one panel's axis. */
const axisLabels = (container: HTMLElement, id: string) =>
  [...panel(container, id).querySelectorAll('.recharts-cartesian-axis-tick-value')].map((t) => t.textContent);

async function waitForCharts(container: HTMLElement) {
  await waitFor(() => {
    for (const id of ['requests', 'enforcement', 'fees']) {
      expect(panel(container, id)?.querySelector('.recharts-bar-rectangle path')?.tagName).toBe('path');
    }
  });
}

describe('overview page', () => {
  it('shows a loading state, then draws each figure from the API on its bar and in the table', async () => {
    const { container } = renderApp([catalogueMock, compareMock(ONE_REPORT)]);
    expect(screen.getByRole('status')).toHaveProperty('textContent', '正在从数据服务读取年报数据…');

    await waitForCharts(container);
    expect(barLabels(container, 'requests')).toEqual(['13', '11', '2', '0']);
    expect(barLabels(container, 'enforcement')).toEqual(['37,292', '938', '0']);
    expect(barLabels(container, 'fees')).toEqual(['5,087.94']);
    expect(axisLabels(container, 'requests')).toEqual(['本年新收申请·API', '予以公开·API', '部分公开·API', '不予公开·API']);

    const enforcementTable = within(panel(container, 'enforcement')).getByRole('table');
    const licensingRow = within(enforcementTable).getByRole('row', { name: /行政许可处理决定·API/ });
    expect(within(licensingRow).getByRole('cell').textContent).toBe('37,292');
    expect(within(enforcementTable).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['指标', '甲县 2024 年度']);

    expect(screen.getByText('已导入年报：甲县 2024 年度')).toBeTruthy();
    expect(screen.getByRole('heading', { name: '行政事业性收费' }).closest('section')!.textContent).toContain('单位：万元');
  });

  it('compares several reports: one series and one table column each, "未填报" where a value is missing', async () => {
    const { container } = renderApp([catalogueMock, compareMock(TWO_REPORTS)]);
    await waitForCharts(container);

    expect(barLabels(container, 'enforcement')).toEqual(['37,292', '938', '0', '1,204', '66', '3']);
    expect(barLabels(container, 'fees')).toEqual(['5,087.94']);
    const feesRow = within(within(panel(container, 'fees')).getByRole('table')).getByRole('row', { name: /收费/ });
    expect(within(feesRow).getAllByRole('cell').map((c) => c.textContent)).toEqual(['5,087.94', '未填报']);
    expect(panel(container, 'requests').querySelector('.recharts-legend-wrapper')?.textContent).toContain('乙市 2020 年度');
  });

  it('switches labels to English from the catalogue and keeps the language in the URL', async () => {
    const { container } = renderApp([catalogueMock, compareMock(ONE_REPORT)]);
    await waitForCharts(container);

    fireEvent.click(screen.getByRole('button', { name: '切换到英文界面' }));

    expect(window.location.search).toBe('?lang=en');
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Overview');
    await waitFor(() => expect(axisLabels(container, 'enforcement')).toEqual([
      'Licensing decisions·API',
      'Penalty decisions·API',
      'Coercion decisions·API',
    ]));
    expect(barLabels(container, 'enforcement')).toEqual(['37,292', '938', '0']);
    expect(screen.getByRole('row', { name: /Administrative fees collected·API/ })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Switch to Chinese' }));
    expect(window.location.search).toBe('');
    await waitFor(() => expect(axisLabels(container, 'fees')).toEqual(['行政事业性收费金额·API']));
  });

  it('opens in English from ?lang=en and follows back/forward navigation', async () => {
    const { container } = renderApp([catalogueMock, compareMock(ONE_REPORT)], '/?lang=en');
    await waitForCharts(container);
    expect(axisLabels(container, 'fees')).toEqual(['Administrative fees collected·API']);
    expect(screen.getByText('Unit: CNY 10,000')).toBeTruthy();

    act(() => {
      window.history.pushState(null, '', '/');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    await waitFor(() => expect(axisLabels(container, 'fees')).toEqual(['行政事业性收费金额·API']));
  });

  it('shows a clear error when the API fails, with the cause and a retry button', async () => {
    renderApp([{ request: { query: OverviewMetricsQuery }, error: new Error('Failed to fetch') }]);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('无法读取年报数据');
    expect(alert.textContent).toContain('请确认 API 已启动');
    expect(alert.textContent).toContain('Failed to fetch');
    expect(within(alert).getByRole('button', { name: '重试' })).toBeTruthy();
    expect(document.querySelector('.recharts-surface')).toBeNull();
  });

  it('loads the figures when the user retries after a failure', async () => {
    const { container } = renderApp([
      { request: { query: OverviewMetricsQuery }, error: new Error('Failed to fetch') },
      catalogueMock,
      compareMock(ONE_REPORT),
    ]);
    fireEvent.click(within(await screen.findByRole('alert')).getByRole('button', { name: '重试' }));
    await waitForCharts(container);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(barLabels(container, 'fees')).toEqual(['5,087.94']);
  });

  it('shows the GraphQL error of the compare query', async () => {
    renderApp([
      catalogueMock,
      {
        request: { query: OverviewCompareQuery, variables: { metrics: OVERVIEW_KEYS } },
        result: { errors: [{ message: 'Unknown metric "feesWan"' }] },
      },
    ]);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Unknown metric "feesWan"');
  });

  it('shows an empty state when the database holds no report', async () => {
    renderApp([catalogueMock, compareMock([])]);
    expect(await screen.findByText('暂无年报数据')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
