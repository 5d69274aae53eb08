import { useState } from 'react';
import { Flex, StatusTag, type Tone } from '@careops/design-system';
import type { ClaimStatus } from '@careops/domain/insurance';
import { useFormat, useTranslation } from '@careops/i18n';

const DAY_MS = 86_400_000;
/** Close enough to the 30-day decision deadline (Insurance Law Art. 23) that a reviewer should pick it up now. */
export const DUE_SOON_DAYS = 5;

/** Statuses still waiting for the insurer's decision; once decided, the decision deadline no longer applies. */
const UNDECIDED: ReadonlySet<ClaimStatus> = new Set([
  'reported',
  'documents_pending',
  'accepted',
  'under_review',
  'investigating',
  'appealed',
  'advance_payment_due',
]);

export type DueState = { kind: 'overdue'; days: number } | { kind: 'left'; days: number };

export function isUndecided(status: ClaimStatus): boolean {
  return UNDECIDED.has(status);
}

/** Whole days left before the deadline (0 = due today), or whole-or-part days past it. */
export function dueState(dueAt: string, now: number): DueState {
  const left = Date.parse(dueAt) - now;
  return left < 0
    ? { kind: 'overdue', days: Math.ceil(-left / DAY_MS) }
    : { kind: 'left', days: Math.floor(left / DAY_MS) };
}

export function dueTone(state: DueState): Tone {
  if (state.kind === 'overdue') return 'error';
  return state.days <= DUE_SOON_DAYS ? 'warning' : 'default';
}

/** The decision deadline, with a chip counting the days while the claim awaits a decision. */
export function DecisionDue({ dueAt, status }: { dueAt: string; status: ClaimStatus }) {
  const { t } = useTranslation('insurance');
  const format = useFormat();
  // Read once per mount so re-renders do not change the count mid-view.
  const [now] = useState(() => Date.now());
  const state = dueState(dueAt, now);
  const label =
    state.kind === 'overdue'
      ? t('due.overdue', { count: state.days })
      : state.days === 0
        ? t('due.today')
        : t('due.left', { count: state.days });
  return (
    <Flex gap={8} align="center" wrap>
      {/* The deadline counts in days: the date is enough, and keeps the list column narrow. */}
      <span>{format.date(dueAt)}</span>
      {isUndecided(status) && <StatusTag tone={dueTone(state)}>{label}</StatusTag>}
    </Flex>
  );
}
