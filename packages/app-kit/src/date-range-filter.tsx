import { useId, useMemo, useState, type ReactNode } from 'react';
import { useSearchParams } from '@careops/router';
import { Flex, Input, Segmented, useToken } from '@careops/design-system';
import {
  RANGE_PRESETS,
  customRange,
  isRangePreset,
  presetRange,
  type DateRange,
  type RangePreset,
} from './date-range';

export interface DateRangeParams {
  /** What the API is asked for; undefined while the days typed in make no range. */
  range: DateRange | undefined;
  /** The preset in force; undefined while days typed in are. */
  preset: RangePreset | undefined;
  /** The days the date inputs show. */
  fromDate: string;
  toDate: string;
  choosePreset: (preset: RangePreset) => void;
  setFromDate: (date: string) => void;
  setToDate: (date: string) => void;
}

/**
 * A dashboard's period, kept in the URL so links are shareable and the back button works:
 * `?range=<preset>` (the default left out) or `?from=<day>&to=<day>`. Presets count back from
 * the time the page opened, so the range, and with it the query's cache key, stays put while
 * the page is open.
 */
export function useDateRangeParams(defaultPreset: RangePreset): DateRangeParams {
  const [searchParams, setSearchParams] = useSearchParams();
  const [openedAt] = useState(() => Date.now());
  const rawPreset = searchParams.get('range');
  const preset = isRangePreset(rawPreset) ? rawPreset : defaultPreset;
  const fromParam = searchParams.get('from');
  const toParam = searchParams.get('to');
  const custom = fromParam !== null || toParam !== null;
  const range = useMemo(
    () => (custom ? customRange(fromParam ?? '', toParam ?? '') : presetRange(preset, openedAt)),
    [custom, fromParam, toParam, preset, openedAt],
  );
  const shown = range ?? presetRange(preset, openedAt);
  const fromDate = fromParam ?? shown.fromDate;
  const toDate = toParam ?? shown.toDate;

  const setParams = (patch: Record<'range' | 'from' | 'to', string | undefined>) =>
    setSearchParams((prev) => {
      const next = new URLSearchParams(prev);
      for (const [key, value] of Object.entries(patch))
        if (value) next.set(key, value);
        else next.delete(key);
      return next;
    });

  return {
    range,
    preset: custom ? undefined : preset,
    fromDate,
    toDate,
    choosePreset: (p) =>
      setParams({ range: p === defaultPreset ? undefined : p, from: undefined, to: undefined }),
    setFromDate: (from) => setParams({ range: undefined, from, to: toDate }),
    setToDate: (to) => setParams({ range: undefined, from: fromDate, to }),
  };
}

/**
 * The words the filter shows: the search region (`filters`), the group of presets (`period`),
 * the two date inputs and each preset.
 */
export type DateRangeFilterText = 'filters' | 'period' | 'from' | 'to' | `presets.${RangePreset}`;

export interface DateRangeFilterProps {
  params: DateRangeParams;
  /** The remote's own words for each key, from its i18n namespace (the keys under one prefix there). */
  text: (key: DateRangeFilterText) => string;
  /** Further filters after the dates (e.g. a store). */
  children?: ReactNode;
}

/** A dashboard's period filter: the presets, the first and last day, then any further filters. */
export function DateRangeFilter({ params, text, children }: DateRangeFilterProps) {
  const id = useId();
  return (
    <Flex gap={12} wrap align="end" role="search" aria-label={text('filters')}>
      <div role="group" aria-label={text('period')}>
        <Segmented<string>
          value={params.preset ?? ''}
          options={RANGE_PRESETS.map((p) => ({ value: p, label: text(`presets.${p}`) }))}
          onChange={(value) => {
            if (isRangePreset(value)) params.choosePreset(value);
          }}
        />
      </div>
      <DateInput
        id={`${id}-from`}
        label={text('from')}
        value={params.fromDate}
        onChange={params.setFromDate}
      />
      <DateInput id={`${id}-to`} label={text('to')} value={params.toDate} onChange={params.setToDate} />
      {children}
    </Flex>
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
