import { Link, useNavigate } from '@careops/router';
import { useListParams } from '@careops/api';
import { SessionNote } from '@careops/app-kit';
import { MaskedText, PageContainer } from '@careops/design-system';
import { DataTable, ListToolbar, type DataTableColumn } from '@careops/design-system/table';
import { CLAIM_MODES, CLAIM_STATUSES, type Claim } from '@careops/domain/insurance';
import { useFormat, useTranslation } from '@careops/i18n';
import { claimListOptions, useClaims } from '../../api/claims';
import { ClaimStatusTag } from '../../components/claim-status-tag';
import { DecisionDue } from '../../components/decision-due';

export function ClaimListPage() {
  const { t } = useTranslation('insurance');
  const format = useFormat();
  const navigate = useNavigate();
  const { params, query, update } = useListParams(claimListOptions);
  const claims = useClaims(query);

  const columns: DataTableColumn<Claim>[] = [
    {
      key: 'claimNo',
      title: t('claims.claimNo'),
      sortField: 'claimNo',
      render: (_, c) => <Link to={c.id}>{c.claimNo}</Link>,
    },
    { key: 'member', title: t('claims.member'), render: (_, c) => <MaskedText value={c.memberName} /> },
    { key: 'birthYear', title: t('claims.birthYear'), render: (_, c) => c.memberBirthYear },
    { key: 'icd10', title: t('claims.icd10'), render: (_, c) => c.icd10 },
    { key: 'mode', title: t('claims.mode'), render: (_, c) => t(`mode.${c.mode}`) },
    {
      key: 'billed',
      title: t('claims.billed'),
      sortField: 'billed',
      align: 'right',
      render: (_, c) => format.money(c.amounts.billed),
    },
    { key: 'status', title: t('claims.status'), render: (_, c) => <ClaimStatusTag status={c.status} /> },
    {
      key: 'reportedAt',
      title: t('claims.reportedAt'),
      sortField: 'reportedAt',
      render: (_, c) => format.dateTime(c.reportedAt),
    },
    {
      key: 'decisionDueAt',
      title: t('claims.decisionDueAt'),
      sortField: 'decisionDueAt',
      render: (_, c) => <DecisionDue dueAt={c.decisionDueAt} status={c.status} />,
    },
  ];

  return (
    <PageContainer title={t('title')} subtitle={<SessionNote />}>
      <ListToolbar
        search={{ label: t('claims.search'), value: params.q }}
        onSearch={(q) => update({ q })}
        onFilter={(key, value) => update({ filters: { [key]: value } })}
        filters={[
          {
            key: 'status',
            label: t('claims.filterStatus'),
            placeholder: t('claims.allStatuses'),
            value: params.filters.status,
            options: CLAIM_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
            width: 180,
          },
          {
            key: 'mode',
            label: t('claims.filterMode'),
            placeholder: t('claims.allModes'),
            value: params.filters.mode,
            options: CLAIM_MODES.map((m) => ({ value: m, label: t(`mode.${m}`) })),
            width: 160,
          },
        ]}
      />
      <DataTable<Claim>
        label={t('claims.label')}
        columns={columns}
        rowKey="id"
        data={claims.data}
        loading={claims.isFetching}
        error={claims.error}
        onRetry={() => void claims.refetch()}
        sort={params.sort}
        onChange={update}
        filtered={Boolean(params.q) || Object.values(params.filters).some(Boolean)}
        onRowClick={(c) => navigate(c.id)}
      />
    </PageContainer>
  );
}
