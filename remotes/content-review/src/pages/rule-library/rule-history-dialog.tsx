import { Empty, ErrorState, LoadingState, Modal, Typography, useToken } from '@careops/design-system';
import type { RuleHistoryEntry, RuleRecord } from '@careops/domain/content';
import { useFormat, useLocalized, useTranslation } from '@careops/i18n';
import { useRuleHistory } from '../../api/rules';

/** Every saved edit of one rule, newest first, with who, when, why and what changed. */
export function RuleHistoryDialog({ rule, onClose }: { rule: RuleRecord; onClose: () => void }) {
  const { t } = useTranslation('content');
  const localized = useLocalized();
  const history = useRuleHistory(rule.id);
  let body;
  if (history.isPending) body = <LoadingState />;
  else if (history.isError)
    body = <ErrorState error={history.error} onRetry={() => void history.refetch()} />;
  else if (history.data.items.length === 0) body = <Empty description={t('rules.history.empty')} />;
  else
    body = (
      <ol aria-label={t('rules.history.title')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {history.data.items.map((h) => (
          <HistoryEntry key={h.id} entry={h} />
        ))}
      </ol>
    );
  return (
    <Modal
      open
      width={680}
      title={t('rules.history.dialogTitle', { id: rule.id, name: localized(rule.name) })}
      footer={null}
      onCancel={onClose}
    >
      {body}
    </Modal>
  );
}

function HistoryEntry({ entry }: { entry: RuleHistoryEntry }) {
  const { t } = useTranslation('content');
  const format = useFormat();
  const token = useToken();
  const { before, after } = entry;
  const changes: string[] = [];
  if (before.enabled !== after.enabled)
    changes.push(t(after.enabled ? 'rules.history.enabled' : 'rules.history.disabled'));
  if (before.severity !== after.severity)
    changes.push(
      t('rules.history.severity', {
        from: t(`rules.severity.${before.severity}`),
        to: t(`rules.severity.${after.severity}`),
      }),
    );
  return (
    <li
      style={{ padding: `${token.paddingSM}px 0`, borderBottom: `1px solid ${token.colorBorderSecondary}` }}
    >
      <Typography.Text strong>
        {t('rules.history.versionLine', { version: entry.ruleVersion, set: entry.ruleSetVersion })}
      </Typography.Text>{' '}
      <Typography.Text type="secondary">
        <time dateTime={entry.at}>{format.dateTime(entry.at)}</time> · {entry.by}
      </Typography.Text>
      {changes.length > 0 && <div>{changes.join('；')}</div>}
      {before.pattern !== after.pattern && (
        <div>
          {t('rules.history.pattern')}{' '}
          <Typography.Text delete code style={{ overflowWrap: 'anywhere' }}>
            {before.pattern}
          </Typography.Text>{' '}
          →{' '}
          <Typography.Text code style={{ overflowWrap: 'anywhere' }}>
            {after.pattern}
          </Typography.Text>
        </div>
      )}
      {/* The reason is user-written: text only. */}
      {entry.reason && (
        <div>
          {t('rules.reason')}: {entry.reason}
        </div>
      )}
    </li>
  );
}
