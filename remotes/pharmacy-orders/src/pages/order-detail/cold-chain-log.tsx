import {
  CartesianGrid,
  ChartCard,
  ChartTooltip,
  Line,
  LineChart,
  ReferenceArea,
  XAxis,
  YAxis,
  useChartColors,
} from '@careops/design-system/charts';
import { COLD_CHAIN_RANGE_C, type ColdChainReading } from '@careops/domain/pharmacy';
import { useFormat, useTranslation } from '@careops/i18n';

/** The cold-chain temperatures against the 2–8 °C band; loaded on its own so only such orders pull in the charts. */
export default function ColdChainLog({ log }: { log: readonly ColdChainReading[] }) {
  const { t } = useTranslation('pharmacy');
  const format = useFormat();
  const colors = useChartColors();
  const rows = log.map((r) => ({ ...r, time: format.dateTime(r.at) }));
  const out = (c: number) => c < COLD_CHAIN_RANGE_C.min || c > COLD_CHAIN_RANGE_C.max;
  return (
    <ChartCard
      title={t('detail.coldChain')}
      description={t('detail.coldChainBand', COLD_CHAIN_RANGE_C)}
      data={rows}
      rowKey={(r) => `${r.at}-${r.stage}`}
      height={220}
      columns={[
        { key: 'time', title: t('detail.tempAt') },
        { key: 'stage', title: t('form.stage'), render: (r) => t(`stage.${r.stage}`) },
        {
          key: 'tempC',
          title: t('detail.tempC'),
          align: 'end',
          render: (r) =>
            out(r.tempC) ? t('detail.tempOut', { temp: r.tempC }) : t('detail.tempIn', { temp: r.tempC }),
        },
      ]}
    >
      {(data) => (
        <LineChart data={[...data]} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="time" />
          <YAxis
            unit=" °C"
            domain={[
              (min: number) => Math.min(0, Math.floor(min)),
              (max: number) => Math.max(10, Math.ceil(max)),
            ]}
          />
          <ReferenceArea
            y1={COLD_CHAIN_RANGE_C.min}
            y2={COLD_CHAIN_RANGE_C.max}
            fill={colors.status.normal}
            fillOpacity={0.15}
          />
          <ChartTooltip />
          <Line type="monotone" dataKey="tempC" name={t('detail.tempC')} stroke={colors.series[0]} dot />
        </LineChart>
      )}
    </ChartCard>
  );
}
