import type { ReactNode } from 'react';
import { Tag } from 'antd';
import { useTranslation } from '@careops/i18n';
import { LockOutlined } from '../icons';
import { useThemeMode, type ThemeMode } from '@careops/design-system/core';

export type Tone = 'default' | 'processing' | 'success' | 'warning' | 'error';

/**
 * antd's preset tag colours (green text on pale green…) fall below WCAG AA;
 * these pairs keep 4.5:1 in both themes.
 */
const TONE_COLORS: Record<
  ThemeMode,
  Record<Tone, { color: string; background: string; borderColor: string }>
> = {
  light: {
    default: { color: '#3d3d3d', background: '#f3f3f3', borderColor: '#d0d0d0' },
    processing: { color: '#08524e', background: '#e2f1ef', borderColor: '#9ccfc9' },
    success: { color: '#1f5f22', background: '#e9f6e9', borderColor: '#a6d5a8' },
    warning: { color: '#7a4200', background: '#fff3df', borderColor: '#f0c889' },
    error: { color: '#9c1c1c', background: '#fdecec', borderColor: '#efb1b1' },
  },
  dark: {
    default: {
      color: '#d9d9d9',
      background: 'rgba(255,255,255,0.06)',
      borderColor: 'rgba(255,255,255,0.25)',
    },
    processing: {
      color: '#9fe3da',
      background: 'rgba(94,200,189,0.12)',
      borderColor: 'rgba(94,200,189,0.45)',
    },
    success: { color: '#a8e6a8', background: 'rgba(82,196,26,0.12)', borderColor: 'rgba(82,196,26,0.45)' },
    warning: { color: '#ffd591', background: 'rgba(250,173,20,0.12)', borderColor: 'rgba(250,173,20,0.45)' },
    error: { color: '#ffb3b3', background: 'rgba(255,77,79,0.12)', borderColor: 'rgba(255,77,79,0.45)' },
  },
};

/** A status shown the same way everywhere: colour by tone, text by the caller's translation. */
export function StatusTag({ tone, children }: { tone: Tone; children: ReactNode }) {
  const { mode } = useThemeMode();
  return <Tag style={TONE_COLORS[mode][tone]}>{children}</Tag>;
}

/** A masked PII value: marked so screen readers and sighted users know it is hidden on purpose. */
export function MaskedText({ value }: { value: string }) {
  const { t } = useTranslation();
  return (
    <span title={t('masked')}>
      <LockOutlined aria-hidden style={{ marginInlineEnd: 4, opacity: 0.6 }} />
      {value}
      <span className="careops-visually-hidden"> ({t('masked')})</span>
    </span>
  );
}
