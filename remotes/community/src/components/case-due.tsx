import { useServerClock } from '@careops/app-kit';
import { Flex, StatusTag, Typography } from '@careops/design-system';
import type { ModerationCase } from '@careops/domain/community';
import { useFormat, useTranslation } from '@careops/i18n';

const AWAITING: readonly ModerationCase['status'][] = ['open', 'in_review'];

/** Only cases still waiting for a moderator can breach their triage SLA (DOMAIN.md §5.2). */
export const isAwaitingModerator = (status: ModerationCase['status']) => AWAITING.includes(status);

export function CaseDue({ dueAt, status }: Pick<ModerationCase, 'dueAt' | 'status'>) {
  const { t } = useTranslation('community');
  const format = useFormat();
  // Re-renders when the case becomes overdue, not on every tick of the shared clock.
  const overdue = useServerClock(0, (now) => isAwaitingModerator(status) && Date.parse(dueAt) < now);
  return (
    <Flex gap={4} align="center" wrap={false}>
      <Typography.Text type={overdue ? 'danger' : undefined}>{format.dateTime(dueAt)}</Typography.Text>
      {overdue && <StatusTag tone="error">{t('cases.overdue')}</StatusTag>}
    </Flex>
  );
}
