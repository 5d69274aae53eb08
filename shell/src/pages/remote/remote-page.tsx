import { use, useState } from 'react';
import { useNavigate } from '@careops/router';
import { RemoteBoundary } from '@careops/app-kit';
import { Button } from '@careops/design-system';
import { useLocalized, useTranslation } from '@careops/i18n';
import type { ResolvedRemote } from '../../registry/registry';
import { loadRemoteModule, recordRemoteError, resetRemote } from '../../registry/loader';

function RemoteContent({ remote }: { remote: ResolvedRemote }) {
  return use(loadRemoteModule(remote)).routes;
}

/** One remote at its base path, contained: its failure never takes the shell down. */
export function RemotePage({ remote }: { remote: ResolvedRemote }) {
  const { t } = useTranslation('shell');
  const localized = useLocalized();
  const navigate = useNavigate();
  const [attempt, setAttempt] = useState(0);
  return (
    <RemoteBoundary
      resetKey={`${remote.id}:${attempt}`}
      title={t('remote.failed', { name: localized(remote.title) })}
      description={t('remote.failedHint')}
      extra={<Button onClick={() => navigate('/status')}>{t('remote.viewStatus')}</Button>}
      onError={(error) => recordRemoteError(remote.id, error)}
      onRetry={() => {
        resetRemote(remote);
        setAttempt((n) => n + 1);
      }}
    >
      <RemoteContent remote={remote} />
    </RemoteBoundary>
  );
}
