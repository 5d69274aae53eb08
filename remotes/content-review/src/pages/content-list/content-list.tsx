import { useState } from 'react';
import { Link, useNavigate } from '@careops/router';
import { useListParams } from '@careops/api';
import { SessionNote } from '@careops/app-kit';
import { useCan, useCanSee } from '@careops/auth';
import { Button, ForbiddenState, PageContainer, Typography } from '@careops/design-system';
import { DataTable, ListToolbar, type DataTableColumn } from '@careops/design-system/table';
import {
  AUTHOR_TYPES,
  CONTENT_STATUSES,
  CONTENT_TYPES,
  REVIEW_STAGES,
  RULE_SEVERITIES,
  isLive,
  type ContentItem,
} from '@careops/domain/content';
import { useFormat, useLocalized, useTranslation } from '@careops/i18n';
import { contentItemsQuery, useContentItems } from '../../api/items';
import { ContentNav } from '../../components/content-nav';
import { ContentStatusTag } from '../../components/content-status-tag';
import { HitCounts } from './hit-counts';
import { TakedownDialog } from './takedown-dialog';

const FILTERS = ['status', 'type', 'authorType', 'stage', 'hits', 'overdue', 'live'] as const;

export function ContentListPage() {
  return useCanSee('content.view') ? <ContentLibrary /> : <ForbiddenState />;
}

function ContentLibrary() {
  const { t } = useTranslation('content');
  const localized = useLocalized();
  const format = useFormat();
  const navigate = useNavigate();
  const canTakedown = useCan('content.takedown');
  const { params, query, update } = useListParams({
    filters: FILTERS,
    defaultSort: 'submittedAt:desc',
    prefetch: contentItemsQuery,
  });
  const items = useContentItems(query);
  const [takingDown, setTakingDown] = useState<ContentItem | null>(null);

  // Titles are author-written: rendered as React text children only, never as HTML.
  const columns: DataTableColumn<ContentItem>[] = [
    {
      key: 'title',
      title: t('items.title'),
      sortField: 'title',
      render: (_, c) => <Link to={c.id}>{c.title}</Link>,
    },
    { key: 'type', title: t('items.type'), render: (_, c) => t(`type.${c.type}`) },
    {
      key: 'author',
      title: t('items.author'),
      render: (_, c) => (
        <span>
          {localized(c.authorName)}{' '}
          <Typography.Text type="secondary">· {t(`authorType.${c.authorType}`)}</Typography.Text>
        </span>
      ),
    },
    { key: 'status', title: t('items.status'), render: (_, c) => <ContentStatusTag status={c.status} /> },
    { key: 'hits', title: t('library.hits'), render: (_, c) => <HitCounts counts={c.hitCounts} /> },
    {
      key: 'versionNo',
      title: t('items.versionNo'),
      align: 'right',
      render: (_, c) => t('items.versionValue', { n: c.currentVersionNo }),
    },
    {
      key: 'live',
      title: t('library.liveVersion'),
      align: 'right',
      render: (_, c) =>
        isLive(c) && c.publishedVersionNo !== undefined ? (
          t('items.versionValue', { n: c.publishedVersionNo })
        ) : (
          <Typography.Text type="secondary">{t('library.notLive')}</Typography.Text>
        ),
    },
    {
      key: 'submittedAt',
      title: t('items.submittedAt'),
      sortField: 'submittedAt',
      render: (_, c) => format.dateTime(c.submittedAt),
    },
    {
      key: 'updatedAt',
      title: t('items.updatedAt'),
      sortField: 'updatedAt',
      render: (_, c) => format.dateTime(c.updatedAt),
    },
    ...(canTakedown
      ? [
          {
            key: 'actions',
            title: t('library.actions'),
            render: (_: unknown, c: ContentItem) =>
              isLive(c) ? (
                <Button
                  size="small"
                  autoInsertSpace={false}
                  danger
                  aria-label={t('takedown.actionFor', { title: c.title })}
                  onClick={(e) => {
                    // The row opens the item; the button only opens the dialog.
                    e.stopPropagation();
                    setTakingDown(c);
                  }}
                >
                  {t('takedown.action')}
                </Button>
              ) : null,
          },
        ]
      : []),
  ];

  const yes = [{ value: 'true', label: t('list.yes', { ns: 'common' }) }];

  return (
    <PageContainer title={t('nav.items')} subtitle={<SessionNote />}>
      <ContentNav />
      <ListToolbar
        search={{ label: t('items.search'), value: params.q, width: 240 }}
        onSearch={(q) => update({ q })}
        onFilter={(key, value) => update({ filters: { [key]: value } })}
        filters={[
          {
            key: 'status',
            label: t('items.filterStatus'),
            placeholder: t('items.allStatuses'),
            value: params.filters.status,
            options: CONTENT_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
            width: 160,
          },
          {
            key: 'type',
            label: t('items.filterType'),
            placeholder: t('items.allTypes'),
            value: params.filters.type,
            options: CONTENT_TYPES.map((v) => ({ value: v, label: t(`type.${v}`) })),
            width: 140,
          },
          {
            key: 'authorType',
            label: t('items.filterAuthorType'),
            placeholder: t('items.allAuthorTypes'),
            value: params.filters.authorType,
            options: AUTHOR_TYPES.map((v) => ({ value: v, label: t(`authorType.${v}`) })),
            width: 140,
          },
          {
            key: 'stage',
            label: t('library.filterStage'),
            placeholder: t('library.allStages'),
            value: params.filters.stage,
            options: REVIEW_STAGES.map((s) => ({ value: s, label: t(`library.stage.${s}`) })),
            width: 140,
          },
          {
            key: 'hits',
            label: t('library.filterHits'),
            placeholder: t('library.anyHits'),
            value: params.filters.hits,
            options: RULE_SEVERITIES.map((s) => ({ value: s, label: t(`rules.severity.${s}`) })),
            width: 140,
          },
          {
            key: 'overdue',
            label: t('library.filterOverdue'),
            placeholder: t('library.any'),
            value: params.filters.overdue,
            options: yes,
            width: 120,
          },
          {
            key: 'live',
            label: t('library.filterLive'),
            placeholder: t('library.any'),
            value: params.filters.live,
            options: yes,
            width: 120,
          },
        ]}
      />
      <DataTable<ContentItem>
        label={t('items.label')}
        columns={columns}
        rowKey="id"
        data={items.data}
        loading={items.isFetching}
        error={items.error}
        onRetry={() => void items.refetch()}
        sort={params.sort}
        onChange={update}
        filtered={Boolean(params.q) || Object.values(params.filters).some(Boolean)}
        onRowClick={(c) => navigate(c.id)}
      />
      {takingDown && <TakedownDialog item={takingDown} onClose={() => setTakingDown(null)} />}
    </PageContainer>
  );
}
