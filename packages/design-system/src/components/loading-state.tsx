import { Flex } from 'antd';
import { useTranslation } from '@careops/i18n';
import { useToken } from '../theme';

/** Drawn with CSS rather than antd's Spin, so the sign-in screen's fallback costs nothing. */
export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  const token = useToken();
  const text = label ?? t('state.loading');
  return (
    <Flex
      justify="center"
      align="center"
      style={{ minHeight: 160, color: token.colorTextSecondary }}
      role="status"
      aria-live="polite"
    >
      <span className="careops-spinner" aria-hidden style={{ color: token.colorPrimary }} />
      <span style={{ marginInlineStart: 12 }}>{text}</span>
    </Flex>
  );
}
