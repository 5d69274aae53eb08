import type { ReactNode } from 'react';
import { useSearchParams } from '@careops/router';
import { isApiError } from '@careops/api';
import { DateRangeFilter, SessionNote, useDateRangeParams } from '@careops/app-kit';
import { useCanSee } from '@careops/auth';
import {
  Alert,
  ErrorState,
  ForbiddenState,
  KpiTiles,
  LoadingState,
  PageContainer,
  useToken,
} from '@careops/design-system';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ChartCard,
  ChartTooltip,
  Legend,
  Pie,
  PieChart,
  XAxis,
  YAxis,
  useChartColors,
} from '@careops/design-system/charts';
import { Select } from '@careops/design-system/table';
import type { Kpis } from '@careops/domain/pharmacy';
import { useFormat, useLocalized, useTranslation } from '@careops/i18n';
import { useStores } from '../../api/orders';
import { useKpis } from '../../api/kpis';
import { PharmacyNav } from '../../components/pharmacy-nav';

const pct = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);
const percent = (r: number | null) => (r === null ? null : Math.round(r * 1000) / 10);
const minutesOf = (seconds: number | null) =>
  seconds === null ? null : Math.round((seconds / 60) * 10) / 10;

export function KpiPage() {
  return useCanSee('order.view') ? <Dashboard /> : <ForbiddenState />;
}

function Dashboard() {
  const { t } = useTranslation('pharmacy');
  const localized = useLocalized();
  const token = useToken();
  const [searchParams, setSearchParams] = useSearchParams();
  const period = useDateRangeParams('7d');
  const { range } = period;
  const storeId = searchParams.get('storeId') ?? '';
  const kpis = useKpis(
    { from: range?.from, to: range?.to, ...(storeId ? { storeId } : {}) },
    { enabled: range !== undefined },
  );
  // The API lists only the caller's stores: a partner's filter offers its own and no other.
  const stores = useStores();

  const setStoreId = (value: string | undefined) =>
    setSearchParams((prev) => {
      const next = new URLSearchParams(prev);
      if (value) next.set('storeId', value);
      else next.delete('storeId');
      return next;
    });

  const filters = (
    <DateRangeFilter params={period} text={(key) => t(`kpis.${key}`)}>
      <div>
        <label htmlFor="kpi-store" style={{ display: 'block', paddingBottom: token.paddingXXS }}>
          {t('kpis.store')}
        </label>
        <Select
          id="kpi-store"
          value={storeId || undefined}
          placeholder={t('kpis.allStores')}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          virtual={false}
          loading={stores.isPending}
          options={stores.data?.items.map((s) => ({ value: s.id, label: localized(s.name) })) ?? []}
          onChange={(value?: string) => setStoreId(value)}
          style={{ width: 220 }}
        />
      </div>
    </DateRangeFilter>
  );

  let body: ReactNode;
  if (!range) body = <Alert type="warning" showIcon role="alert" title={t('kpis.badRange')} />;
  else if (kpis.error && !kpis.data)
    body = isApiError(kpis.error, 'FORBIDDEN') ? (
      <ForbiddenState />
    ) : (
      <ErrorState error={kpis.error} onRetry={() => void kpis.refetch()} />
    );
  else if (!kpis.data) body = <LoadingState />;
  else body = <DashboardBody data={kpis.data} refreshing={kpis.isFetching} />;

  return (
    <PageContainer title={t('nav.kpis')} subtitle={<SessionNote />}>
      <PharmacyNav />
      {filters}
      {body}
    </PageContainer>
  );
}

