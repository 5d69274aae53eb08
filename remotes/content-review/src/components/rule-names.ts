import { useMemo } from 'react';
import type { LocalizedText } from '@careops/domain';
import { DEFAULT_RULES } from '@careops/domain/content';
import { useRules } from '../api/versions';

/** Rule names by id, from the rule library (the default library until it has loaded). */
export function useRuleNames(): ReadonlyMap<string, LocalizedText> {
  const rules = useRules();
  return useMemo(
    () => new Map((rules.data?.items ?? DEFAULT_RULES).map((r) => [r.id, r.name] as const)),
    [rules.data],
  );
}
