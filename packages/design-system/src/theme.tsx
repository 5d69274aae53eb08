import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { theme as antdTheme } from 'antd';
import { themeConfig, type ThemeMode } from './theme-config';

export { themeConfig, type ThemeMode };
const STORAGE_KEY = 'careops:theme';

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
