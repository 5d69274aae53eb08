import type { ReactNode } from 'react';
import { z } from 'zod';
import {
  Empty,
  ErrorState,
  Flex,
  LoadingState,
  StatusTag,
  Typography,
  useToken,
} from '@careops/design-system';
import type { AuditEvent } from '@careops/domain/audit';
import {
  contentStatusSchema,
  hitCountsSchema,
  reasonCode,
  reviewDecisionSchema,
  reviewStageSchema,
} from '@careops/domain/content';
import { useFormat, useLocalized, useTranslation } from '@careops/i18n';
import { useContentAudit } from '../../api/items';
import { HitCounts } from '../content-list/hit-counts';

/** What the content endpoints record in an event's `after` (each field only where it applies). */
const detailSchema = z
  .object({
    status: contentStatusSchema,
    versionNo: z.number(),
    ruleSetVersion: z.number(),
    hitCounts: hitCountsSchema,
    ruleIds: z.array(z.string()),
    stage: reviewStageSchema,
    decision: reviewDecisionSchema,
    reasonCodes: z.array(z.string()),
    takenDownVersionNo: z.number(),
  })
  .partial();

/** Actions the trail names; any other is shown by its code. */
const KNOWN_ACTIONS = new Set([
  'content.submit',
  'content.new_version',
  'content.screen',
  'content.task.claim',
  'content.task.release',
  'content.decide',
  'content.schedule',
  'content.publish',
  'content.takedown',
]);

/** The read-only audit trail of one item (DOMAIN.md §4.4), as logged: oldest first. */
export function AuditTrail({ itemId }: { itemId: string }) {
  const { t } = useTranslation('content');
  const audit = useContentAudit(itemId);
  if (audit.isPending) return <LoadingState />;
  if (audit.isError) return <ErrorState error={audit.error} onRetry={() => void audit.refetch()} />;
  if (audit.data.items.length === 0) return <Empty description={t('detail.audit.empty')} />;
  return (
    <ol aria-label={t('detail.audit.title')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {audit.data.items.map((e) => (
        <AuditEntry key={e.id} event={e} />
      ))}
    </ol>
  );
}

function AuditEntry({ event }: { event: AuditEvent }) {
  const { t } = useTranslation('content');
  const format = useFormat();
  const localized = useLocalized();
  const token = useToken();
  const parsed = detailSchema.safeParse(event.after ?? {});
  const d = parsed.success ? parsed.data : {};
  const action = KNOWN_ACTIONS.has(event.action)
    ? t(`detail.audit.action.${event.action.replaceAll('.', '_')}`)
    : event.action;

  const facts: { key: string; label: string; value: ReactNode }[] = [];
  const version = d.takenDownVersionNo ?? d.versionNo;
  if (version !== undefined)
    facts.push({
      key: 'version',
      label: t('detail.audit.version'),
      value: t('items.versionValue', { n: version }),
    });
  if (d.ruleSetVersion !== undefined)
    facts.push({ key: 'ruleSet', label: t('detail.audit.ruleSet'), value: String(d.ruleSetVersion) });
  if (d.hitCounts && event.action === 'content.screen')
    facts.push({ key: 'hits', label: t('detail.audit.hits'), value: <HitCounts counts={d.hitCounts} /> });
  if (d.ruleIds && d.ruleIds.length > 0)
    facts.push({ key: 'rules', label: t('detail.audit.rules'), value: d.ruleIds.join(', ') });
  if (d.stage)
    facts.push({ key: 'stage', label: t('detail.audit.stage'), value: t(`library.stage.${d.stage}`) });
  if (d.decision)
    facts.push({
      key: 'decision',
      label: t('detail.audit.decision'),
      value: t(`detail.decision.${d.decision}`),
    });
  if (d.reasonCodes && d.reasonCodes.length > 0)
    facts.push({
      key: 'codes',
      label: t('detail.audit.codes'),
      value: d.reasonCodes
        .map((c) => {
          const known = reasonCode(c);
          return known ? `${c} ${localized(known.label)}` : c;
        })
        .join('、'),
    });
  if (d.status && event.action !== 'content.task.claim')
    facts.push({ key: 'status', label: t('detail.audit.status'), value: t(`status.${d.status}`) });
  // Reasons and comments are user-written: text children only.
  if (event.reason) facts.push({ key: 'reason', label: t('detail.audit.reason'), value: event.reason });

  return (
    <li
      data-testid="audit-event"
      style={{ padding: `${token.paddingSM}px 0`, borderBottom: `1px solid ${token.colorBorderSecondary}` }}
    >
      <Flex gap={8} wrap align="baseline">
        <Typography.Text strong>{action}</Typography.Text>
        {event.result !== 'success' && (
          <StatusTag tone="error">{t(`detail.audit.result.${event.result}`)}</StatusTag>
        )}
        <Typography.Text type="secondary">
          <time dateTime={event.ts}>{format.dateTime(event.ts)}</time> ·{' '}
          {event.actor.userId === 'system'
            ? t('detail.audit.system')
            : `${event.actor.userId} (${t(`role.${event.actor.role}`, { ns: 'common', defaultValue: event.actor.role })})`}
        </Typography.Text>
      </Flex>
      {facts.length > 0 && (
        <dl
          style={{
            margin: `${token.marginXXS}px 0 0`,
            display: 'flex',
            flexWrap: 'wrap',
            gap: `0 ${token.marginLG}px`,
          }}
        >
          {facts.map((f) => (
            <div key={f.key} style={{ display: 'flex', gap: token.marginXXS, alignItems: 'baseline' }}>
              <dt style={{ color: token.colorTextSecondary }}>{f.label}:</dt>
              <dd style={{ margin: 0 }}>{f.value}</dd>
            </div>
          ))}
        </dl>
      )}
    </li>
  );
}