function DashboardBody({ data, refreshing }: { data: Kpis; refreshing: boolean }) {
  const { t } = useTranslation('pharmacy');
  const format = useFormat();
  const token = useToken();
  const colors = useChartColors();
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

  const tiles: { key: string; value: string; hint?: string }[] = [
    { key: 'orders', value: format.number(data.orders) },
    { key: 'gmv', value: format.money(data.gmv) },
    { key: 'onTime', value: pct(data.onTimeRate) },
    { key: 'accept3', value: pct(data.acceptWithin3MinRate) },
    {
      key: 'rxTat',
      value:
        data.rxReview.medianSeconds === null
          ? '—'
          : t('kpis.minutes', { value: minutesOf(data.rxReview.medianSeconds) }),
    },
    { key: 'rxRejection', value: pct(data.rxReview.rejectionRate) },
    {
      key: 'doorToDoor',
      value:
        data.avgDoorToDoorMinutes === null
          ? '—'
          : t('kpis.minutes', { value: Math.round(data.avgDoorToDoorMinutes * 10) / 10 }),
    },
    {
      key: 'cancellations',
      value: format.number(data.cancellations.total),
      hint: pct(data.cancellations.rate),
    },
    { key: 'refunds', value: format.number(data.refunds.total), hint: format.money(data.refunds.amount) },
    { key: 'refundsPending', value: format.number(data.refunds.pending) },
    { key: 'coldChain', value: format.number(data.coldChainExcursions) },
    { key: 'followUp', value: pct(data.followUp.completionRate) },
  ];

  const rates = [
    { key: 'onTime', rate: data.onTimeRate },
    { key: 'accept3', rate: data.acceptWithin3MinRate },
    { key: 'rxRejection', rate: data.rxReview.rejectionRate },
    { key: 'followUp', rate: data.followUp.completionRate },
  ].map((r) => ({ ...r, name: t(`kpis.tiles.${r.key}`), percent: percent(r.rate) }));

  const rx = data.rxReview;
  const rxRows =
    rx.reviewed === 0
      ? []
      : [
          { key: 'approved', name: t('kpis.rx.approved'), count: rx.reviewed - rx.rejected },
          { key: 'rejected', name: t('kpis.rx.rejected'), count: rx.rejected },
        ];

  return (
    <div aria-busy={refreshing} style={{ display: 'flex', flexDirection: 'column', gap: token.marginLG }}>
      <KpiTiles
        label={t('kpis.tilesLabel')}
        tiles={tiles.map((tile) => ({ ...tile, label: t(`kpis.tiles.${tile.key}`) }))}
      />
      <div
        style={{
          display: 'grid',
          gap: token.marginLG,
          gridTemplateColumns: 'repeat(auto-fit, minmax(420px, 1fr))',
        }}
      >
        <ChartCard
          title={t('kpis.charts.serviceLevels')}
          description={t('kpis.charts.serviceLevelsHint')}
          data={rates.some((r) => r.rate !== null) ? rates : []}
          rowKey={(r) => r.key}
          columns={[
            { key: 'name', title: t('kpis.columns.metric') },
            { key: 'rate', title: t('kpis.columns.rate'), align: 'end', render: (r) => pct(r.rate) },
          ]}
        >
          {(rows) => (
            <BarChart data={[...rows]}>
              {grid}
              <XAxis dataKey="name" {...axis} />
              <YAxis unit="%" domain={[0, 100]} {...axis} />
              <ChartTooltip {...tooltip} />
              <Bar dataKey="percent" name={t('kpis.columns.rate')} fill={colors.series[0]} />
            </BarChart>
          )}
        </ChartCard>
        <ChartCard
          title={t('kpis.charts.rxReview')}
          description={t('kpis.charts.rxReviewHint', {
            median: minutesOf(rx.medianSeconds) ?? '—',
            avg: minutesOf(rx.avgSeconds) ?? '—',
            rate: pct(rx.rejectionRate),
          })}
          data={rxRows}
          rowKey={(r) => r.key}
          columns={[
            { key: 'name', title: t('kpis.columns.outcome') },
            { key: 'count', title: t('kpis.columns.count'), align: 'end' },
          ]}
        >
          {(rows) => (
            <PieChart>
              <ChartTooltip {...tooltip} />
              <Legend />
              <Pie data={[...rows]} dataKey="count" nameKey="name" outerRadius={100} label>
                {rows.map((r, i) => (
                  <Cell key={r.key} fill={colors.series[i % colors.series.length]} />
                ))}
              </Pie>
            </PieChart>
          )}
        </ChartCard>
        <ChartCard
          title={t('kpis.charts.cancellations')}
          description={t('kpis.charts.cancellationsHint', {
            total: data.cancellations.total,
            rate: pct(data.cancellations.rate),
          })}
          data={data.cancellations.byReason.map((r) => ({
            ...r,
            name: t(`refunds.cancelReason.${r.reasonCode}`),
          }))}
          rowKey={(r) => r.reasonCode}
          columns={[
            { key: 'name', title: t('kpis.columns.reason') },
            { key: 'count', title: t('kpis.columns.count'), align: 'end' },
          ]}
        >
          {(rows) => (
            <BarChart data={[...rows]} layout="vertical" margin={{ left: 24 }}>
              {grid}
              <XAxis type="number" allowDecimals={false} {...axis} />
              <YAxis type="category" dataKey="name" width={120} {...axis} />
              <ChartTooltip {...tooltip} />
              <Bar dataKey="count" name={t('kpis.columns.count')} fill={colors.series[1]} />
            </BarChart>
          )}
        </ChartCard>
        <ChartCard
          title={t('kpis.charts.refunds')}
          description={t('kpis.charts.refundsHint', {
            total: data.refunds.total,
            amount: format.money(data.refunds.amount),
            pending: data.refunds.pending,
          })}
          data={data.refunds.byReason.map((r) => ({ ...r, name: t(`refunds.reason.${r.reasonCode}`) }))}
          rowKey={(r) => r.reasonCode}
          columns={[
            { key: 'name', title: t('kpis.columns.reason') },
            { key: 'count', title: t('kpis.columns.count'), align: 'end' },
            {
              key: 'amount',
              title: t('kpis.columns.amount'),
              align: 'end',
              render: (r) => format.money(r.amount),
            },
          ]}
        >
          {(rows) => (
            <BarChart data={[...rows]} layout="vertical" margin={{ left: 24 }}>
              {grid}
              <XAxis type="number" allowDecimals={false} {...axis} />
              <YAxis type="category" dataKey="name" width={120} {...axis} />
              <ChartTooltip {...tooltip} />
              <Bar dataKey="count" name={t('kpis.columns.count')} fill={colors.series[2]} />
            </BarChart>
          )}
        </ChartCard>
        <ChartCard
          title={t('kpis.charts.byHour')}
          description={t('kpis.charts.byHourHint')}
          data={data.orders === 0 ? [] : data.byHour}
          rowKey={(r) => String(r.hour)}
          columns={[
            {
              key: 'hour',
              title: t('kpis.columns.hour'),
              render: (r) => `${String(r.hour).padStart(2, '0')}:00`,
            },
            { key: 'orders', title: t('kpis.columns.orders'), align: 'end' },
            { key: 'gmv', title: t('kpis.columns.gmv'), align: 'end', render: (r) => format.money(r.gmv) },
          ]}
        >
          {(rows) => (
            <BarChart data={[...rows]}>
              {grid}
              <XAxis dataKey="hour" {...axis} />
              <YAxis allowDecimals={false} {...axis} />
              <ChartTooltip {...tooltip} />
              <Bar dataKey="orders" name={t('kpis.columns.orders')} fill={colors.series[0]} />
            </BarChart>
          )}
        </ChartCard>
      </div>
    </div>
  );
}
