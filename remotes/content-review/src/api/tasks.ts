import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, isApiError, type ListParams, type QueryParams } from '@careops/api';
import {
  REVIEW_STAGES,
  decideResultSchema,
  reviewTaskPageSchema,
  reviewTaskRowSchema,
  reviewTaskSchema,
  type DecideCommand,
  type ReviewStage,
  type ReviewTask,
  type TaskRefusalCode,
} from '@careops/domain/content';
import { localizedTextSchema } from '@careops/domain';
import { z } from 'zod';
import { itemKeys } from './items';

export const taskKeys = {
  all: ['content', 'tasks'] as const,
  list: (query: QueryParams) => [...taskKeys.all, 'list', query] as const,
  one: (taskId: string) => [...taskKeys.all, 'one', taskId] as const,
};

export const reviewTasksQuery = (query: QueryParams) =>
  queryOptions({
    queryKey: taskKeys.list(query),
    queryFn: ({ signal }) => api.get('/content/tasks', reviewTaskPageSchema, { query, signal }),
    placeholderData: keepPreviousData,
  });

/** The stages whose queues a reviewer works: those they decide, or every stage, read-only, for the others. */
export function queueStages(decides: (stage: ReviewStage) => boolean): readonly ReviewStage[] {
  const decidable = REVIEW_STAGES.filter(decides);
  return decidable.length === 0 ? REVIEW_STAGES : decidable;
}

/**
 * The queue's list params for these stages (the page and the nav link's prefetch read the URL the
 * same way). A stage in the URL that the reviewer has no queue for shows every queue of theirs.
 */
export function reviewQueueOptions(stages: readonly ReviewStage[]) {
  const tasksQuery = (query: QueryParams, stageFilter: string | undefined): QueryParams => ({
    ...query,
    stage: stages.find((s) => s === stageFilter) ?? stages.join(','),
  });
  return {
    filters: QUEUE_FILTERS,
    defaultSort: 'dueAt:asc',
    stages,
    tasksQuery,
    prefetch: (query: QueryParams, params: ListParams<(typeof QUEUE_FILTERS)[number]>) =>
      reviewTasksQuery(tasksQuery(query, params.filters.stage)),
  };
}
const QUEUE_FILTERS = ['stage', 'mine', 'overdue'] as const;

export function useReviewTasks(query: QueryParams) {
  return useQuery(reviewTasksQuery(query));
}

/**
 * One task as a queue row: the task, a summary of its item, and the server's word on whether the
 * caller may claim and decide it (`canDecide`, else `refusalCode`).
 */
export function useReviewTask(taskId: string) {
  return useQuery({
    queryKey: taskKeys.one(taskId),
    queryFn: ({ signal }) =>
      api.get(`/content/tasks/${encodeURIComponent(taskId)}`, reviewTaskRowSchema, { signal }),
    enabled: taskId !== '',
  });
}

function useInvalidate() {
  const client = useQueryClient();
  return (itemId: string) =>
    Promise.all([
      client.invalidateQueries({ queryKey: taskKeys.all }),
      client.invalidateQueries({ queryKey: itemKeys.detail(itemId) }),
    ]);
}

const taskPath = (id: string, command: 'claim' | 'release' | 'decide') =>
  `/content/tasks/${encodeURIComponent(id)}/${command}`;

export function useClaimTask() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (task: Pick<ReviewTask, 'id' | 'version' | 'contentId'>) =>
      api.post(taskPath(task.id, 'claim'), { version: task.version }, reviewTaskSchema),
    onSettled: (_data, _error, task) => invalidate(task.contentId),
  });
}

export function useReleaseTask() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (task: Pick<ReviewTask, 'id' | 'version' | 'contentId'>) =>
      api.post(taskPath(task.id, 'release'), { version: task.version }, reviewTaskSchema),
    onSettled: (_data, _error, task) => invalidate(task.contentId),
  });
}

export function useDecideTask() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ task, command }: { task: Pick<ReviewTask, 'id' | 'contentId'>; command: DecideCommand }) =>
      api.post(taskPath(task.id, 'decide'), command, decideResultSchema),
    // Not awaited: the refetched task is decided, which unmounts the form, and the form's own
    // callbacks (the notice, leaving for the queue) must run first.
    onSettled: (_data, _error, { task }) => {
      void invalidate(task.contentId);
    },
  });
}

const claimConflictSchema = z.object({
  claimedBy: z.object({ id: z.string(), name: localizedTextSchema.optional() }),
});

/** Who holds the claim, when the server refused because someone else does. */
export function claimHolder(error: unknown) {
  if (!isApiError(error, 'CONFLICT')) return undefined;
  const parsed = claimConflictSchema.safeParse(error.details);
  return parsed.success ? parsed.data.claimedBy : undefined;
}

/** The task as the server holds it now, from a 409 answer. */
export function currentTask(error: unknown): ReviewTask | undefined {
  if (!isApiError(error, 'CONFLICT')) return undefined;
  const parsed = reviewTaskSchema.safeParse(error.details.current);
  return parsed.success ? parsed.data : undefined;
}

export const REFUSAL_REASONS = [
  'FORBIDDEN',
  'FOUR_EYES',
  'AUTHOR_ORG',
] as const satisfies readonly TaskRefusalCode[];
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

/** Why the server refused a claim or decision with 403, when it said. */
export function refusalReason(error: unknown): RefusalReason | undefined {
  if (!isApiError(error, 'FORBIDDEN')) return undefined;
  const parsed = z.enum(REFUSAL_REASONS).safeParse(error.details.reason);
  return parsed.success ? parsed.data : 'FORBIDDEN';
}
