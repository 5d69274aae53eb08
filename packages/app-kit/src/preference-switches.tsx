import type { ReactNode } from 'react';
import { Button, Flex, GlobalOutlined, useThemeMode, type ThemeMode } from '@careops/design-system/core';
import { LOCALES, setLocale, useLocale, useTranslation } from '@careops/i18n';

/**
 * A pair of toggle buttons: the sign-in screen shows these switches, and antd's
 * Segmented would add ≈ 20 KB gzip to it.
 */
function Toggle<T extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: T;
  options: readonly { value: T; label: ReactNode }[];
  onChange: (value: T) => void;
}) {
  return (
    <Flex role="group" aria-label={label} gap={2}>
      {options.map((option) => (
        <Button
          key={option.value}
          size="small"
          type={option.value === value ? 'primary' : 'default'}
          // 浅色 stays 浅色: antd would space out two-character Chinese labels (浅 色).
          autoInsertSpace={false}
          aria-pressed={option.value === value}
          onClick={() => onChange(option.value)}
        >
          {option.label}
        </Button>
      ))}
    </Flex>
  );
}

/** Language and theme switches, visible in the header (not hidden in a menu). */
export function PreferenceSwitches() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { mode, setMode } = useThemeMode();
  return (
    <Flex gap={8} wrap align="center">
      <GlobalOutlined aria-hidden />
      <Toggle
        label={t('menu.language')}
        value={locale}
        onChange={(value) => void setLocale(value)}
        options={LOCALES.map((l) => ({ value: l, label: <span lang={l}>{t(`lang.${l}`)}</span> }))}
      />
      <Toggle<ThemeMode>
        label={t('menu.theme')}
        value={mode}
        onChange={setMode}
        options={[
          { value: 'light', label: t('menu.light') },
          { value: 'dark', label: t('menu.dark') },
        ]}
      />
    </Flex>
  );
}
