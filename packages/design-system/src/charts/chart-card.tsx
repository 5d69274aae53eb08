import { startTransition, useEffect, useId, useState, type ReactElement, type ReactNode } from 'react';
import { ResponsiveContainer } from 'recharts';
import { useTranslation } from '@careops/i18n';
// Through the shared design system, never antd directly: the shell does not use charts, so this
// module may come from a remote's build, and antd from there would miss the console's theme.
import { Button, Card, Empty, ErrorState, Flex, LoadingState, useToken } from '@careops/design-system';

export interface ChartColumn<Row> {
  key: string;
  title: string;
  /** The cell's text; defaults to the row's value under `key`. */
  render?: (row: Row) => ReactNode;
  align?: 'start' | 'end';
}

export interface ChartCardProps<Row> {
  title: string;
  description?: ReactNode;
  /** Filters or actions at the right of the title. */
  extra?: ReactNode;
  data: readonly Row[] | undefined;
  loading?: boolean;
  error?: unknown;
  onRetry?: () => void;
  /** The table view: every chart can be read as a table (screen readers, exact figures). */
  columns: ChartColumn<Row>[];
  rowKey: (row: Row, index: number) => string;
  height?: number;
  /** The recharts chart, drawn inside a responsive container of `height`. */
  children: (data: readonly Row[]) => ReactElement;
}

function cellOf<Row>(row: Row, column: ChartColumn<Row>): ReactNode {
  if (column.render) return column.render(row);
  const value: unknown = (row as Record<string, unknown>)[column.key];
  return typeof value === 'number' || typeof value === 'string' ? value : '';
}

/**
 * Every chart of the console: title, loading / error / empty states, and a switch
 * between the chart and an accessible table of the same data.
 */
export function ChartCard<Row>({
  title,
  description,
  extra,
  data,
  loading,
  error,
  onRetry,
  columns,
  rowKey,
  height = 280,
  children,
}: ChartCardProps<Row>) {
  const { t } = useTranslation();
  const token = useToken();
  const titleId = useId();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  // The figure is drawn in a transition after the card's first paint: recharts takes 100-200 ms
  // of main thread per chart on a slow office PC, and the page's figures, tables and links around
  // it should not wait for every chart of a dashboard. Its space is held meanwhile (no shift).
  const [drawn, setDrawn] = useState(false);
  useEffect(() => startTransition(() => setDrawn(true)), []);

  let body: ReactNode;
  if (error && !data) body = <ErrorState error={error} {...(onRetry ? { onRetry } : {})} />;
  else if (!data) body = loading ? <LoadingState /> : null;
  else if (data.length === 0) body = <Empty description={t('state.empty')} />;
  else if (view === 'table')
    body = (
      <div
        style={{ maxHeight: height + 40, overflow: 'auto' }}
        tabIndex={0}
        aria-labelledby={titleId}
        role="region"
      >
        <table style={{ width: '100%', borderCollapse: 'collapse', fontSize: token.fontSizeSM }}>
          <caption className="careops-visually-hidden">{title}</caption>
          <thead>
            <tr>
              {columns.map((c) => (
                <th
                  key={c.key}
                  scope="col"
                  style={{
                    textAlign: c.align === 'end' ? 'end' : 'start',
                    padding: `${token.paddingXXS}px ${token.paddingXS}px`,
                    borderBottom: `1px solid ${token.colorBorderSecondary}`,
                    background: token.colorFillAlter,
                    position: 'sticky',
                    top: 0,
                  }}
                >
                  {c.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.map((row, i) => (
              <tr key={rowKey(row, i)}>
                {columns.map((c) => (
                  <td
                    key={c.key}
                    style={{
                      textAlign: c.align === 'end' ? 'end' : 'start',
                      padding: `${token.paddingXXS}px ${token.paddingXS}px`,
                      borderBottom: `1px solid ${token.colorBorderSecondary}`,
                      fontVariantNumeric: 'tabular-nums',
                    }}
                  >
                    {cellOf(row, c)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  else
    body = (
      <figure style={{ margin: 0 }} aria-labelledby={titleId}>
        <div role="img" aria-label={`${title}. ${t('chart.summary')}`} style={{ minHeight: height }}>
          {drawn && (
            <ResponsiveContainer width="100%" height={height}>
              {children(data)}
            </ResponsiveContainer>
          )}
        </div>
      </figure>
    );

  return (
    <Card
      size="small"
      title={
        <h2 id={titleId} style={{ fontSize: token.fontSizeLG, margin: 0, fontWeight: 600 }}>
          {title}
        </h2>
      }
      extra={
        <Flex gap={8} align="center" wrap>
          {extra}
          <Flex role="group" aria-label={t('chart.view')} gap={2}>
            {(['chart', 'table'] as const).map((v) => (
              <Button
                key={v}
                size="small"
                type={view === v ? 'primary' : 'default'}
                aria-pressed={view === v}
                onClick={() => setView(v)}
              >
                <span>{t(`chart.${v}`)}</span>
              </Button>
            ))}
          </Flex>
        </Flex>
      }
    >
      {description && (
        <p style={{ margin: `0 0 ${token.marginSM}px`, color: token.colorTextSecondary }}>{description}</p>
      )}
      {body}
    </Card>
  );
}
