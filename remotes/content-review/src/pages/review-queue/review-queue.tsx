import { useMemo, useState } from 'react';
import { Link, useNavigate } from '@careops/router';
import { SessionNote } from '@careops/app-kit';
import { isApiError, useListParams } from '@careops/api';
import { useAuth, useCan } from '@careops/auth';
import {
  Alert,
  App,
  Button,
  Flex,
  ForbiddenState,
  PageContainer,
  Segmented,
  Typography,
  useToken,
} from '@careops/design-system';
import { DataTable, type DataTableColumn } from '@careops/design-system/table';
import { STAGE_PERMISSION, type ReviewStage, type ReviewTaskRow } from '@careops/domain/content';
import { useFormat, useLocalized, useTranslation } from '@careops/i18n';
import {
  claimHolder,
  refusalReason,
  queueStages,
  reviewQueueOptions,
  useClaimTask,
  useReleaseTask,
  useReviewTasks,
} from '../../api/tasks';
import { ContentNav } from '../../components/content-nav';
import { DueChip } from '../../components/due-chip';
import { refusalText } from '../../components/refusal';

const ALL = 'all';

/** Where a task is worked: the workspace loads the task by id, then its item. */
export const workspacePath = (row: Pick<ReviewTaskRow, 'id'>) => `../review/${encodeURIComponent(row.id)}`;

/**
 * The review queues (DOMAIN.md §4.5 1): a tab per stage the user decides (every stage, read-only,
 * for the others), open tasks by due time with their SLA state and who holds them.
 */
