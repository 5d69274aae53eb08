import { useMemo, useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from '@careops/router';
import { isApiError } from '@careops/api';
import { useAuth } from '@careops/auth';
import {
  Alert,
  App,
  Button,
  Card,
  ErrorState,
  Flex,
  ForbiddenState,
  LoadingState,
  NotFoundState,
  PageContainer,
  Typography,
  useToken,
} from '@careops/design-system';
import { Descriptions } from '@careops/design-system/table';
import {
  screenedText,
  type ContentItem,
  type ContentVersion,
  type ReviewTaskRow,
} from '@careops/domain/content';
import { useFormat, useLocalized, useTranslation } from '@careops/i18n';
import { claimHolder, refusalReason, useClaimTask, useReleaseTask, useReviewTask } from '../../api/tasks';
import { useContentDetail, useContentVersion } from '../../api/versions';
import { ContentNav } from '../../components/content-nav';
import { ContentStatusTag } from '../../components/content-status-tag';
import { DecisionForm } from '../../components/decision-form';
import { DueChip } from '../../components/due-chip';
import { HighlightedText } from '../../components/highlighted-text';
import { refusalText } from '../../components/refusal';
import { RulePanel } from '../../components/rule-panel';
import { useRuleNames } from '../../components/rule-names';
import { VersionCompare } from '../../components/version-compare';

/**
 * The review workspace (DOMAIN.md §4.5 2): the version's text with its hits, the rule panel, a
 * diff between any two versions, the item's context and, for the reviewer holding the task, the
 * decision form. Everyone else sees the same without the form, and why. The route needs only the
 * task id: the task is read first, then its item (an old `?item=` in the link is ignored).
 */
export function ReviewWorkspacePage() {
  const { t } = useTranslation('content');
  const { taskId = '' } = useParams();
  const task = useReviewTask(taskId);
  const itemId = task.data?.contentId ?? '';
  const detail = useContentDetail(itemId);
  const version = useContentVersion(itemId, task.data?.versionNo);

  const title = t('nav.review');
  const error = task.error ?? detail.error ?? version.error;
  if (isApiError(error, 'FORBIDDEN')) return <ForbiddenState />;
  if (isApiError(task.error, 'NOT_FOUND'))
    return <NotFoundState description={t('workspace.noTask')} extra={<BackToQueue />} />;
  if (isApiError(error, 'NOT_FOUND')) return <NotFoundState extra={<BackToQueue />} />;
  if (error)
    return (
      <PageContainer title={title}>
        <ContentNav />
        <ErrorState
          error={error}
          onRetry={() => {
            void task.refetch();
            void detail.refetch();
            void version.refetch();
          }}
        />
      </PageContainer>
    );
  if (!task.data || !detail.data || !version.data) return <LoadingState />;
  return (
    <Workspace
      item={detail.data.item}
      task={task.data}
      version={version.data}
      versionNos={detail.data.versions.map((v) => v.versionNo)}
    />
  );
}

function BackToQueue() {
  const { t } = useTranslation('content');
  return <Link to="../queue">{t('workspace.back')}</Link>;
}

interface WorkspaceProps {
  item: ContentItem;
  /** The task as the server reads it to the caller: whether they may decide it, and if not why. */
  task: ReviewTaskRow;
  version: ContentVersion;
  versionNos: number[];
}

function Workspace({ item, task, version, versionNos }: WorkspaceProps) {
  const { t } = useTranslation('content');
  const localized = useLocalized();
  const format = useFormat();
  const token = useToken();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { user } = useAuth();
  const ruleNames = useRuleNames();
  const claim = useClaimTask();
  const release = useReleaseTask();
  const [focus, setFocus] = useState<{ index: number; seq: number }>();
  const [notice, setNotice] = useState<string>();
  const text = useMemo(() => screenedText(version), [version]);
  const ruleIds = useMemo(() => [...new Set(version.ruleHits.map((h) => h.ruleId))], [version]);

  const mine = task.status === 'open' && task.claimedBy !== undefined && task.claimedBy === user?.id;
  const canDecide = task.canDecide || mine;
  // The server decides and says why not as a code; the UI words it in its own language.
  const holderName = task.claimedByName ? localized(task.claimedByName) : task.claimedBy;
  let why: string | undefined;
  if (task.status !== 'open') why = t(`decision.taskStatus.${task.status}`);
  else if (!mine && task.refusalCode) why = refusalText(t, task.refusalCode, task.stage, holderName);
  // Someone else's claim stays claimable: the server answers with who holds it.
  const claimable = task.status === 'open' && (canDecide || task.refusalCode === 'CLAIMED_BY_OTHER');

  const onClaim = () => {
    setNotice(undefined);
    claim.mutate(task, {
      onError: (error) => {
        const holder = claimHolder(error);
        const reason = refusalReason(error);
        if (holder)
          setNotice(t('queue.claimedByOther', { name: holder.name ? localized(holder.name) : holder.id }));
        else if (reason) setNotice(refusalText(t, reason, task.stage));
        else setNotice(t('queue.changed'));
      },
    });
  };
  const onRelease = () => {
    setNotice(undefined);
    release.mutate(task, {
      onSuccess: () => void message.success(t('queue.released')),
      onError: () => setNotice(t('queue.changed')),
    });
  };

  const context: { key: string; label: string; children: ReactNode }[] = [
    { key: 'type', label: t('workspace.type'), children: t(`type.${item.type}`) },
    { key: 'purpose', label: t('workspace.purpose'), children: t(`purpose.${item.purpose}`) },
    { key: 'audience', label: t('workspace.audience'), children: t(`audience.${item.audience}`) },
    {
      key: 'author',
      label: t('workspace.author'),
      children: `${localized(item.authorName)} · ${t(`authorType.${item.authorType}`)}`,
    },
    {
      key: 'products',
      label: t('workspace.products'),
      children: item.products.length
        ? item.products
            .map((p) =>
              [
                p.name ?? p.skuId,
                t(`workspace.category.${p.category}`),
                p.adApprovalNo ?? t('workspace.noApproval'),
              ].join(' · '),
            )
            .join('；')
        : t('workspace.none'),
    },
    {
      key: 'commerce',
      label: t('workspace.commerce'),
      children: item.hasCommerceLink ? t('workspace.yes') : t('workspace.no'),
    },
    {
      key: 'live',
      label: t('workspace.liveStart'),
      children: item.liveStartAt ? format.dateTime(item.liveStartAt) : t('workspace.none'),
    },
    { key: 'status', label: t('workspace.status'), children: <ContentStatusTag status={item.status} /> },
    {
      key: 'live-version',
      label: t('workspace.liveVersion'),
      children: item.publishedVersionNo ? `v${item.publishedVersionNo}` : t('workspace.none'),
    },
  ];

  const decided = task.status === 'decided' && task.decision;

  return (
    <PageContainer
      // The title is author-written: a text child, never markup.
      title={item.title}
      subtitle={t('workspace.subtitle', {
        stage: t(`queue.stages.${task.stage}`),
        version: task.versionNo,
        due: format.dateTime(task.dueAt),
      })}
      extra={
        <>
          <DueChip state={task.dueState} />
          {mine && (
            <Button autoInsertSpace={false} onClick={onRelease} loading={release.isPending}>
              {t('queue.release')}
            </Button>
          )}
          {!mine && claimable && (
            <Button autoInsertSpace={false} type="primary" onClick={onClaim} loading={claim.isPending}>
              {t('queue.claim')}
            </Button>
          )}
        </>
      }
    >
      <ContentNav />
      <Flex gap={8} wrap>
        <Link to="../queue">{t('workspace.back')}</Link>
        <span aria-hidden>·</span>
        <Link to={`../items/${encodeURIComponent(item.id)}`}>{t('workspace.itemDetail')}</Link>
      </Flex>
      {notice && <Alert type="warning" showIcon role="alert" title={notice} />}
      {mine ? (
        <Alert type="success" showIcon title={t('workspace.youHold')} />
      ) : why ? (
        <Alert type="info" showIcon title={why} data-testid="decision-unavailable" />
      ) : null}
      <div
        style={{
          display: 'grid',
          gap: token.marginLG,
          gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 360px), 1fr))',
          alignItems: 'start',
        }}
      >
        <div style={{ display: 'grid', gap: token.marginLG, gridColumn: 'span 2', minWidth: 0 }}>
          <Card
            title={
              <h2 style={{ fontSize: token.fontSizeLG, margin: 0 }}>
                {t('workspace.text', { version: version.versionNo })}
              </h2>
            }
          >
            <HighlightedText
              text={text}
              hits={version.ruleHits}
              ruleNames={ruleNames}
              label={t('workspace.textLabel', { version: version.versionNo })}
              focusRequest={focus}
            />
          </Card>
          <Card title={<h2 style={{ fontSize: token.fontSizeLG, margin: 0 }}>{t('diff.title')}</h2>}>
            <VersionCompare
              itemId={item.id}
              versionNos={versionNos}
              current={version.versionNo}
              ruleNames={ruleNames}
            />
          </Card>
        </div>
        <div style={{ display: 'grid', gap: token.marginLG, minWidth: 0 }}>
          <Card title={<h2 style={{ fontSize: token.fontSizeLG, margin: 0 }}>{t('decision.title')}</h2>}>
            {decided ? (
              <div data-testid="decision-summary">
                <Typography.Paragraph>
                  {t('workspace.decided', {
                    decision: t(`decision.option.${decided}`),
                    at: task.decidedAt ? format.dateTime(task.decidedAt) : '',
                  })}
                </Typography.Paragraph>
                {task.reasonCodes.length > 0 && (
                  <Typography.Paragraph>{task.reasonCodes.join(', ')}</Typography.Paragraph>
                )}
                {task.comment && <Typography.Paragraph>{task.comment}</Typography.Paragraph>}
              </div>
            ) : mine ? (
              <DecisionForm task={task} ruleIds={ruleIds} onDecided={() => navigate('../queue')} />
            ) : canDecide ? (
              <Typography.Text>{t('workspace.claimToDecide')}</Typography.Text>
            ) : (
              <Typography.Text type="secondary">{why ?? t('decision.refusal.READ_ONLY')}</Typography.Text>
            )}
          </Card>
          <Card title={<h2 style={{ fontSize: token.fontSizeLG, margin: 0 }}>{t('hits.panel')}</h2>}>
            <RulePanel
              hits={version.ruleHits}
              ruleNames={ruleNames}
              onSelect={(index) => setFocus((f) => ({ index, seq: (f?.seq ?? 0) + 1 }))}
            />
          </Card>
          <Card title={<h2 style={{ fontSize: token.fontSizeLG, margin: 0 }}>{t('workspace.context')}</h2>}>
            <Descriptions column={1} size="small" items={context} />
          </Card>
        </div>
      </div>
    </PageContainer>
  );
}
