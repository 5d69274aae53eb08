import { Link, useNavigate } from '@careops/router';
import { useListParams } from '@careops/api';
import { SessionNote } from '@careops/app-kit';
import { Flex, PageContainer, StatusTag, Tag } from '@careops/design-system';
import { DataTable, ListToolbar, type DataTableColumn } from '@careops/design-system/table';
import { DOCTOR_FLAG_TYPES, DOCTOR_STATUSES, DOCTOR_TITLES, type Doctor } from '@careops/domain/doctors';
import { useLocalized, useTranslation } from '@careops/i18n';
import { useDepartments, useDoctors } from '../../api/doctors';
import { DoctorStatusTag } from '../../components/doctor-status-tag';
import { LicenseExpiry } from '../../components/license-expiry';
import { DoctorsNav } from '../../components/doctors-nav';

const FILTERS = ['status', 'title', 'departmentId', 'flag'] as const;

export function DoctorListPage() {
  const { t } = useTranslation('doctors');
  const localized = useLocalized();
  const navigate = useNavigate();
  const { params, query, update } = useListParams({ filters: FILTERS, defaultSort: 'name:asc' });
  const doctors = useDoctors(query);
  const departments = useDepartments();
  const departmentName = (id: string) => {
    const department = departments.data?.items.find((d) => d.id === id);
    return department ? localized(department.name) : id;
  };

  const columns: DataTableColumn<Doctor>[] = [
    {
      key: 'name',
      title: t('doctors.name'),
      sortField: 'name',
      render: (_, d) => <Link to={d.id}>{localized(d.name)}</Link>,
    },
    {
      key: 'title',
      title: t('doctors.title'),
      sortField: 'title',
      render: (_, d) => t(`doctorTitle.${d.title}`),
    },
    {
      key: 'departments',
      title: t('doctors.departments'),
      render: (_, d) => (
        <Flex gap={4} wrap>
          {d.departmentIds.map((id) => (
            <Tag key={id}>{departmentName(id)}</Tag>
          ))}
        </Flex>
      ),
    },
    {
      key: 'status',
      title: t('doctors.status'),
      render: (_, d) => (
        <Flex gap={4} wrap>
          <DoctorStatusTag status={d.status} />
          {/* §1.4 DOCTOR_WEEKLY: breach weeks in a row put the doctor at SLA risk. */}
          {(d.flags ?? []).some((f) => f.type === 'sla_risk' && !f.resolvedAt) && (
            <StatusTag tone="error">{t('flagType.sla_risk')}</StatusTag>
          )}
        </Flex>
      ),
    },
    {
      key: 'rating',
      title: t('doctors.rating'),
      sortField: 'ratingAvg',
      align: 'right',
      render: (_, d) => d.ratingAvg.toFixed(1),
    },
    {
      key: 'licenseExpiry',
      title: t('doctors.licenseExpiry'),
      sortField: 'licenseExpiry',
      render: (_, d) => <LicenseExpiry expiry={d.licenseExpiry} />,
    },
    { key: 'employment', title: t('doctors.employment'), render: (_, d) => t(`employment.${d.employment}`) },
  ];

  return (
    <PageContainer title={t('title')} subtitle={<SessionNote />}>
      <DoctorsNav />
      <ListToolbar
        search={{ label: t('doctors.search'), value: params.q, width: 260 }}
        onSearch={(q) => update({ q })}
        onFilter={(key, value) => update({ filters: { [key]: value } })}
        filters={[
          {
            key: 'status',
            label: t('doctors.filterStatus'),
            placeholder: t('doctors.allStatuses'),
            value: params.filters.status,
            options: DOCTOR_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
            width: 160,
          },
          {
            key: 'title',
            label: t('doctors.filterTitle'),
            placeholder: t('doctors.allTitles'),
            value: params.filters.title,
            options: DOCTOR_TITLES.map((s) => ({ value: s, label: t(`doctorTitle.${s}`) })),
            width: 160,
          },
          {
            key: 'departmentId',
            label: t('doctors.filterDepartment'),
            placeholder: t('doctors.allDepartments'),
            value: params.filters.departmentId,
            options: departments.data?.items.map((d) => ({ value: d.id, label: localized(d.name) })),
            loading: departments.isLoading,
            searchable: true,
            width: 180,
          },
          {
            key: 'flag',
            label: t('doctors.filterFlag'),
            placeholder: t('doctors.allFlags'),
            value: params.filters.flag,
            options: DOCTOR_FLAG_TYPES.map((f) => ({ value: f, label: t(`flagType.${f}`) })),
            width: 160,
          },
        ]}
      />
      <DataTable<Doctor>
        label={t('doctors.label')}
        columns={columns}
        rowKey="id"
        data={doctors.data}
        loading={doctors.isFetching}
        error={doctors.error}
        onRetry={() => void doctors.refetch()}
        sort={params.sort}
        onChange={update}
        filtered={Boolean(params.q) || Object.values(params.filters).some(Boolean)}
        onRowClick={(d) => navigate(d.id)}
      />
    </PageContainer>
  );
}
