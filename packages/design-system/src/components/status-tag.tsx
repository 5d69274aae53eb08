import { Tag } from 'antd';
import { useTranslation } from '@careops/i18n';
import { LockOutlined } from '../icons';

export type Tone = 'default' | 'processing' | 'success' | 'warning' | 'error';

/** A status shown the same way everywhere: colour by tone, text by the caller's translation. */
export function StatusTag({ tone, children }: { tone: Tone; children: string }) {
  return (
    <Tag color={tone} variant="outlined">
      {children}
    </Tag>
  );
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
