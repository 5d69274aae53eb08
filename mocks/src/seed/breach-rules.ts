import { toIsoCst } from '@careops/domain';
import { DEFAULT_BREACH_RULES, type BreachRulesRecord } from '@careops/domain/doctors';

/**
 * The §1.4 breach rules as the mock stores them: one row per version, never rewritten, so the
 * rules in force at any past moment can still be read (an edit applies from when it was saved).
 */
export type BreachRulesRow = Omit<BreachRulesRecord, 'updatedByName'> & { id: string };

export const breachRulesRowId = (version: number) => `brv_${String(version).padStart(4, '0')}`;

/** Version 1: the shipped defaults, in force since the seeded history begins. */
export function seedBreachRules(anchor: number): BreachRulesRow[] {
  return [
    {
      id: breachRulesRowId(1),
      version: 1,
      rules: DEFAULT_BREACH_RULES,
      updatedAt: toIsoCst(anchor - 30 * 86_400_000),
      updatedBy: 'system',
    },
  ];
}
