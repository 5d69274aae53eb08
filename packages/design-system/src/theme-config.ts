import { theme as antdTheme, type ThemeConfig } from 'antd';

export type ThemeMode = 'light' | 'dark';

/** Brand tokens; light and dark differ only by antd's algorithm, so both stay consistent. */
const TOKENS: ThemeConfig['token'] = {
  colorPrimary: '#0b6e69',
  colorInfo: '#0b6e69',
  borderRadius: 6,
  fontFamily:
    "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif",
};

/**
 * antd's secondary and placeholder text (45 % / 25 % alpha) and the status
 * colours used as text fail WCAG AA contrast; these keep every text tone at
 * 4.5:1 or better on the page and container backgrounds of each mode.
 */
const TEXT_TOKENS: Record<ThemeMode, ThemeConfig['token']> = {
  light: {
    colorSuccess: '#2f7d32',
    colorWarning: '#9a5b00',
    colorError: '#c62828',
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.58)',
    colorTextDisabled: 'rgba(0, 0, 0, 0.5)',
  },
  dark: {
    colorSuccess: '#95de64',
    colorWarning: '#ffc069',
    colorError: '#ff8a80',
    colorTextSecondary: 'rgba(255, 255, 255, 0.72)',
    colorTextTertiary: 'rgba(255, 255, 255, 0.66)',
    colorTextDescription: 'rgba(255, 255, 255, 0.66)',
    colorTextPlaceholder: 'rgba(255, 255, 255, 0.6)',
    colorTextDisabled: 'rgba(255, 255, 255, 0.5)',
    // The brand teal is too dark to read as link text on dark backgrounds.
    colorLink: '#6fd3c8',
    colorLinkHover: '#9fe3da',
    colorLinkActive: '#4fb8ad',
  },
};

export function themeConfig(mode: ThemeMode): ThemeConfig {
  return {
    algorithm: mode === 'dark' ? antdTheme.darkAlgorithm : antdTheme.defaultAlgorithm,
    token: { ...TOKENS, ...TEXT_TOKENS[mode] },
    components: {
      // antd's dark header is navy; the console's chrome stays neutral in both themes.
      Layout:
        mode === 'dark'
          ? { headerBg: '#141414', siderBg: '#141414' }
          : { headerBg: '#ffffff', siderBg: '#ffffff' },
      // The derived selected-item colours miss 4.5:1 contrast with this primary.
      Menu:
        mode === 'dark'
          ? { itemSelectedBg: 'rgba(94, 200, 189, 0.18)', itemSelectedColor: '#9fe3da' }
          : { itemSelectedBg: '#e2f1ef', itemSelectedColor: '#08524e' },
      // Likewise a selected row under the pointer: secondary text on it kept below 4.5:1.
      Table:
        mode === 'dark'
          ? { rowSelectedBg: 'rgba(94, 200, 189, 0.14)', rowSelectedHoverBg: 'rgba(94, 200, 189, 0.2)' }
          : { rowSelectedBg: '#e2f1ef', rowSelectedHoverBg: '#d3eae7' },
    },
  };
}

/** Every design token of a mode, resolved: for what is drawn before React (the sign-in screen's first paint). */
export function designTokens(mode: ThemeMode) {
  return antdTheme.getDesignToken(themeConfig(mode));
}
