import { Link, useNavigate } from '@careops/router';
import { useListParams } from '@careops/api';
import { SessionNote } from '@careops/app-kit';
import { Flex, PageContainer, Tag } from '@careops/design-system';
import { DataTable, ListToolbar, type DataTableColumn } from '@careops/design-system/table';
import {
  CASE_PRIORITIES,
  CASE_STATUSES,
  REPORT_REASONS,
  type ModerationCase,
} from '@careops/domain/community';
import { useFormat, useLocalized, useTranslation } from '@careops/i18n';
import { caseListOptions, useCases } from '../../api/cases';
import { CaseDue } from '../../components/case-due';
import { CasePriorityTag } from '../../components/case-priority-tag';
import { CaseStatusTag } from '../../components/case-status-tag';

export function CaseListPage() {
  const { t } = useTranslation('community');
  const localized = useLocalized();
  const format = useFormat();
  const navigate = useNavigate();
  const { params, query, update } = useListParams(caseListOptions);
  const cases = useCases(query);

  // Nicknames and excerpts are user-written: rendered as React text children only, never as HTML.
  const columns: DataTableColumn<ModerationCase>[] = [
    { key: 'id', title: t('cases.id'), render: (_, c) => <Link to={c.id}>{c.id}</Link> },
    {
      key: 'priority',
      title: t('cases.priority'),
      sortField: 'priority',
      render: (_, c) => <CasePriorityTag priority={c.priority} />,
    },
    { key: 'circle', title: t('cases.circle'), render: (_, c) => localized(c.circleName) },
    { key: 'user', title: t('cases.user'), render: (_, c) => c.userNickname },
    {
      key: 'excerpt',
      title: t('cases.excerpt'),
      render: (_, c) => (
        <span
          title={c.excerpt}
          style={{
            display: 'inline-block',
            maxWidth: 200,
            overflow: 'hidden',
            textOverflow: 'ellipsis',
            whiteSpace: 'nowrap',
            verticalAlign: 'bottom',
          }}
        >
          {c.excerpt}
        </span>
      ),
    },
    {
      key: 'reasons',
      title: t('cases.reasons'),
      render: (_, c) => (
        <Flex gap={4} wrap>
          {c.reasons.map((r) => (
            <Tag key={r}>{t(`reason.${r}`)}</Tag>
          ))}
        </Flex>
      ),
    },
    {
      key: 'reportCount',
      title: t('cases.reportCount'),
      sortField: 'reportCount',
      align: 'right',
      render: (_, c) => format.number(c.reportCount),
    },
    { key: 'status', title: t('cases.status'), render: (_, c) => <CaseStatusTag status={c.status} /> },
    {
      key: 'dueAt',
      title: t('cases.dueAt'),
      sortField: 'dueAt',
      render: (_, c) => <CaseDue dueAt={c.dueAt} status={c.status} />,
    },
    {
      key: 'createdAt',
      title: t('cases.createdAt'),
      sortField: 'createdAt',
      render: (_, c) => format.dateTime(c.createdAt),
    },
  ];

  return (
    <PageContainer title={t('title')} subtitle={<SessionNote />}>
      <ListToolbar
        search={{ label: t('cases.search'), value: params.q, width: 260 }}
        onSearch={(q) => update({ q })}
        onFilter={(key, value) => update({ filters: { [key]: value } })}
        filters={[
          {
            key: 'status',
            label: t('cases.filterStatus'),
            placeholder: t('cases.allStatuses'),
            value: params.filters.status,
            options: CASE_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
            width: 150,
          },
          {
            key: 'priority',
            label: t('cases.filterPriority'),
            placeholder: t('cases.allPriorities'),
            value: params.filters.priority,
            options: CASE_PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) })),
            width: 150,
          },
          {
            key: 'reason',
            label: t('cases.filterReason'),
            placeholder: t('cases.allReasons'),
            value: params.filters.reason,
            options: REPORT_REASONS.map((r) => ({ value: r, label: t(`reason.${r}`) })),
            width: 180,
          },
        ]}
      />
      <DataTable<ModerationCase>
        label={t('cases.label')}
        columns={columns}
        rowKey="id"
        data={cases.data}
        loading={cases.isFetching}
        error={cases.error}
        onRetry={() => void cases.refetch()}
        sort={params.sort}
        onChange={update}
        filtered={Boolean(params.q) || Object.values(params.filters).some(Boolean)}
        onRowClick={(c) => navigate(c.id)}
      />
    </PageContainer>
  );
}
