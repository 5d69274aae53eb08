import { useNavigate, useParams } from 'react-router';
import { isApiError } from '@careops/api';
import { useAuth } from '@careops/auth';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  ErrorState,
  Flex,
  LoadingState,
  NotFoundState,
  PageContainer,
  Tag,
  Typography,
} from '@careops/design-system';
import { useFormat, useLocalized, useTranslation } from '@careops/i18n';
import { useCase } from '../../api/cases';
import { CaseDue, isAwaitingModerator } from '../../components/case-due';
import { CasePriorityTag } from '../../components/case-priority-tag';
import { CaseStatusTag } from '../../components/case-status-tag';

export function CaseDetailPage() {
  const { caseId = '' } = useParams();
  const { t } = useTranslation('community');
  const localized = useLocalized();
  const format = useFormat();
  const navigate = useNavigate();
  const { user } = useAuth();
  const moderation = useCase(caseId);
  const back = <Button onClick={() => navigate('..', { relative: 'path' })}>{t('detail.back')}</Button>;

  if (moderation.isPending) return <LoadingState />;
  // Missing and out-of-scope records look the same (the API answers 404 for both).
  if (isApiError(moderation.error, 'NOT_FOUND')) return <NotFoundState extra={back} />;
  if (moderation.error) {
    return <ErrorState error={moderation.error} onRetry={() => void moderation.refetch()} extra={back} />;
  }

  const c = moderation.data;
  const assignee = !c.assigneeId
    ? t('detail.unassigned')
    : c.assigneeId === user?.id
      ? t('detail.assignedToMe')
      : c.assigneeId;
  return (
    <PageContainer
      title={t('detail.title', { id: c.id })}
      subtitle={
        <Flex gap={4} wrap>
          <CaseStatusTag status={c.status} />
          <CasePriorityTag priority={c.priority} />
        </Flex>
      }
      extra={back}
    >
      {/* A crisis prompt only helps while someone still has to act on the case. */}
      {c.reasons.includes('self_harm') && isAwaitingModerator(c.status) && (
        <Alert type="error" showIcon title={t('detail.selfHarmNotice')} />
      )}
      <Card>
        <Descriptions
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'circle', label: t('cases.circle'), children: localized(c.circleName) },
            { key: 'user', label: t('cases.user'), children: c.userNickname },
            {
              key: 'reasons',
              label: t('cases.reasons'),
              children: (
                <Flex gap={4} wrap>
                  {c.reasons.map((r) => (
                    <Tag key={r}>{t(`reason.${r}`)}</Tag>
                  ))}
                </Flex>
              ),
            },
            { key: 'reportCount', label: t('cases.reportCount'), children: format.number(c.reportCount) },
            { key: 'assignee', label: t('detail.assignee'), children: assignee },
            { key: 'createdAt', label: t('cases.createdAt'), children: format.dateTime(c.createdAt) },
            {
              key: 'dueAt',
              label: t('cases.dueAt'),
              children: <CaseDue dueAt={c.dueAt} status={c.status} />,
            },
          ]}
        />
      </Card>
      <Card
        title={
          <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
            {t('detail.content')}
          </Typography.Title>
        }
      >
        {/* User-written text: a text child, line breaks kept, never parsed as HTML. */}
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{c.excerpt}</Typography.Paragraph>
      </Card>
    </PageContainer>
  );
}
