import type { ReviewDecision } from './model';
import { reasonCode } from './reasons';

/*
 * What a decision form needs, apart from the workflow: the API's schemas and every form import
 * this without pulling in the state machine and the permission matrix.
 */

export const REFUSAL_CODES = [
  'INVALID_TRANSITION',
  'FORBIDDEN',
  'FOUR_EYES',
  'AUTHOR_ORG',
  'INVALID_DECISION',
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

export interface DecisionInput {
  decision: ReviewDecision;
  reasonCodes: readonly string[];
  comment?: string | undefined;
}

/** Field errors of a decision form, or null: return/reject need a reason, R99 needs a comment. */
export function validateDecision(input: DecisionInput): Record<string, string[]> | null {
  const errors: Record<string, string[]> = {};
  const unknown = input.reasonCodes.filter((c) => !reasonCode(c));
  if (unknown.length) errors.reasonCodes = [`Unknown reason codes: ${unknown.join(', ')}`];
  else if (input.decision !== 'pass' && input.reasonCodes.length === 0) {
    errors.reasonCodes = ['Give at least one reason to return or reject.'];
  }
  if (input.reasonCodes.some((c) => reasonCode(c)?.commentRequired) && !input.comment?.trim()) {
    errors.comment = ['R99 (other) needs a comment.'];
  }
  return Object.keys(errors).length ? errors : null;
}
