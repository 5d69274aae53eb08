import { useMemo, useState, type ReactNode } from 'react';
import { useSearchParams } from '@careops/router';
import { isApiError } from '@careops/api';
import { SessionNote } from '@careops/app-kit';
import { useCanSee } from '@careops/auth';
import {
  Alert,
  Card,
  ErrorState,
  Flex,
  ForbiddenState,
  Input,
  LoadingState,
  PageContainer,
  Segmented,
  Typography,
  useToken,
} from '@careops/design-system';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ChartCard,
  ChartTooltip,
  Legend,
  XAxis,
  YAxis,
  useChartColors,
} from '@careops/design-system/charts';
import { REVIEW_STAGES, type ContentDashboard, type RuleRecord } from '@careops/domain/content';
import { useFormat, useLocalized, useTranslation } from '@careops/i18n';
import { useContentDashboard } from '../../api/dashboard';
import { useRules } from '../../api/rules';
import { ContentNav } from '../../components/content-nav';
import { DEFAULT_PRESET, PRESETS, customRange, isPreset, presetRange, type Preset } from './range';

/** Rates as the API gives them (0–1), shown to one decimal; null (nothing to rate) as a dash. */
export const pct = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);
const hoursText = (h: number | null) => (h === null ? '—' : h.toFixed(1));

export function ComplianceDashboardPage() {
  return useCanSee('content.view') ? <Dashboard /> : <ForbiddenState />;
}

function Dashboard() {
  const { t } = useTranslation('content');
  const [searchParams, setSearchParams] = useSearchParams();
  // The clock when the page opened: preset ranges (and so cache keys) stay put while it is open.
  const [openedAt] = useState(() => Date.now());
  const rawPreset = searchParams.get('range');
  const preset: Preset = isPreset(rawPreset) ? rawPreset : DEFAULT_PRESET;
  const fromParam = searchParams.get('from');
  const toParam = searchParams.get('to');
  const custom = fromParam !== null || toParam !== null;
  const range = useMemo(
    () => (custom ? customRange(fromParam ?? '', toParam ?? '') : presetRange(preset, openedAt)),
    [custom, fromParam, toParam, preset, openedAt],
  );
  const dashboard = useContentDashboard(range);
  const setParams = (patch: Record<string, string | undefined>) =>
    setSearchParams((prev) => {
      const next = new URLSearchParams(prev);
      for (const [key, value] of Object.entries(patch))
        if (value) next.set(key, value);
        else next.delete(key);
      return next;
    });
  const shown = range ?? presetRange(preset, openedAt);

  const filters = (
    <Flex gap={12} wrap align="end" role="search" aria-label={t('dashboard.filters')}>
      <div role="group" aria-label={t('dashboard.period')}>
        <Segmented<string>
          value={custom ? '' : preset}
          options={PRESETS.map((p) => ({ value: p, label: t(`dashboard.presets.${p}`) }))}
          onChange={(value) =>
            setParams({ range: value === DEFAULT_PRESET ? undefined : value, from: undefined, to: undefined })
          }
        />
      </div>
      <DateInput
        id="content-kpi-from"
        label={t('dashboard.from')}
        value={fromParam ?? shown.fromDate}
        onChange={(from) => setParams({ range: undefined, from, to: toParam ?? shown.toDate })}
      />
      <DateInput
        id="content-kpi-to"
        label={t('dashboard.to')}
        value={toParam ?? shown.toDate}
        onChange={(to) => setParams({ range: undefined, from: fromParam ?? shown.fromDate, to })}
      />
    </Flex>
  );

  let body: ReactNode;
  if (!range) body = <Alert type="warning" showIcon role="alert" title={t('dashboard.badRange')} />;
  else if (dashboard.error && !dashboard.data)
    body = isApiError(dashboard.error, 'FORBIDDEN') ? (
      <ForbiddenState />
    ) : (
      <ErrorState error={dashboard.error} onRetry={() => void dashboard.refetch()} />
    );
  else if (!dashboard.data) body = <LoadingState />;
  else body = <DashboardBody data={dashboard.data} refreshing={dashboard.isFetching} />;

  return (
    <PageContainer title={t('nav.dashboard')} subtitle={<SessionNote />}>
      <ContentNav />
      <Flex vertical gap={16}>
        {filters}
        {body}
      </Flex>
    </PageContainer>
  );
}

