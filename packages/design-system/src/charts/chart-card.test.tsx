import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { initI18n, setLocale } from '@careops/i18n';
import { DesignSystemProvider, ThemeModeProvider } from '@careops/design-system/core';
import { ChartCard, Line, LineChart } from '@careops/design-system/charts';

interface Point {
  hour: number;
  p90: number;
}

function renderCard(
  data: Point[] | undefined,
  { onDraw, ...extra }: { loading?: boolean; error?: unknown; onDraw?: () => void } = {},
) {
  return render(
    <ThemeModeProvider initial="light">
      <DesignSystemProvider>
        <ChartCard<Point>
          title="FRT P90 by hour"
          data={data}
          {...extra}
          rowKey={(p) => String(p.hour)}
          columns={[
            { key: 'hour', title: 'Hour' },
            { key: 'p90', title: 'P90 (min)', align: 'end', render: (p) => (p.p90 / 60).toFixed(1) },
          ]}
        >
          {(rows) => {
            onDraw?.();
            return (
              <LineChart data={[...rows]}>
                <Line dataKey="p90" />
              </LineChart>
            );
          }}
        </ChartCard>
      </DesignSystemProvider>
    </ThemeModeProvider>,
  );
}

beforeAll(async () => {
  await initI18n();
  await setLocale('en-US');
});
afterEach(cleanup);

describe('ChartCard', () => {
  it('offers the same data as a table, with the formatted cells', () => {
    renderCard([
      { hour: 9, p90: 540 },
      { hour: 10, p90: 930 },
    ]);
    expect(screen.getByRole('heading', { name: 'FRT P90 by hour' })).toBeTruthy();
    expect(screen.getByRole('img', { name: /FRT P90 by hour/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Table' }));
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual(['HourP90 (min)', '99.0', '1015.5']);
    expect(screen.getByRole('button', { name: 'Table' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('commits the card first and draws the chart in a later render, in space held for it', async () => {
    // Whether the card (its heading) was already in the document when the chart was drawn.
    const cardCommittedBeforeChart: boolean[] = [];
    const { container } = renderCard([{ hour: 9, p90: 540 }], {
      onDraw: () =>
        cardCommittedBeforeChart.push(document.body.textContent?.includes('FRT P90 by hour') ?? false),
    });
    expect(screen.getByRole('img', { name: /FRT P90 by hour/ }).style.minHeight).toBe('280px');
    await waitFor(() => expect(container.querySelector('.recharts-responsive-container')).not.toBeNull());
    expect(cardCommittedBeforeChart.length).toBeGreaterThan(0);
    expect(cardCommittedBeforeChart.every(Boolean)).toBe(true);
  });

  it('says there is no data instead of drawing empty axes', () => {
    renderCard([]);
    expect(screen.getByText('No data')).toBeTruthy();
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('shows loading, then an error with its retry', () => {
    renderCard(undefined, { loading: true });
    expect(screen.getByRole('status').textContent).toContain('Loading');
    cleanup();
    renderCard(undefined, { error: new Error('boom') });
    expect(screen.getByRole('heading', { name: 'FRT P90 by hour' })).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
