import { useNavigate, useParams } from '@careops/router';
import { RecordView } from '@careops/app-kit';
import { useCanSee } from '@careops/auth';
import { Button, Card, Flex, PageContainer, Tag } from '@careops/design-system';
import { Descriptions } from '@careops/design-system/table';
import { useFormat, useLocalized, useTranslation } from '@careops/i18n';
import { useDepartments, useDoctor } from '../../api/doctors';
import { DoctorStatusTag } from '../../components/doctor-status-tag';
import { LicenseExpiry } from '../../components/license-expiry';
import { DoctorScorecard } from '../../components/doctor-scorecard';
import { DoctorsNav } from '../../components/doctors-nav';

export function DoctorDetailPage() {
  const { doctorId = '' } = useParams();
  const { t } = useTranslation('doctors');
  const localized = useLocalized();
  const format = useFormat();
  const navigate = useNavigate();
  const doctor = useDoctor(doctorId);
  const departments = useDepartments();
  const canSeeSla = useCanSee('sla.view');
  const back = <Button onClick={() => navigate('..', { relative: 'path' })}>{t('detail.back')}</Button>;

  const departmentName = (id: string) => {
    const department = departments.data?.items.find((dep) => dep.id === id);
    return department ? localized(department.name) : id;
  };
  const yesNo = (value: boolean) =>
    value ? t('list.yes', { ns: 'common' }) : t('list.no', { ns: 'common' });

  return (
    <RecordView query={doctor} back={back}>
      {(d) => (
        <PageContainer
          title={t('detail.title', { name: localized(d.name) })}
          subtitle={<DoctorStatusTag status={d.status} />}
          extra={back}
        >
          <DoctorsNav />
          <Card>
            <Descriptions
              column={{ xs: 1, md: 2 }}
              items={[
                { key: 'id', label: t('detail.id'), children: d.id },
                { key: 'title', label: t('doctors.title'), children: t(`doctorTitle.${d.title}`) },
                {
                  key: 'departments',
                  label: t('doctors.departments'),
                  children: (
                    <Flex gap={4} wrap>
                      {d.departmentIds.map((id) => (
                        <Tag key={id}>{departmentName(id)}</Tag>
                      ))}
                    </Flex>
                  ),
                },
                {
                  key: 'employment',
                  label: t('doctors.employment'),
                  children: t(`employment.${d.employment}`),
                },
                {
                  key: 'institution',
                  label: t('detail.primaryInstitution'),
                  children: localized(d.primaryInstitution),
                },
                { key: 'licenseNo', label: t('doctors.licenseNo'), children: d.licenseNo },
                {
                  key: 'licenseExpiry',
                  label: t('doctors.licenseExpiry'),
                  children: <LicenseExpiry expiry={d.licenseExpiry} />,
                },
                { key: 'multiSite', label: t('detail.multiSiteFiled'), children: yesNo(d.multiSiteFiled) },
                {
                  key: 'realName',
                  label: t('detail.realNameVerifiedAt'),
                  children: format.dateTime(d.realNameVerifiedAt),
                },
                {
                  key: 'serviceTypes',
                  label: t('detail.serviceTypes'),
                  children: (
                    <Flex gap={4} wrap>
                      {d.serviceTypes.map((s) => (
                        <Tag key={s}>{t(`serviceType.${s}`)}</Tag>
                      ))}
                    </Flex>
                  ),
                },
                {
                  key: 'maxConcurrent',
                  label: t('detail.maxConcurrent'),
                  children: t('detail.maxConcurrentValue', { count: d.maxConcurrent }),
                },
                { key: 'rating', label: t('doctors.rating'), children: d.ratingAvg.toFixed(1) },
              ]}
            />
          </Card>
          {canSeeSla && <DoctorScorecard doctor={d} />}
        </PageContainer>
      )}
    </RecordView>
  );
}
