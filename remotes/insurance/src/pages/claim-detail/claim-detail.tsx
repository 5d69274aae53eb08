import { useNavigate, useParams } from '@careops/router';
import { RecordView } from '@careops/app-kit';
import { Button, Card, MaskedText, PageContainer, Typography } from '@careops/design-system';
import { Descriptions } from '@careops/design-system/table';
import { useFormat, useTranslation } from '@careops/i18n';
import { useClaim } from '../../api/claims';
import { ClaimStatusTag } from '../../components/claim-status-tag';
import { DecisionDue } from '../../components/decision-due';

export function ClaimDetailPage() {
  const { claimId = '' } = useParams();
  const { t } = useTranslation('insurance');
  const format = useFormat();
  const navigate = useNavigate();
  const claim = useClaim(claimId);
  const back = <Button onClick={() => navigate('..', { relative: 'path' })}>{t('detail.back')}</Button>;

  return (
    <RecordView query={claim} back={back}>
      {(c) => (
        <PageContainer
          title={t('detail.title', { claimNo: c.claimNo })}
          subtitle={<ClaimStatusTag status={c.status} />}
          extra={back}
        >
          <Card>
            <Descriptions
              column={{ xs: 1, md: 2 }}
              items={[
                { key: 'claimNo', label: t('claims.claimNo'), children: c.claimNo },
                { key: 'policy', label: t('detail.policyId'), children: c.policyId },
                { key: 'member', label: t('claims.member'), children: <MaskedText value={c.memberName} /> },
                { key: 'memberId', label: t('detail.memberId'), children: c.memberId },
                { key: 'birthYear', label: t('claims.birthYear'), children: c.memberBirthYear },
                { key: 'icd10', label: t('claims.icd10'), children: c.icd10 },
                { key: 'mode', label: t('claims.mode'), children: t(`mode.${c.mode}`) },
                { key: 'source', label: t('detail.source'), children: t(`source.${c.source}`) },
                ...(c.sourceRefId
                  ? [{ key: 'sourceRef', label: t('detail.sourceRefId'), children: c.sourceRefId }]
                  : []),
                { key: 'reportedAt', label: t('claims.reportedAt'), children: format.dateTime(c.reportedAt) },
                {
                  key: 'decisionDueAt',
                  label: t('claims.decisionDueAt'),
                  children: <DecisionDue dueAt={c.decisionDueAt} status={c.status} />,
                },
              ]}
            />
          </Card>
          <Card
            title={
              <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
                {t('detail.amounts')}
              </Typography.Title>
            }
          >
            <Descriptions
              column={1}
              items={[
                { key: 'billed', label: t('claims.billed'), children: format.money(c.amounts.billed) },
                { key: 'eligible', label: t('detail.eligible'), children: format.money(c.amounts.eligible) },
                {
                  key: 'deductible',
                  label: t('detail.deductible'),
                  children: format.money(c.amounts.deductible),
                },
                {
                  key: 'approved',
                  label: t('detail.approved'),
                  children:
                    c.amounts.approved === undefined ? t('detail.notYet') : format.money(c.amounts.approved),
                },
                {
                  key: 'paid',
                  label: t('detail.paid'),
                  children:
                    c.amounts.paid === undefined ? (
                      t('detail.notYet')
                    ) : (
                      <strong>{format.money(c.amounts.paid)}</strong>
                    ),
                },
              ]}
            />
          </Card>
        </PageContainer>
      )}
    </RecordView>
  );
}
