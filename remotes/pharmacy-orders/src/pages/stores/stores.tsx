import { useState } from 'react';
import { isApiError } from '@careops/api';
import { SessionNote } from '@careops/app-kit';
import { useCan, useCanSee } from '@careops/auth';
import {
  App,
  Button,
  ErrorState,
  Flex,
  ForbiddenState,
  LoadingState,
  PageContainer,
  StatusTag,
  type Tone,
} from '@careops/design-system';
import { Table } from '@careops/design-system/table';
import type { Store } from '@careops/domain/pharmacy';
import { useFormat, useLocalized, useTranslation } from '@careops/i18n';
import { useStores } from '../../api/orders';
import { useStoreCommand } from '../../api/stores';
import { PharmacyNav } from '../../components/pharmacy-nav';
import { PauseDialog } from './pause-dialog';
import { StoreEditDialog } from './store-edit-dialog';

const STATUS_TONES: Record<Store['status'], Tone> = {
  online: 'success',
  paused: 'warning',
  offline: 'default',
};

export function StoresPage() {
  // Read-only for auditors (R), editable for admins and the partner's own stores (DOMAIN.md §6.2).
  const canSee = useCanSee('store.manage');
  return canSee ? <StoreList /> : <ForbiddenState />;
}

function StoreList() {
  const { t } = useTranslation('pharmacy');
  const localized = useLocalized();
  const format = useFormat();
  const { message, modal } = App.useApp();
  const canManage = useCan('store.manage');
  const stores = useStores();
  const resume = useStoreCommand();
  const [editing, setEditing] = useState<Store | null>(null);
  const [pausing, setPausing] = useState<Store | null>(null);

  const confirmResume = (store: Store) =>
    modal.confirm({
      title: t('stores.resumeTitle', { name: localized(store.name) }),
      content: t('stores.resumeHint'),
      okText: t('stores.resume'),
      cancelText: t('action.cancel', { ns: 'common' }),
      onOk: () =>
        resume
          .mutateAsync({ store, action: 'resume' })
          .then(() => void message.success(t('stores.resumed', { name: localized(store.name) })))
          .catch((error: unknown) => {
            void message.error(
              error instanceof Error ? error.message : t('state.errorHint', { ns: 'common' }),
            );
          }),
    });

  let body;
  if (stores.error && !stores.data) {
    body = isApiError(stores.error, 'FORBIDDEN') ? (
      <ForbiddenState />
    ) : (
      <ErrorState error={stores.error} onRetry={() => void stores.refetch()} />
    );
  } else if (!stores.data) {
    body = <LoadingState />;
  } else {
    body = (
      <Table<Store>
        aria-label={t('stores.label')}
        rowKey="id"
        dataSource={stores.data.items}
        pagination={false}
        scroll={{ x: 'max-content' }}
        size="middle"
        locale={{ emptyText: t('stores.empty') }}
        columns={[
          {
            key: 'name',
            title: t('stores.name'),
            render: (_, s) => (
              <div>
                <div style={{ fontWeight: 500 }}>{localized(s.name)}</div>
                <div style={{ fontSize: 12, opacity: 0.75 }}>{localized(s.address)}</div>
              </div>
            ),
          },
          {
            key: 'status',
            title: t('stores.status'),
            render: (_, s) => (
              <StatusTag tone={STATUS_TONES[s.status]}>{t(`stores.statuses.${s.status}`)}</StatusTag>
            ),
          },
          {
            key: 'hours',
            title: t('stores.hours'),
            render: (_, s) => (
              <Flex gap={4} align="center" wrap>
                <span>{s.businessHours}</span>
                {s.is24h && <StatusTag tone="processing">{t('stores.allDay')}</StatusTag>}
              </Flex>
            ),
          },
          {
            key: 'radius',
            title: t('stores.radius'),
            align: 'right',
            render: (_, s) => t('stores.km', { value: format.number(s.deliveryRadiusKm) }),
          },
          {
            key: 'coldChain',
            title: t('stores.coldChain'),
            render: (_, s) =>
              s.hasColdChain ? (
                <StatusTag tone="processing">{t('stores.coldChainYes')}</StatusTag>
              ) : (
                t('stores.coldChainNo')
              ),
          },
          {
            key: 'pharmacists',
            title: t('stores.pharmacists'),
            align: 'right',
            render: (_, s) => format.number(s.pharmacistsOnDuty),
          },
          { key: 'license', title: t('stores.license'), render: (_, s) => s.drugLicenseNo },
          ...(canManage
            ? [
                {
                  key: 'actions',
                  title: t('stores.actions'),
                  render: (_: unknown, s: Store) => (
                    <Flex gap={8}>
                      <Button
                        size="small"
                        onClick={() => setEditing(s)}
                        aria-label={t('stores.editOf', { name: localized(s.name) })}
                      >
                        {t('stores.edit')}
                      </Button>
                      {s.status === 'online' && (
                        <Button
                          size="small"
                          danger
                          onClick={() => setPausing(s)}
                          aria-label={t('stores.pauseOf', { name: localized(s.name) })}
                        >
                          {t('stores.pause')}
                        </Button>
                      )}
                      {s.status === 'paused' && (
                        <Button
                          size="small"
                          onClick={() => confirmResume(s)}
                          aria-label={t('stores.resumeOf', { name: localized(s.name) })}
                        >
                          {t('stores.resume')}
                        </Button>
                      )}
                    </Flex>
                  ),
                },
              ]
            : []),
        ]}
      />
    );
  }

  return (
    <PageContainer title={t('nav.stores')} subtitle={<SessionNote />}>
      <PharmacyNav />
      {!canManage && stores.data && <p style={{ margin: 0 }}>{t('stores.readOnly')}</p>}
      {body}
      {editing && <StoreEditDialog store={editing} onClose={() => setEditing(null)} />}
      {pausing && <PauseDialog store={pausing} onClose={() => setPausing(null)} />}
    </PageContainer>
  );
}
