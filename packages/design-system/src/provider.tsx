import type { ReactNode } from 'react';
import { App, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import { useLocale } from '@careops/i18n';
import { themeConfig, useThemeMode } from './theme';

/** Global rules antd does not provide: text for screen readers only, and the skip link. */
const GLOBAL_CSS =
  '.careops-visually-hidden{position:absolute!important;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}' +
  '.careops-skip-link{position:absolute;inset-inline-start:-10000px;top:8px;z-index:1100;padding:8px 12px;border-radius:6px;background:#0b6e69;color:#fff}' +
  '.careops-skip-link:focus{inset-inline-start:8px}';

const ANTD_LOCALES = { 'zh-CN': zhCN, 'en-US': enUS } as const;

/** antd's theme and locale follow the console's theme mode and language. */
export function DesignSystemProvider({ children }: { children: ReactNode }) {
  const { mode } = useThemeMode();
  const locale = useLocale();
  return (
    <ConfigProvider theme={themeConfig(mode)} locale={ANTD_LOCALES[locale]}>
      <style>{GLOBAL_CSS}</style>
      <App component={false}>{children}</App>
    </ConfigProvider>
  );
}
