import { useMemo, useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from '@careops/router';
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
import { Descriptions, Select } from '@careops/design-system/table';
import type { LocalizedText } from '@careops/domain';
import { can } from '@careops/domain/auth';
import {
  DEFAULT_RULES,
  REVIEW_STAGES,
  STAGE_PERMISSION,
  decisionRefusal,
  screenedText,
  type ContentItem,
  type ContentVersion,
  type ReviewTask,
  type ReviewTaskRow,
} from '@careops/domain/content';
import { useFormat, useLocalized, useTranslation } from '@careops/i18n';
import { claimHolder, refusalReason, useClaimTask, useItemTaskRows, useReleaseTask } from '../../api/tasks';
import { useContentDetail, useContentVersion, useRules } from '../../api/versions';
import { ContentNav } from '../../components/content-nav';
import { ContentStatusTag } from '../../components/content-status-tag';
import { DecisionForm } from '../../components/decision-form';
import { DueChip } from '../../components/due-chip';
import { HighlightedText } from '../../components/highlighted-text';
import { refusalText, rowRefusalText } from '../../components/refusal';
import { RulePanel } from '../../components/rule-panel';
import { VersionDiff } from '../../components/version-diff';

function useRuleNames(): ReadonlyMap<string, LocalizedText> {
  const rules = useRules();
  return useMemo(
    () => new Map((rules.data?.items ?? DEFAULT_RULES).map((r) => [r.id, r.name] as const)),
    [rules.data],
  );
}

/**
 * The review workspace (DOMAIN.md §4.5 2): the version's text with its hits, the rule panel, a
 * diff between any two versions, the item's context and, for the reviewer holding the task, the
 * decision form. Everyone else sees the same without the form.
 */
export function ReviewWorkspacePage() {
  const { t } = useTranslation('content');
  const { taskId = '' } = useParams();
  const [search] = useSearchParams();
  const itemId = search.get('item') ?? '';
  const detail = useContentDetail(itemId);
  const rows = useItemTaskRows(itemId);
  const task = detail.data?.tasks.find((x) => x.id === taskId);
  const version = useContentVersion(itemId, task?.versionNo);

  const title = t('nav.review');
  if (!itemId) return <NotFoundState description={t('workspace.noItem')} extra={<BackToQueue />} />;
  const error = detail.error ?? version.error;
  if (isApiError(error, 'FORBIDDEN')) return <ForbiddenState />;
  if (isApiError(error, 'NOT_FOUND')) return <NotFoundState extra={<BackToQueue />} />;
  if (error)
    return (
      <PageContainer title={title}>
        <ContentNav />
        <ErrorState
          error={error}
          onRetry={() => {
            void detail.refetch();
            void version.refetch();
          }}
        />
      </PageContainer>
    );
  if (!detail.data) return <LoadingState />;
  if (!task) return <NotFoundState description={t('workspace.noTask')} extra={<BackToQueue />} />;
  if (!version.data) return <LoadingState />;
  return (
    <Workspace
      item={detail.data.item}
      task={task}
      version={version.data}
      versionNos={detail.data.versions.map((v) => v.versionNo)}
      row={rows.data?.items.find((r) => r.id === task.id)}
    />
  );
}

function BackToQueue() {
  const { t } = useTranslation('content');
  return <Link to="../queue">{t('workspace.back')}</Link>;
}

interface WorkspaceProps {
  item: ContentItem;
  task: ReviewTask;
  version: ContentVersion;
  versionNos: number[];
  /** The queue row: the server's word on whether the caller may decide (absent for other stages). */
  row: ReviewTaskRow | undefined;
}

function Workspace({ item, task, version, versionNos, row }: WorkspaceProps) {
  const { t } = useTranslation('content');
  const localized = useLocalized();
  const format = useFormat();
  const token = useToken();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { user } = useAuth();
  const ruleNames = useRuleNames();
  // A reviewer of another stage does not get this task's queue row.
  const reviewer = REVIEW_STAGES.some((s) => can(user, STAGE_PERMISSION[s]));
  const claim = useClaimTask();
  const release = useReleaseTask();
  const [focus, setFocus] = useState<{ index: number; seq: number }>();
  const [notice, setNotice] = useState<string>();
  const text = useMemo(() => screenedText(version), [version]);
  const ruleIds = useMemo(() => [...new Set(version.ruleHits.map((h) => h.ruleId))], [version]);

  const mine = task.status === 'open' && task.claimedBy !== undefined && task.claimedBy === user?.id;
  const heldByOther = task.claimedBy !== undefined && task.claimedBy !== user?.id;
  // The server decides; the client's check only explains, in the UI language, what the row says.
  const refusal = user ? decisionRefusal(item, task, user) : null;
  const canDecide = row?.canDecide === true || mine;
  let why: string | undefined;
  if (task.status !== 'open') why = t(`decision.taskStatus.${task.status}`);
  else if (!row && reviewer) why = refusalText(t, 'FORBIDDEN', task.stage);
  else if (!row || row.refusal?.startsWith('Read-only')) why = t('decision.refusal.readOnly');
  else if (heldByOther)
    why = t('queue.claimedByOther', {
      name: row.claimedByName ? localized(row.claimedByName) : (task.claimedBy ?? ''),
    });
  else if (refusal && refusal.code !== 'INVALID_TRANSITION' && refusal.code !== 'INVALID_DECISION')
    why = refusalText(
      t,
      refusal.code === 'FOUR_EYES' || refusal.code === 'AUTHOR_ORG' ? refusal.code : 'FORBIDDEN',
      task.stage,
    );
  else if (row.refusal) why = rowRefusalText(t, row.refusal, task.stage);

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
          {row && <DueChip state={row.dueState} />}
          {mine && (
            <Button autoInsertSpace={false} onClick={onRelease} loading={release.isPending}>
              {t('queue.release')}
            </Button>
          )}
          {!mine && task.status === 'open' && (canDecide || (row !== undefined && heldByOther)) && (
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
            <DiffSection itemId={item.id} versionNos={versionNos} current={version} ruleNames={ruleNames} />
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
              <Typography.Text type="secondary">{why ?? t('decision.refusal.readOnly')}</Typography.Text>
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

function DiffSection({
  itemId,
  versionNos,
  current,
  ruleNames,
}: {
  itemId: string;
  versionNos: number[];
  current: ContentVersion;
  ruleNames: ReadonlyMap<string, LocalizedText>;
}) {
  const { t } = useTranslation('content');
  const token = useToken();
  const previous = [...versionNos].reverse().find((n) => n < current.versionNo);
  const [fromNo, setFromNo] = useState<number | undefined>(previous);
  const [toNo, setToNo] = useState<number>(current.versionNo);
  const from = useContentVersion(itemId, fromNo);
  const to = useContentVersion(itemId, toNo);
  if (versionNos.length < 2) return <Typography.Text type="secondary">{t('diff.single')}</Typography.Text>;
  const options = versionNos.map((n) => ({ value: n, label: `v${n}` }));
  return (
    <div>
      <Flex gap={12} wrap align="center" style={{ marginBottom: token.marginSM }}>
        <label htmlFor="diff-from">{t('diff.from')}</label>
        <Select<number>
          id="diff-from"
          value={fromNo}
          options={options}
          onChange={setFromNo}
          style={{ width: 96 }}
        />
        <label htmlFor="diff-to">{t('diff.to')}</label>
        <Select<number>
          id="diff-to"
          value={toNo}
          options={options}
          onChange={setToNo}
          style={{ width: 96 }}
        />
      </Flex>
      {from.error || to.error ? (
        <ErrorState
          error={from.error ?? to.error}
          onRetry={() => {
            void from.refetch();
            void to.refetch();
          }}
        />
      ) : from.data && to.data ? (
        <VersionDiff from={from.data} to={to.data} ruleNames={ruleNames} />
      ) : (
        <LoadingState />
      )}
    </div>
  );
}
