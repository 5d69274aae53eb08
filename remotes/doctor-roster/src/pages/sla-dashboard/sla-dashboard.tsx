import { useMemo } from 'react';
import { Link, useSearchParams } from '@careops/router';
import { isApiError } from '@careops/api';
import { SessionNote } from '@careops/app-kit';
import {
  Card,
  ErrorState,
  Flex,
  ForbiddenState,
  KpiTiles,
  LoadingState,
  PageContainer,
  Segmented,
  Typography,
  useToken,
} from '@careops/design-system';
import { Select } from '@careops/design-system/table';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ChartCard,
  ChartTooltip,
  Legend,
  Line,
  LineChart,
  XAxis,
  YAxis,
  useChartColors,
} from '@careops/design-system/charts';
import type { SlaDashboard } from '@careops/domain/doctors';
import { useLocalized, useTranslation } from '@careops/i18n';
import { useDepartments } from '../../api/doctors';
import { useSlaDashboard } from '../../api/sla';
import {
  PERIODS,
  isPeriod,
  periodRange,
  useOpenedAt,
  type PeriodKey,
  DEFAULT_PERIOD,
} from '../../components/period';
import { SlaGuard } from '../../components/sla-guard';
import { DoctorsNav } from '../../components/doctors-nav';

const pct = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);
const minutes = (s: number | null) => (s === null ? null : Math.round((s / 60) * 10) / 10);

export function SlaDashboardPage() {
  return (
    <SlaGuard>
      <Dashboard />
    </SlaGuard>
  );
}

function Dashboard() {
  const { t } = useTranslation('doctors');
  const localized = useLocalized();
  const token = useToken();
  const colors = useChartColors();
  const [searchParams, setSearchParams] = useSearchParams();
  const rawPeriod = searchParams.get('period');
  const period: PeriodKey = isPeriod(rawPeriod) ? rawPeriod : DEFAULT_PERIOD;
  const departmentId = searchParams.get('departmentId') ?? '';
  const openedAt = useOpenedAt();
  const range = useMemo(() => periodRange(period, openedAt), [period, openedAt]);
  const dashboard = useSlaDashboard({ ...range, departmentId: departmentId || undefined });
  const departments = useDepartments();
  const departmentName = (id: string) => {
    const dep = departments.data?.items.find((d) => d.id === id);
    return dep ? localized(dep.name) : id;
  };

  const setParam = (key: string, value: string) =>
    setSearchParams((prev) => {
      const next = new URLSearchParams(prev);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });

  const filters = (
    <Flex gap={12} wrap align="center" role="search" aria-label={t('sla.filters')}>
      <div role="group" aria-label={t('sla.period')}>
        <Segmented<PeriodKey>
          value={period}
          options={PERIODS.map((p) => ({ value: p, label: t(`sla.periods.${p}`) }))}
          onChange={(value) => setParam('period', value === DEFAULT_PERIOD ? '' : value)}
        />
      </div>
      <Select
        aria-label={t('doctors.filterDepartment')}
        value={departmentId || undefined}
        placeholder={t('doctors.allDepartments')}
        allowClear
        virtual={false}
        loading={departments.isPending}
        options={departments.data?.items.map((d) => ({ value: d.id, label: localized(d.name) })) ?? []}
        onChange={(value?: string) => setParam('departmentId', value ?? '')}
        style={{ width: 200 }}
      />
    </Flex>
  );

  let body;
  if (dashboard.error && !dashboard.data) {
    body = isApiError(dashboard.error, 'FORBIDDEN') ? (
      <ForbiddenState />
    ) : (
      <ErrorState error={dashboard.error} onRetry={() => void dashboard.refetch()} />
    );
  } else if (!dashboard.data) {
    body = <LoadingState />;
  } else {
    body = <DashboardBody data={dashboard.data} departmentName={departmentName} />;
  }

  const series = dashboard.data?.series;
  return (
    <PageContainer title={t('sla.title')} subtitle={<SessionNote />} extra={filters}>
      <DoctorsNav />
      {body}
      {series && (
        <div
          style={{
            display: 'grid',
            gap: token.marginLG,
            gridTemplateColumns: 'repeat(auto-fit, minmax(420px, 1fr))',
          }}
        >
          <ChartCard
            title={t('sla.charts.frtByHour')}
            data={series.frtByHour.map((h) => ({
              ...h,
              p50: minutes(h.p50Seconds),
              p90: minutes(h.p90Seconds),
            }))}
            rowKey={(r) => String(r.hour)}
            columns={[
              { key: 'hour', title: t('sla.columns.hour') },
              { key: 'count', title: t('sla.columns.count'), align: 'end' },
              { key: 'p50', title: t('sla.columns.p50'), align: 'end', render: (r) => r.p50 ?? '—' },
              { key: 'p90', title: t('sla.columns.p90'), align: 'end', render: (r) => r.p90 ?? '—' },
            ]}
          >
            {(data) => (
              <LineChart data={[...data]}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="hour" />
                <YAxis unit={t('sla.minuteUnit')} />
                <ChartTooltip />
                <Legend />
                <Line dataKey="p50" name={t('sla.columns.p50')} stroke={colors.series[0]} dot={false} />
                <Line dataKey="p90" name={t('sla.columns.p90')} stroke={colors.series[1]} dot={false} />
              </LineChart>
            )}
          </ChartCard>
          <ChartCard
            title={t('sla.charts.rateByDepartment')}
            data={series.rate15ByDepartment.map((d) => ({
              ...d,
              name: departmentName(d.departmentId),
              percent: d.rate === null ? null : Math.round(d.rate * 1000) / 10,
            }))}
            rowKey={(r) => r.departmentId}
            columns={[
              { key: 'name', title: t('doctors.departments') },
              { key: 'eligible', title: t('sla.columns.eligible'), align: 'end' },
              { key: 'within15Min', title: t('sla.columns.within15'), align: 'end' },
              { key: 'rate', title: t('sla.columns.rate'), align: 'end', render: (r) => pct(r.rate) },
            ]}
          >
            {(data) => (
              <BarChart data={[...data]}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="name" />
                <YAxis unit="%" domain={[0, 100]} />
                <ChartTooltip />
                <Bar dataKey="percent" name={t('sla.columns.rate')} fill={colors.series[0]} />
              </BarChart>
            )}
          </ChartCard>
          <ChartCard
            title={t('sla.charts.satisfaction')}
            data={series.satisfactionByDay.map((d) => ({
              ...d,
              percent: d.rate === null ? null : Math.round(d.rate * 1000) / 10,
            }))}
            rowKey={(r) => r.date}
            columns={[
              { key: 'date', title: t('sla.columns.date') },
              { key: 'rated', title: t('sla.columns.rated'), align: 'end' },
              { key: 'rate', title: t('sla.columns.satisfaction'), align: 'end', render: (r) => pct(r.rate) },
            ]}
          >
            {(data) => (
              <LineChart data={[...data]}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="date" />
                <YAxis unit="%" domain={[80, 100]} />
                <ChartTooltip />
                <Line
                  dataKey="percent"
                  name={t('sla.columns.satisfaction')}
                  stroke={colors.series[2]}
                  dot={false}
                />
              </LineChart>
            )}
          </ChartCard>
          <ChartCard
            title={t('sla.charts.pareto')}
            data={series.breachPareto.map((b) => ({ ...b, name: t(`rule.${b.rule}`) }))}
            rowKey={(r) => r.rule}
            columns={[
              { key: 'name', title: t('breaches.rule') },
              { key: 'count', title: t('sla.columns.count'), align: 'end' },
            ]}
          >
            {(data) => (
              <BarChart data={[...data]}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="name" />
                <YAxis />
                <ChartTooltip />
                <Bar dataKey="count" name={t('sla.columns.count')} fill={colors.status.breach} />
              </BarChart>
            )}
          </ChartCard>
        </div>
      )}
    </PageContainer>
  );
}

