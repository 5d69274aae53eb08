import { useNavigate } from '@careops/router';
import { Button, ForbiddenState, NotFoundState } from '@careops/design-system';
import { useTranslation } from '@careops/i18n';

function BackHome() {
  const { t } = useTranslation('shell');
  const navigate = useNavigate();
  return (
    <Button type="primary" onClick={() => navigate('/')}>
      {t('errors.backHome')}
    </Button>
  );
}

export function ForbiddenPage() {
  return <ForbiddenState extra={<BackHome />} />;
}

export function NotFoundPage() {
  return <NotFoundState extra={<BackHome />} />;
}
