import { Link, useNavigate } from '@careops/router';
import { useListParams } from '@careops/api';
import { SessionNote } from '@careops/app-kit';
import { PageContainer, Typography } from '@careops/design-system';
import { DataTable, ListToolbar, type DataTableColumn } from '@careops/design-system/table';
import { AUTHOR_TYPES, CONTENT_STATUSES, CONTENT_TYPES, type ContentItem } from '@careops/domain/content';
import { useFormat, useLocalized, useTranslation } from '@careops/i18n';
import { useContentItems } from '../../api/items';
import { ContentStatusTag } from '../../components/content-status-tag';

const FILTERS = ['status', 'type', 'authorType'] as const;

export function ContentListPage() {
  const { t } = useTranslation('content');
  const localized = useLocalized();
  const format = useFormat();
  const navigate = useNavigate();
  const { params, query, update } = useListParams({ filters: FILTERS, defaultSort: 'submittedAt:desc' });
  const items = useContentItems(query);

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
    { key: 'purpose', title: t('items.purpose'), render: (_, c) => t(`purpose.${c.purpose}`) },
    { key: 'status', title: t('items.status'), render: (_, c) => <ContentStatusTag status={c.status} /> },
    {
      key: 'versionNo',
      title: t('items.versionNo'),
      align: 'right',
      render: (_, c) => t('items.versionValue', { n: c.currentVersionNo }),
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
  ];

  return (
    <PageContainer title={t('title')} subtitle={<SessionNote />}>
      <ListToolbar
        search={{ label: t('items.search'), value: params.q, width: 260 }}
        onSearch={(q) => update({ q })}
        onFilter={(key, value) => update({ filters: { [key]: value } })}
        filters={[
          {
            key: 'status',
            label: t('items.filterStatus'),
            placeholder: t('items.allStatuses'),
            value: params.filters.status,
            options: CONTENT_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
            width: 180,
          },
          {
            key: 'type',
            label: t('items.filterType'),
            placeholder: t('items.allTypes'),
            value: params.filters.type,
            options: CONTENT_TYPES.map((v) => ({ value: v, label: t(`type.${v}`) })),
            width: 150,
          },
          {
            key: 'authorType',
            label: t('items.filterAuthorType'),
            placeholder: t('items.allAuthorTypes'),
            value: params.filters.authorType,
            options: AUTHOR_TYPES.map((v) => ({ value: v, label: t(`authorType.${v}`) })),
            width: 160,
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
    </PageContainer>
  );
}
