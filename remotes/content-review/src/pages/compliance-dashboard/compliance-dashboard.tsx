import type { ReactNode } from 'react';
import { isApiError } from '@careops/api';
import { DateRangeFilter, SessionNote, useDateRangeParams } from '@careops/app-kit';
import { useCanSee } from '@careops/auth';
import {
  Alert,
  ErrorState,
  Flex,
  ForbiddenState,
  KpiTiles,
  LoadingState,
  PageContainer,
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

/** Rates as the API gives them (0–1), shown to one decimal; null (nothing to rate) as a dash. */
export const pct = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);
const hoursText = (h: number | null) => (h === null ? '—' : h.toFixed(1));

export function ComplianceDashboardPage() {
  return useCanSee('content.view') ? <Dashboard /> : <ForbiddenState />;
}

function Dashboard() {
  const { t } = useTranslation('content');
  const period = useDateRangeParams('30d');
  const { range } = period;
  const dashboard = useContentDashboard(range);

  const filters = <DateRangeFilter params={period} text={(key) => t(`dashboard.${key}`)} />;

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
      <KpiTiles
        label={t('dashboard.tilesLabel')}
        tiles={tiles.map((tile) => ({ ...tile, label: t(`dashboard.tiles.${tile.key}`) }))}
      />
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
