// By package name, not by path: the core stays one shared module, never a second copy inside this one.
export * from '@careops/app-kit/core';
export { RemoteBoundary, type RemoteBoundaryProps } from './remote-boundary';
export { UserMenu } from './user-menu';
export { RecordView, type RecordViewProps } from './record-view';
export { SessionNote } from './session-note';
export { SectionNav, type SectionNavItem } from './section-nav';
export { useNow, serverOffset, useServerClock } from './clock';
export { setServerErrors, errorText, optionalText, optionalNumber } from './form-helpers';
export { cstDate, type DateRange, type RangePreset } from './date-range';
export {
  DateRangeFilter,
  useDateRangeParams,
  type DateRangeFilterProps,
  type DateRangeFilterText,
  type DateRangeParams,
} from './date-range-filter';
