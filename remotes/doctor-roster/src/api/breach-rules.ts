import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from '@careops/api';
import {
  breachRulesRecordSchema,
  type BreachRulesRecord,
  type BreachRulesUpdateInput,
} from '@careops/domain/doctors';
import { slaKeys } from './sla';

/** Its own key, under the SLA keys: a rules edit refetches every clock judged by them. */
export const breachRulesKey = [...slaKeys.all, 'breach-rules'] as const;

/** GET /doctors/breach-rules — the §1.4 thresholds in force, with their version. */
export function useBreachRules() {
  return useQuery({
    queryKey: breachRulesKey,
    queryFn: ({ signal }) => api.get('/doctors/breach-rules', breachRulesRecordSchema, { signal }),
  });
}

/** The record a 409 CONFLICT carries (`details.current`), when it parses as one. */
export function conflictingBreachRules(error: unknown): BreachRulesRecord | undefined {
  if (!isApiError(error, 'CONFLICT')) return undefined;
  const parsed = breachRulesRecordSchema.safeParse(error.details.current);
  return parsed.success ? parsed.data : undefined;
}

/** PUT /doctors/breach-rules — pessimistic: the server checks the version, the ladder and the bounds. */
export function useUpdateBreachRules() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: BreachRulesUpdateInput) =>
      api.put('/doctors/breach-rules', input, breachRulesRecordSchema),
    onSuccess: (saved) => {
      client.setQueryData(breachRulesKey, saved);
      // Queue countdowns, breach levels and metrics were judged by the old rules.
      void client.invalidateQueries({
        queryKey: slaKeys.all,
        predicate: (q) => q.queryKey[2] !== 'breach-rules',
      });
    },
    onError: (error) => {
      const fresh = conflictingBreachRules(error);
      if (fresh) client.setQueryData(breachRulesKey, fresh);
    },
  });
}
