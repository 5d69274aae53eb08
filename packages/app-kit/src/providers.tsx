import type { ReactNode } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '@careops/i18n';
import { AuthProvider } from '@careops/auth';
import { DesignSystemProvider, ThemeModeProvider, type ThemeMode } from '@careops/design-system/core';

/**
 * The providers of the console, created once by the shell (or by a remote's
 * standalone harness, or a test). Remotes render inside them and reach the
 * same instances through the shared singletons.
 */
export function AppProviders({
  queryClient,
  theme,
  children,
}: {
  queryClient: QueryClient;
  theme?: ThemeMode;
  children: ReactNode;
}) {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>
        <ThemeModeProvider {...(theme ? { initial: theme } : {})}>
          <DesignSystemProvider>
            <AuthProvider>{children}</AuthProvider>
          </DesignSystemProvider>
        </ThemeModeProvider>
      </I18nextProvider>
    </QueryClientProvider>
  );
}
