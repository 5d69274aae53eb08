/**
 * The order lifecycle's time limits (DOMAIN.md §2.2), on their own so the SLA timers can use them
 * without pulling in the whole state machine (a page that only shows countdowns stays small).
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const ORDER_LIMITS = {
  unpaidCancelMs: 15 * MINUTE,
  acceptAutoCancelMs: 10 * MINUTE,
  completeAfterDeliveryMs: 24 * HOUR,
  refundWindowMs: 7 * DAY,
  followUpAfterDeliveryMs: 24 * HOUR,
} as const;
