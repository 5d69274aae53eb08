/**
 * @careops/design-system — the only door to antd. The export list is curated:
 * a shared module is shaken by what it exports, not by what apps use.
 */
export {
  Alert,
  App,
  Avatar,
  Button,
  Card,
  Dropdown,
  Empty,
  Flex,
  Form,
  Input,
  Layout,
  Menu,
  Modal,
  Segmented,
  Space,
  Tag,
  Typography,
} from 'antd';
export type { MenuProps } from 'antd';

export { DesignSystemProvider } from './provider';
export { ThemeModeProvider, useThemeMode, useToken, themeConfig, type ThemeMode } from './theme';
export { PageContainer, type PageContainerProps } from './components/page-container';
export {
  ErrorState,
  ForbiddenState,
  LoadingState,
  NotFoundState,
  type ErrorStateProps,
} from './components/states';
export { MaskedText, StatusTag, type Tone } from './components/status-tag';
export * from './icons';
