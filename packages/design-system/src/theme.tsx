import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { theme as antdTheme, type ThemeConfig } from 'antd';

export type ThemeMode = 'light' | 'dark';
const STORAGE_KEY = 'careops:theme';

/** Brand tokens; light and dark differ only by antd's algorithm, so both stay consistent. */
const TOKENS: ThemeConfig['token'] = {
  colorPrimary: '#0b6e69',
  colorInfo: '#0b6e69',
  colorSuccess: '#2f7d32',
  colorWarning: '#b26a00',
  colorError: '#c62828',
  borderRadius: 6,
  fontFamily:
    "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif",
};

export function themeConfig(mode: ThemeMode): ThemeConfig {
  return {
    algorithm: mode === 'dark' ? antdTheme.darkAlgorithm : antdTheme.defaultAlgorithm,
    token: TOKENS,
    components: { Layout: mode === 'dark' ? {} : { headerBg: '#ffffff', siderBg: '#ffffff' } },
  };
}

function storedMode(): ThemeMode {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return value === 'dark' ? 'dark' : 'light';
  } catch {
    return 'light';
  }
}

interface ThemeModeValue {
  mode: ThemeMode;
  setMode: (mode: ThemeMode) => void;
}
const ThemeModeContext = createContext<ThemeModeValue>({ mode: 'light', setMode: () => undefined });

export function ThemeModeProvider({ children, initial }: { children: ReactNode; initial?: ThemeMode }) {
  const [mode, setModeState] = useState<ThemeMode>(() => initial ?? storedMode());
  const setMode = useCallback((next: ThemeMode) => {
    setModeState(next);
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, next);
    } catch {
      // storage unavailable: the choice lasts for this page
    }
  }, []);
  useEffect(() => {
    document.documentElement.dataset.theme = mode;
    document.documentElement.style.colorScheme = mode;
  }, [mode]);
  const value = useMemo(() => ({ mode, setMode }), [mode, setMode]);
  return <ThemeModeContext.Provider value={value}>{children}</ThemeModeContext.Provider>;
}

export function useThemeMode(): ThemeModeValue {
  return useContext(ThemeModeContext);
}

/** Design tokens of the active theme, for the rare style antd components don't cover. */
export function useToken() {
  return antdTheme.useToken().token;
}