function DashboardBody({
  data,
  departmentName,
}: {
  data: SlaDashboard;
  departmentName: (id: string) => string;
}) {
  const { t } = useTranslation('doctors');
  const token = useToken();
  const m = data.metrics;
  const tiles: { key: string; value: string }[] = [
    {
      key: 'frtAvg',
      value: m.frtAvgSeconds === null ? '—' : t('sla.minutes', { value: minutes(m.frtAvgSeconds) }),
    },
    { key: 'rate15', value: pct(m.rate15Min) },
    { key: 'completion', value: pct(m.completionRate) },
    { key: 'satisfaction', value: pct(m.satisfaction.rate) },
    { key: 'complaints', value: m.complaintsPer1000 === null ? '—' : m.complaintsPer1000.toFixed(2) },
    { key: 'rxRejection', value: pct(m.rxRejectionRate) },
    { key: 'followUp', value: pct(m.followUpCompliance) },
  ];
  return (
    <>
      <KpiTiles
        label={t('sla.kpis')}
        tiles={tiles.map((tile) => ({ ...tile, label: t(`sla.kpi.${tile.key}`) }))}
      />
      <Card
        size="small"
        title={<h2 style={{ fontSize: token.fontSizeLG, margin: 0 }}>{t('sla.departmentsTitle')}</h2>}
      >
        {data.series.rate15ByDepartment.length === 0 ? (
          <Typography.Text type="secondary">{t('sla.noData')}</Typography.Text>
        ) : (
          <table style={{ width: '100%', borderCollapse: 'collapse' }}>
            <caption className="careops-visually-hidden">{t('sla.departmentsTitle')}</caption>
            <thead>
              <tr>
                {[t('doctors.departments'), t('sla.columns.eligible'), t('sla.columns.rate'), ''].map(
                  (h, i) => (
                    <th
                      key={i}
                      scope="col"
                      style={{
                        textAlign: i === 0 ? 'start' : 'end',
                        padding: token.paddingXS,
                        borderBottom: `1px solid ${token.colorBorderSecondary}`,
                      }}
                    >
                      {h || <span className="careops-visually-hidden">{t('sla.columns.actions')}</span>}
                    </th>
                  ),
                )}
              </tr>
            </thead>
            <tbody>
              {data.series.rate15ByDepartment.map((d) => (
                <tr key={d.departmentId}>
                  <td style={{ padding: token.paddingXS }}>{departmentName(d.departmentId)}</td>
                  <td style={{ padding: token.paddingXS, textAlign: 'end' }}>{d.eligible}</td>
                  <td style={{ padding: token.paddingXS, textAlign: 'end' }}>{pct(d.rate)}</td>
                  <td style={{ padding: token.paddingXS, textAlign: 'end' }}>
                    <Link to={`queue?departmentId=${d.departmentId}`}>
                      {t('sla.openQueue', { department: departmentName(d.departmentId) })}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
    </>
  );
}
