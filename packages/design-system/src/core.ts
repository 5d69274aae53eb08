/**
 * @careops/design-system/core — what the sign-in screen draws, shared on its own so
 * that screen loads only this part of antd (a shared module is kept whole). The
 * full design system re-exports it: apps import from `@careops/design-system`;
 * only code on the sign-in path (app-kit's providers and login form, the shell's
 * login page) imports from here.
 */
export { Alert, Button, Flex, Input } from 'antd';

export { DesignSystemProvider } from './provider';
export { ThemeModeProvider, useThemeMode, useToken, themeConfig, type ThemeMode } from './theme';
export { LoadingState } from './components/loading-state';
export { Surface, type SurfaceProps } from './components/surface';
export { Field, type FieldProps, type FieldControlProps } from './components/field';
export { GlobalOutlined } from '@ant-design/icons';
