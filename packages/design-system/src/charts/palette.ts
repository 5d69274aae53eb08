import { useThemeMode } from '@careops/design-system/core';

/**
 * Series colours with at least 3:1 contrast against the card background of each
 * theme (WCAG 1.4.11 for graphical objects), in an order that keeps neighbours
 * distinguishable for the common colour-vision deficiencies.
 */
const SERIES = {
  light: ['#0b6e69', '#b35900', '#3b5bdb', '#a61e4d', '#5c7c00', '#7048e8'],
  dark: ['#3cc7be', '#ffa94d', '#91a7ff', '#f783ac', '#a9e34b', '#b197fc'],
} as const;

/** Status colours for SLA-style charts: normal / warn / breach. */
const STATUS = {
  light: { normal: '#2b8a3e', warn: '#b35900', breach: '#c92a2a' },
  dark: { normal: '#69db7c', warn: '#ffa94d', breach: '#ff8787' },
} as const;

export function useChartColors() {
  const { mode } = useThemeMode();
  return { series: SERIES[mode], status: STATUS[mode] };
}
