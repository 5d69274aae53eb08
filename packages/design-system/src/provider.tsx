import type { ReactNode } from 'react';
import { ConfigProvider } from 'antd';
// The ES modules: `antd/locale/*` resolves to the CommonJS build, which cannot be shaken.
import zhCN from 'antd/es/locale/zh_CN';
import enUS from 'antd/es/locale/en_US';
import { useLocale } from '@careops/i18n';
import { themeConfig, useThemeMode, useToken } from './theme';

/** Global rules antd does not provide: text for screen readers only, and the skip link. */
const GLOBAL_CSS =
  '.careops-visually-hidden{position:absolute!important;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}' +
  '.careops-skip-link{position:absolute;inset-inline-start:-10000px;top:8px;z-index:1100;padding:8px 12px;border-radius:6px;background:#0b6e69;color:#fff}' +
  '.careops-skip-link:focus{inset-inline-start:8px}' +
  '@keyframes careops-spin{to{transform:rotate(360deg)}}' +
  '.careops-spinner{display:inline-block;width:20px;height:20px;border-radius:50%;border:2px solid currentColor;border-inline-end-color:transparent;animation:careops-spin .8s linear infinite}' +
  '@media (prefers-reduced-motion:reduce){.careops-spinner{animation-duration:2.4s}}';

/** The page's base text, from the theme: plain elements (headings, labels) look like antd's. */
function BaseStyles() {
  const token = useToken();
  const css =
    `body{margin:0;font-family:${token.fontFamily};font-size:${token.fontSize}px;` +
    `line-height:${token.lineHeight};color:${token.colorText};background:${token.colorBgLayout}}`;
  return <style>{css + GLOBAL_CSS}</style>;
}

const ANTD_LOCALES = { 'zh-CN': zhCN, 'en-US': enUS } as const;

/**
 * antd's theme and locale follow the console's theme mode and language. antd's App
 * (message, modal and notification hooks, ≈ 20 KB gzip) is not here: the sign-in
 * screen has no use for it; the signed-in console wraps itself in `<App component={false}>`.
 */
export function DesignSystemProvider({ children }: { children: ReactNode }) {
  const { mode } = useThemeMode();
  const locale = useLocale();
  return (
    <ConfigProvider theme={themeConfig(mode)} locale={ANTD_LOCALES[locale]}>
      <BaseStyles />
      {children}
    </ConfigProvider>
  );
}
