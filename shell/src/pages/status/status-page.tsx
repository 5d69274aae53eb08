import { useState } from 'react';
import { useAuth } from '@careops/auth';
import {
  Alert,
  Button,
  Flex,
  Form,
  Input,
  Modal,
  PageContainer,
  StatusTag,
  Typography,
  type Tone,
} from '@careops/design-system';
import { Table } from '@careops/design-system/table';
import { useLocalized, useTranslation } from '@careops/i18n';
import { useShell } from '../../shell-context';
import { visibleRemotes } from '../../layout/nav';
import { isValidManifestUrl, setOverride, type ResolvedRemote } from '../../registry/registry';
import { useRemoteStatuses, type RemoteState } from '../../registry/status-store';

const TONE: Record<RemoteState, Tone> = {
  idle: 'default',
  loading: 'processing',
  ready: 'success',
  error: 'error',
};

function OverrideDialog({ remote, onClose }: { remote: ResolvedRemote; onClose: () => void }) {
  const { t } = useTranslation('shell');
  const localized = useLocalized();
  const [value, setValue] = useState(remote.overridden ? remote.entry : '');
  const [touched, setTouched] = useState(false);
  const valid = isValidManifestUrl(value);
  const apply = (url: string | null) => {
    setOverride(remote.id, url);
    // The MF runtime has registered the old entry; a reload starts clean.
    location.reload();
  };
  const inputId = `override-${remote.id}`;
  return (
    <Modal
      open
      title={t('status.overrideLabel', { name: localized(remote.title) })}
      onCancel={onClose}
      footer={[
        remote.overridden && (
          <Button key="clear" danger onClick={() => apply(null)}>
            {t('status.overrideClear')}
          </Button>
        ),
        <Button key="cancel" onClick={onClose}>
          {t('action.cancel', { ns: 'common' })}
        </Button>,
        <Button key="apply" type="primary" disabled={!valid} onClick={() => apply(value)}>
          {t('status.overrideApply')}
        </Button>,
      ]}
    >
      <Form layout="vertical" component="div">
        <Form.Item
          label={t('status.manifest')}
          htmlFor={inputId}
          extra={t('status.overrideHint')}
          validateStatus={touched && !valid ? 'error' : undefined}
          help={touched && !valid ? t('status.overrideInvalid') : undefined}
        >
          <Input
            id={inputId}
            value={value}
            placeholder={remote.registryEntry}
            onChange={(e) => setValue(e.target.value)}
            onBlur={() => setTouched(true)}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function StatusPage() {
  const { t } = useTranslation('shell');
  const localized = useLocalized();
  const { user } = useAuth();
  const { remotes, registryError } = useShell();
  const statuses = useRemoteStatuses();
  const [editing, setEditing] = useState<ResolvedRemote | null>(null);
  const mayOverride = user?.role === 'ADM';
  const rows = visibleRemotes(remotes, user).map((remote) => ({
    remote,
    status: statuses.find((s) => s.id === remote.id),
  }));
  const none = t('status.none');

  return (
    <PageContainer title={t('status.title')} subtitle={t('status.subtitle')}>
      {registryError !== null && (
        <Alert
          type="error"
          showIcon
          title={t('status.registryError')}
          action={<Button onClick={() => location.reload()}>{t('action.retry', { ns: 'common' })}</Button>}
        />
      )}
      <Table
        aria-label={t('status.title')}
        rowKey={(row) => row.remote.id}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            key: 'module',
            title: t('status.module'),
            render: (_, { remote }) => (
              <Flex vertical>
                <Typography.Text strong>{localized(remote.title)}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {remote.entry}
                </Typography.Text>
              </Flex>
            ),
          },
          {
            key: 'state',
            title: t('status.state'),
            render: (_, { remote, status }) => (
              <span data-testid={`status-${remote.id}`}>
                <StatusTag tone={TONE[status?.state ?? 'idle']}>
                  {t(`status.states.${status?.state ?? 'idle'}`)}
                </StatusTag>
              </span>
            ),
          },
          { key: 'expected', title: t('status.expectedVersion'), render: (_, { remote }) => remote.version },
          {
            key: 'loaded',
            title: t('status.loadedVersion'),
            render: (_, { status }) => status?.loadedVersion ?? none,
          },
          {
            key: 'time',
            title: t('status.loadTime'),
            render: (_, { status }) =>
              status?.loadMs !== undefined ? t('status.ms', { ms: status.loadMs }) : none,
          },
          {
            key: 'error',
            title: t('status.lastError'),
            render: (_, { status }) =>
              status?.lastError ? (
                <Typography.Text type="danger" style={{ maxWidth: 320, display: 'inline-block' }}>
                  {status.lastError}
                </Typography.Text>
              ) : (
                none
              ),
          },
          ...(mayOverride
            ? [
                {
                  key: 'override',
                  title: t('status.override'),
                  render: (_: unknown, { remote }: { remote: ResolvedRemote }) => (
                    <Button
                      size="small"
                      onClick={() => setEditing(remote)}
                      // The accessible name starts with the visible text, then says which remote.
                      aria-label={`${remote.overridden ? t('status.overrideEdit') : t('status.override')} – ${localized(remote.title)}`}
                    >
                      {remote.overridden ? t('status.overrideEdit') : t('status.override')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing && <OverrideDialog remote={editing} onClose={() => setEditing(null)} />}
    </PageContainer>
  );
}