export function ReviewQueuePage() {
  const { t } = useTranslation('content');
  const localized = useLocalized();
  const format = useFormat();
  const token = useToken();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { user } = useAuth();
  // Through the shared auth package: the remote then does not bundle the permission matrix.
  const first = useCan(STAGE_PERMISSION.first);
  const medical = useCan(STAGE_PERMISSION.medical);
  const compliance = useCan(STAGE_PERMISSION.compliance);
  const readOnly = !first && !medical && !compliance;
  // Rebuilt only when the stages change: the list params' callbacks depend on it.
  const options = useMemo(() => {
    const allowed: Record<ReviewStage, boolean> = { first, medical, compliance };
    return reviewQueueOptions(queueStages((s) => allowed[s]));
  }, [first, medical, compliance]);
  const { stages, tasksQuery } = options;
  const { params, query, update } = useListParams(options);
  const stage = stages.find((s) => s === params.filters.stage);
  const mine = params.filters.mine === 'true';
  const overdue = params.filters.overdue === 'true';
  const tasks = useReviewTasks(tasksQuery(query, params.filters.stage));
  const claim = useClaimTask();
  const release = useReleaseTask();
  const [notice, setNotice] = useState<string>();

  const onClaim = (row: ReviewTaskRow) => {
    setNotice(undefined);
    claim.mutate(row, {
      onSuccess: () => navigate(workspacePath(row)),
      onError: (error) => {
        const holder = claimHolder(error);
        const reason = refusalReason(error);
        if (holder)
          setNotice(
            t('queue.claimedByOther', { name: holder.name ? localized(holder.name) : holder.id }) +
              ` ${t('queue.claimTitle', { title: row.item.title })}`,
          );
        else if (reason) setNotice(refusalText(t, reason, row.stage));
        else if (isApiError(error, 'CONFLICT')) setNotice(t('queue.changed'));
        else void message.error(t('decision.failed'));
      },
    });
  };

  const onRelease = (row: ReviewTaskRow) => {
    setNotice(undefined);
    release.mutate(row, {
      onSuccess: () => void message.success(t('queue.released')),
      onError: () => setNotice(t('queue.changed')),
    });
  };

  // Titles are author-written: React text children only, never HTML.
  const columns: DataTableColumn<ReviewTaskRow>[] = [
    {
      key: 'title',
      title: t('queue.item'),
      render: (_, r) => (
        <div>
          <Link to={workspacePath(r)}>{r.item.title}</Link>
          <div>
            <Typography.Text type="secondary">
              {t(`type.${r.item.type}`)} · {t(`authorType.${r.item.authorType}`)} · v{r.versionNo}
            </Typography.Text>
          </div>
        </div>
      ),
    },
    { key: 'stage', title: t('queue.stage'), render: (_, r) => t(`queue.stages.${r.stage}`) },
    {
      key: 'hits',
      title: t('queue.hits'),
      render: (_, r) =>
        t('queue.hitCounts', {
          block: r.item.hitCounts.block,
          high: r.item.hitCounts.high,
          medium: r.item.hitCounts.medium,
        }),
    },
    {
      key: 'dueAt',
      title: t('queue.dueAt'),
      sortField: 'dueAt',
      render: (_, r) => (
        <Flex gap={4} align="center" wrap>
          <DueChip state={r.dueState} />
          <span>{format.dateTime(r.dueAt)}</span>
        </Flex>
      ),
    },
    {
      key: 'createdAt',
      title: t('queue.createdAt'),
      sortField: 'createdAt',
      render: (_, r) => format.dateTime(r.createdAt),
    },
    {
      key: 'claim',
      title: t('queue.holder'),
      render: (_, r) =>
        r.claimedBy === user?.id ? (
          <Typography.Text strong>{t('queue.heldByYou')}</Typography.Text>
        ) : r.claimedBy ? (
          t('queue.heldBy', { name: r.claimedByName ? localized(r.claimedByName) : r.claimedBy })
        ) : (
          <Typography.Text type="secondary">{t('queue.unclaimed')}</Typography.Text>
        ),
    },
    {
      key: 'actions',
      title: t('queue.actions'),
      render: (_, r) => {
        const name = r.item.title;
        if (r.status !== 'open') return t(`decision.taskStatus.${r.status}`);
        if (r.claimedBy === user?.id)
          return (
            <Flex gap={4} wrap>
              <Button
                autoInsertSpace={false}
                size="small"
                type="primary"
                onClick={() => navigate(workspacePath(r))}
              >
                {t('queue.continue')}
              </Button>
              <Button
                autoInsertSpace={false}
                size="small"
                aria-label={t('queue.releaseNamed', { title: name })}
                loading={release.isPending && release.variables.id === r.id}
                onClick={() => onRelease(r)}
              >
                {t('queue.release')}
              </Button>
            </Flex>
          );
        // Someone else's claim stays claimable: the server answers with who holds it.
        if (r.canDecide || (!readOnly && r.claimedBy))
          return (
            <Button
              autoInsertSpace={false}
              size="small"
              type={r.canDecide ? 'primary' : 'default'}
              aria-label={t('queue.claimNamed', { title: name })}
              loading={claim.isPending && claim.variables.id === r.id}
              onClick={() => onClaim(r)}
            >
              {t('queue.claim')}
            </Button>
          );
        return (
          <Typography.Text type="secondary">
            {refusalText(
              t,
              r.refusalCode ?? 'READ_ONLY',
              r.stage,
              r.claimedByName ? localized(r.claimedByName) : r.claimedBy,
            )}
          </Typography.Text>
        );
      },
    },
  ];

  if (isApiError(tasks.error, 'FORBIDDEN') || isApiError(tasks.error, 'UNAUTHENTICATED'))
    return <ForbiddenState />;

  const toggle = (key: 'mine' | 'overdue', on: boolean) =>
    update({ filters: { [key]: on ? 'true' : undefined } });

  return (
    <PageContainer
      title={t('nav.queue')}
      subtitle={
        <>
          <SessionNote /> · {readOnly ? t('queue.readOnly') : t('queue.subtitle')}
        </>
      }
    >
      <ContentNav />
      <Flex gap={12} wrap align="center" role="search" aria-label={t('queue.filters')}>
        <Segmented<string>
          aria-label={t('queue.stage')}
          value={stage ?? ALL}
          options={[
            ...(stages.length > 1 ? [{ value: ALL, label: t('queue.allStages') }] : []),
            ...stages.map((s) => ({ value: s, label: t(`queue.stages.${s}`) })),
          ]}
          onChange={(value) => update({ filters: { stage: value === ALL ? undefined : value } })}
        />
        {!readOnly && (
          <Button
            autoInsertSpace={false}
            aria-pressed={mine}
            type={mine ? 'primary' : 'default'}
            onClick={() => toggle('mine', !mine)}
          >
            {t('queue.mine')}
          </Button>
        )}
        <Button
          autoInsertSpace={false}
          aria-pressed={overdue}
          type={overdue ? 'primary' : 'default'}
          onClick={() => toggle('overdue', !overdue)}
        >
          {t('queue.overdue')}
        </Button>
      </Flex>
      {notice && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          closable={{ 'aria-label': t('queue.dismiss') }}
          onClose={() => setNotice(undefined)}
          title={notice}
          style={{ marginBlock: token.marginXS }}
        />
      )}
      <DataTable<ReviewTaskRow>
        label={t('queue.label')}
        columns={columns}
        rowKey="id"
        data={tasks.data}
        loading={tasks.isFetching}
        error={tasks.error}
        onRetry={() => void tasks.refetch()}
        sort={params.sort}
        onChange={update}
        filtered={Boolean(params.q) || mine || overdue}
      />
    </PageContainer>
  );
}