function DateInput({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const token = useToken();
  return (
    <div>
      <label htmlFor={id} style={{ display: 'block', paddingBottom: token.paddingXXS }}>
        {label}
      </label>
      <Input
        id={id}
        type="date"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        style={{ width: 160 }}
      />
    </div>
  );
}

function DashboardBody({ data, refreshing }: { data: ContentDashboard; refreshing: boolean }) {
  const { t } = useTranslation('content');
  const format = useFormat();
  const localized = useLocalized();
  const token = useToken();
  const colors = useChartColors();
  // Rule names in the UI language; the ids alone when the library cannot be read.
  const rules = useRules();
  const ruleName = (id: string) => {
    const rule: RuleRecord | undefined = rules.data?.items.find((r) => r.id === id);
    return rule ? localized(rule.name) : id;
  };
  const axis = { tick: { fill: token.colorTextSecondary }, stroke: token.colorBorder };
  const tooltip = {
    contentStyle: {
      background: token.colorBgElevated,
      borderColor: token.colorBorder,
      color: token.colorText,
    },
    labelStyle: { color: token.colorText },
    itemStyle: { color: token.colorText },
  };
  const grid = <CartesianGrid strokeDasharray="3 3" stroke={token.colorBorderSecondary} />;
  const stageName = (s: (typeof REVIEW_STAGES)[number]) => t(`library.stage.${s}`);

  const overdueTotal = REVIEW_STAGES.reduce((sum, s) => sum + data.overdueByStage[s], 0);
  const decidedTotal = data.turnaround.reduce((sum, r) => sum + r.decided, 0);
  const tiles: { key: string; value: string; hint?: string }[] = [
    { key: 'firstPass', value: pct(data.firstPassApprovalRate) },
    {
      key: 'autoBlock',
      value: pct(data.autoBlockRate),
      hint: t('dashboard.screenedHint', { count: data.screened }),
    },
    { key: 'decided', value: format.number(decidedTotal) },
    { key: 'overdue', value: format.number(overdueTotal) },
    { key: 'takedowns', value: format.number(data.takedowns) },
  ];

  const turnaround = data.turnaround.map((r) => ({
    ...r,
    name: stageName(r.stage),
    median: r.medianHours,
    avg: r.avgHours,
  }));
  const overdue = REVIEW_STAGES.map((s) => ({ stage: s, name: stageName(s), count: data.overdueByStage[s] }));
  const topHits = data.topRuleHits.map((h) => ({ ...h, name: ruleName(h.ruleId) }));
  const throughput = data.reviewerThroughput.map((r) => ({
    ...r,
    label: r.name ? localized(r.name) : r.reviewerId,
    first: r.byStage.first,
    medical: r.byStage.medical,
    compliance: r.byStage.compliance,
  }));

  return (
    <div aria-busy={refreshing} style={{ display: 'flex', flexDirection: 'column', gap: token.marginLG }}>
      <Typography.Text type="secondary">
        {t('dashboard.period_range', { from: format.dateTime(data.from), to: format.dateTime(data.to) })}
      </Typography.Text>
      <ul
        aria-label={t('dashboard.tilesLabel')}
        style={{
          listStyle: 'none',
          margin: 0,
          padding: 0,
          display: 'grid',
          gap: token.marginSM,
          gridTemplateColumns: 'repeat(auto-fill, minmax(170px, 1fr))',
        }}
      >
        {tiles.map((tile) => (
          <li key={tile.key} data-testid={`kpi-${tile.key}`}>
            <Card size="small">
              <Typography.Text type="secondary">{t(`dashboard.tiles.${tile.key}`)}</Typography.Text>
              <div
                style={{
                  fontSize: token.fontSizeHeading3,
                  fontWeight: 600,
                  fontVariantNumeric: 'tabular-nums',
                }}
              >
                {tile.value}
              </div>
              {tile.hint && <Typography.Text type="secondary">{tile.hint}</Typography.Text>}
            </Card>
          </li>
        ))}
      </ul>
      <div
        style={{
          display: 'grid',
          gap: token.marginLG,
          gridTemplateColumns: 'repeat(auto-fit, minmax(420px, 1fr))',
        }}
      >
        <ChartCard
          title={t('dashboard.charts.turnaround')}
          description={t('dashboard.charts.turnaroundHint')}
          data={decidedTotal > 0 ? turnaround : []}
          rowKey={(r) => r.stage}
          columns={[
            { key: 'name', title: t('dashboard.columns.stage') },
            {
              key: 'decided',
              title: t('dashboard.columns.decided'),
              align: 'end',
              render: (r) => format.number(r.decided),
            },
            {
              key: 'median',
              title: t('dashboard.columns.medianHours'),
              align: 'end',
              render: (r) => hoursText(r.medianHours),
            },
            {
              key: 'avg',
              title: t('dashboard.columns.avgHours'),
              align: 'end',
              render: (r) => hoursText(r.avgHours),
            },
          ]}
        >
          {(rows) => (
            <BarChart data={[...rows]}>
              {grid}
              <XAxis dataKey="name" {...axis} />
              <YAxis {...axis} unit="h" />
              <ChartTooltip {...tooltip} />
              <Legend />
              <Bar dataKey="median" name={t('dashboard.columns.medianHours')} fill={colors.series[0]} />
              <Bar dataKey="avg" name={t('dashboard.columns.avgHours')} fill={colors.series[1]} />
            </BarChart>
          )}
        </ChartCard>
        <ChartCard
          title={t('dashboard.charts.overdue')}
          description={t('dashboard.charts.overdueHint')}
          data={overdue}
          rowKey={(r) => r.stage}
          columns={[
            { key: 'name', title: t('dashboard.columns.stage') },
            {
              key: 'count',
              title: t('dashboard.columns.overdue'),
              align: 'end',
              render: (r) => format.number(r.count),
            },
          ]}
        >
          {(rows) => (
            <BarChart data={[...rows]}>
              {grid}
              <XAxis dataKey="name" {...axis} />
              <YAxis allowDecimals={false} {...axis} />
              <ChartTooltip {...tooltip} />
              <Bar dataKey="count" name={t('dashboard.columns.overdue')} fill={colors.series[2]} />
            </BarChart>
          )}
        </ChartCard>
        <ChartCard
          title={t('dashboard.charts.topHits')}
          description={t('dashboard.charts.topHitsHint')}
          data={topHits}
          rowKey={(r) => r.ruleId}
          height={320}
          columns={[
            { key: 'ruleId', title: t('rules.id') },
            { key: 'name', title: t('rules.name') },
            {
              key: 'count',
              title: t('dashboard.columns.hits'),
              align: 'end',
              render: (r) => format.number(r.count),
            },
          ]}
        >
          {(rows) => (
            <BarChart data={[...rows]} layout="vertical" margin={{ left: 16 }}>
              {grid}
              <XAxis type="number" allowDecimals={false} {...axis} />
              <YAxis type="category" dataKey="ruleId" width={64} {...axis} />
              <ChartTooltip {...tooltip} />
              <Bar dataKey="count" name={t('dashboard.columns.hits')} fill={colors.series[3]} />
            </BarChart>
          )}
        </ChartCard>
        <ChartCard
          title={t('dashboard.charts.throughput')}
          description={t('dashboard.charts.throughputHint')}
          data={throughput}
          rowKey={(r) => r.reviewerId}
          height={320}
          columns={[
            { key: 'label', title: t('dashboard.columns.reviewer') },
            ...REVIEW_STAGES.map((s) => ({
              key: s,
              title: stageName(s),
              align: 'end' as const,
              render: (r: (typeof throughput)[number]) => format.number(r.byStage[s]),
            })),
            {
              key: 'decided',
              title: t('dashboard.columns.decided'),
              align: 'end',
              render: (r) => format.number(r.decided),
            },
          ]}
        >
          {(rows) => (
            <BarChart data={[...rows]}>
              {grid}
              <XAxis dataKey="label" {...axis} />
              <YAxis allowDecimals={false} {...axis} />
              <ChartTooltip {...tooltip} />
              <Legend />
              {REVIEW_STAGES.map((s, i) => (
                <Bar key={s} dataKey={s} stackId="stage" name={stageName(s)} fill={colors.series[i]} />
              ))}
            </BarChart>
          )}
        </ChartCard>
      </div>
    </div>
  );
}
