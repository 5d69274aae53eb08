import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from '@careops/api';
import {
  ruleHistorySchema,
  ruleListSchema,
  rulePatchSchema,
  ruleRecordSchema,
  ruleTestCommandSchema,
  ruleTestResultSchema,
  type RuleRecord,
} from '@careops/domain/content';
import type { z } from 'zod';
import { itemKeys } from './items';

export const ruleKeys = {
  all: ['content', 'rules'] as const,
  list: () => [...ruleKeys.all, 'list'] as const,
  history: (id: string) => [...ruleKeys.all, 'history', id] as const,
};

export function useRules() {
  return useQuery({
    queryKey: ruleKeys.list(),
    queryFn: ({ signal }) => api.get('/content/rules', ruleListSchema, { signal }),
  });
}

export function useRuleHistory(id: string | undefined) {
  return useQuery({
    enabled: id !== undefined,
    queryKey: ruleKeys.history(id ?? ''),
    queryFn: ({ signal }) =>
      api.get(`/content/rules/${encodeURIComponent(id ?? '')}/history`, ruleHistorySchema, { signal }),
  });
}

export type RulePatch = z.input<typeof rulePatchSchema>;

export function useUpdateRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: RulePatch }) =>
      api.patch(`/content/rules/${encodeURIComponent(id)}`, rulePatchSchema.parse(patch), ruleRecordSchema),
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: ruleKeys.all });
      // Screening results shown elsewhere name the rule-set version, which every edit bumps.
      await queryClient.invalidateQueries({ queryKey: itemKeys.all });
    },
  });
}

export type RuleTestCommand = z.input<typeof ruleTestCommandSchema>;

/** A dry run: nothing is saved, so anyone who may view content may test. */
export function useRuleTest() {
  return useMutation({
    mutationFn: (command: RuleTestCommand) =>
      api.post('/content/rules/test', ruleTestCommandSchema.parse(command), ruleTestResultSchema),
  });
}

/** The rule as it is now, from a 409 answer (`details.current`), when the server sent it. */
export function conflictingRule(error: unknown): RuleRecord | null {
  if (!isApiError(error, 'CONFLICT')) return null;
  const parsed = ruleRecordSchema.safeParse(error.details['current']);
  return parsed.success ? parsed.data : null;
}
