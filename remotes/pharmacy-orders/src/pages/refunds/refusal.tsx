import { isApiError } from '@careops/api';
import { Alert } from '@careops/design-system';
import { useTranslation } from '@careops/i18n';

/**
 * A refused command: what the refusal means in the user's language, then the server's own
 * message, which names the broken rule (e.g. the 7-day refund window).
 */
export function Refusal({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const code = isApiError(error) ? error.code : 'INTERNAL';
  const message = error instanceof Error ? error.message : '';
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={t(`error.${code}`, { defaultValue: t('state.errorHint') })}
      description={message}
      style={{ marginBottom: 16 }}
    />
  );
}
