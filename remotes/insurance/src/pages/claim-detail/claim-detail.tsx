import { useNavigate, useParams } from 'react-router';
import { isApiError } from '@careops/api';
import {
  Button,
  Card,
  Descriptions,
  ErrorState,
  LoadingState,
  MaskedText,
  NotFoundState,
  PageContainer,
  Typography,
} from '@careops/design-system';
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

  if (claim.isPending) return <LoadingState />;
  // Missing and other insurers' claims look the same (the API answers 404 for both).
  if (isApiError(claim.error, 'NOT_FOUND')) return <NotFoundState extra={back} />;
  if (claim.error)
    return <ErrorState error={claim.error} onRetry={() => void claim.refetch()} extra={back} />;

  const c = claim.data;
  const { amounts } = c;
  return (
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
            { key: 'billed', label: t('claims.billed'), children: format.money(amounts.billed) },
            { key: 'eligible', label: t('detail.eligible'), children: format.money(amounts.eligible) },
            { key: 'deductible', label: t('detail.deductible'), children: format.money(amounts.deductible) },
            {
              key: 'approved',
              label: t('detail.approved'),
              children: amounts.approved === undefined ? t('detail.notYet') : format.money(amounts.approved),
            },
            {
              key: 'paid',
              label: t('detail.paid'),
              children:
                amounts.paid === undefined ? (
                  t('detail.notYet')
                ) : (
                  <strong>{format.money(amounts.paid)}</strong>
                ),
            },
          ]}
        />
      </Card>
    </PageContainer>
  );
}
