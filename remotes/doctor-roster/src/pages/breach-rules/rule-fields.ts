import type { BreachRules } from '@careops/domain/doctors';

/*
 * How the §1.4 rule set is shown and edited: the domain keeps seconds and rates 0–1, people read
 * minutes and percentages. One list of fields drives the read-only view, the form, the server's
 * field errors and the conflict notice, so a field is never described twice.
 */

export type RuleGroup = keyof BreachRules;
export type Unit = 'minutes' | 'percent' | 'count' | 'weeks';

export interface RuleField {
  /** The path under `rules`, as the schema and the server's field errors name it. */
  path: string;
  /** i18n key under breachRules.field */
  label: string;
  unit: Unit;
  /** Bounds the schema sets, in the unit shown (for the error text). */
  min?: number;
  max?: number;
}

const minutes = (key: string, label: string, max = 1440, min = 1): RuleField => ({
  path: key,
  label,
  unit: 'minutes',
  min,
  max,
});
const frt = [
  minutes('warnSeconds', 'warn'),
  minutes('breachSeconds', 'breach'),
  minutes('criticalSeconds', 'critical'),
  minutes('refundSeconds', 'refund'),
];

export const RULE_GROUPS: readonly { group: RuleGroup; fields: readonly RuleField[]; actions?: true }[] = [
  { group: 'frtNormal', fields: frt, actions: true },
  { group: 'frtFastLane', fields: frt, actions: true },
  { group: 'doctorIdle', fields: [minutes('warnSeconds', 'warn'), minutes('breachSeconds', 'breach')] },
  {
    group: 'shiftNoShow',
    fields: [minutes('warnSeconds', 'warn', 120), minutes('breachSeconds', 'breach', 120)],
  },
  { group: 'coverageGap', fields: [minutes('lookaheadSeconds', 'lookahead', 1440, 30)] },
  {
    group: 'doctorWeekly',
    fields: [
      { path: 'warn.rate15Min', label: 'warnRate15Min', unit: 'percent' },
      { path: 'warn.satisfaction', label: 'warnSatisfaction', unit: 'percent' },
      { path: 'breach.rate15Min', label: 'breachRate15Min', unit: 'percent' },
      { path: 'breach.satisfaction', label: 'breachSatisfaction', unit: 'percent' },
      { path: 'breach.complaintsPer1000', label: 'complaintsPer1000', unit: 'count', min: 0, max: 1000 },
      { path: 'riskAfterWeeks', label: 'riskAfterWeeks', unit: 'weeks', min: 1, max: 12 },
    ],
  },
];

/** `rules.frtNormal.warnSeconds`: the form's name and the server's field-error key. */
export const fieldName = (group: RuleGroup, field: RuleField) => `rules.${group}.${field.path}`;
export const actionsName = (group: RuleGroup) => `rules.${group}.criticalActions`;

/** Every field the server may name in a 400, for setServerErrors. */
export const ALL_FIELD_NAMES: readonly string[] = RULE_GROUPS.flatMap(({ group, fields, actions }) => [
  ...fields.map((f) => fieldName(group, f)),
  ...(actions ? [actionsName(group)] : []),
]);

/** How many stored units one shown unit is: 60 s a minute, 0.01 a percent. */
export const SCALE: Record<Unit, number> = { minutes: 60, percent: 0.01, count: 1, weeks: 1 };

export function readPath(rules: BreachRules, group: RuleGroup, path: string): unknown {
  let value: unknown = rules[group];
  for (const key of path.split('.')) value = (value as Record<string, unknown> | undefined)?.[key];
  return value;
}

/** The stored value in the shown unit, rounded against float noise (0.92 → 92). */
export function shown(value: unknown, unit: Unit): number | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  return Math.round((value / SCALE[unit]) * 10_000) / 10_000;
}

/** What was typed as the stored value: whole seconds for minutes; NaN (refused) when blank. */
export function stored(text: string, unit: Unit): number {
  if (text.trim() === '') return Number.NaN;
  const value = Number(text) * SCALE[unit];
  return unit === 'minutes' ? Math.round(value) : Math.round(value * 10_000) / 10_000;
}
