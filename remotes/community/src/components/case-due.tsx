import { useEffect, useState } from 'react';
import { Flex, StatusTag, Typography } from '@careops/design-system';
import type { ModerationCase } from '@careops/domain/community';
import { useFormat, useTranslation } from '@careops/i18n';

const AWAITING: readonly ModerationCase['status'][] = ['open', 'in_review'];

/** Only cases still waiting for a moderator can breach their triage SLA (DOMAIN.md §5.2). */
export const isAwaitingModerator = (status: ModerationCase['status']) => AWAITING.includes(status);

// The clock lives in state so rendering stays pure; a p1 SLA is 30 min, so a minute's tick is enough.
function useNow(intervalMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

export function CaseDue({ dueAt, status }: Pick<ModerationCase, 'dueAt' | 'status'>) {
  const { t } = useTranslation('community');
  const format = useFormat();
  const now = useNow();
  const overdue = isAwaitingModerator(status) && Date.parse(dueAt) < now;
  return (
    <Flex gap={4} align="center" wrap={false}>
      <Typography.Text type={overdue ? 'danger' : undefined}>{format.dateTime(dueAt)}</Typography.Text>
      {overdue && <StatusTag tone="error">{t('cases.overdue')}</StatusTag>}
    </Flex>
  );
}
