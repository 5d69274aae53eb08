import { useAuth } from '@careops/auth';
import { Typography } from '@careops/design-system';
import { useLocalized, useTranslation } from '@careops/i18n';

/**
 * Who is signed in, as the remote sees it through the shared auth context
 * (pages show it so users know whose data scope they are looking at).
 */
export function SessionNote() {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { user } = useAuth();
  if (!user) return null;
  return (
    <Typography.Text type="secondary" data-testid="remote-session">
      {t('user.signedInAs', { name: localized(user.displayName) })} · {t(`role.${user.role}`)}
    </Typography.Text>
  );
}
