import { useNavigate, useParams } from '@careops/router';
import { RecordView } from '@careops/app-kit';
import { useAuth } from '@careops/auth';
import { Alert, Button, Card, Flex, PageContainer, Tag, Typography } from '@careops/design-system';
import { Descriptions } from '@careops/design-system/table';
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

  const assigneeName = (assigneeId: string | undefined) =>
    !assigneeId ? t('detail.unassigned') : assigneeId === user?.id ? t('detail.assignedToMe') : assigneeId;

  return (
    <RecordView query={moderation} back={back}>
      {(c) => (
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
                { key: 'assignee', label: t('detail.assignee'), children: assigneeName(c.assigneeId) },
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
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
              {c.excerpt}
            </Typography.Paragraph>
          </Card>
        </PageContainer>
      )}
    </RecordView>
  );
}
