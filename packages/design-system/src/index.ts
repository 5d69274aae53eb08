/**
 * @careops/design-system — the only door to antd. The export list is curated:
 * a shared module is shaken by what it exports, not by what apps use.
 */
export {
  Alert,
  App,
  Avatar,
  Badge,
  Breadcrumb,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Divider,
  Drawer,
  Dropdown,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  Layout,
  Menu,
  Modal,
  Radio,
  Result,
  Segmented,
  Select,
  Skeleton,
  Space,
  Spin,
  Statistic,
  Switch,
  Tabs,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
export type { MenuProps, DescriptionsProps, SelectProps } from 'antd';

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
export { ListToolbar, type ListFilter, type ListToolbarProps } from './components/list-toolbar';
export * from './icons';
