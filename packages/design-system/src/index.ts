/**
 * @careops/design-system — the only door to antd. The export list is curated:
 * a shared module is shaken by what it exports, not by what apps use.
 */
// By package name, not by path: the core stays one shared module, never a second copy inside this one.
export * from '@careops/design-system/core';
export {
  App,
  Avatar,
  Card,
  Dropdown,
  Empty,
  Form,
  Layout,
  Menu,
  Modal,
  Segmented,
  Space,
  Tag,
  Typography,
} from 'antd';
export type { MenuProps } from 'antd';

export { PageContainer, type PageContainerProps } from './components/page-container';
export { ErrorState, ForbiddenState, NotFoundState, type ErrorStateProps } from './components/states';
export { MaskedText, StatusTag, type Tone } from './components/status-tag';
export { KpiTiles, type KpiTile } from './components/kpi-tiles';
export { useProgressive } from './progressive';
export * from './icons';
