import type { ReactNode } from 'react';
import { Empty, Flex, Typography, useToken } from '@careops/design-system';
import { reasonCode, type ContentHistoryEntry } from '@careops/domain/content';
import { useFormat, useLocalized, useTranslation } from '@careops/i18n';

/**
 * The item's own history (every workflow move it records, oldest first). Seeded stories predate
 * the audit log, so this is where their submissions and decisions show; it is labelled as the
 * item's history, apart from the audit trail.
 */
export function ItemHistory({ history }: { history: readonly ContentHistoryEntry[] }) {
  const { t } = useTranslation('content');
  if (history.length === 0) return <Empty description={t('detail.history.empty')} />;
  return (
    <ol aria-label={t('detail.history.title')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {history.map((entry, i) => (
        <HistoryEntry key={`${entry.at}-${String(i)}`} entry={entry} />
      ))}
    </ol>
  );
}

function HistoryEntry({ entry }: { entry: ContentHistoryEntry }) {
  const { t } = useTranslation('content');
  const format = useFormat();
  const localized = useLocalized();
  const token = useToken();
  const actor =
    entry.actorId === 'system'
      ? t('detail.audit.system')
      : entry.actorRole === 'author'
        ? `${entry.actorId} (${t('detail.history.author')})`
        : `${entry.actorId} (${t(`role.${entry.actorRole}`, { ns: 'common', defaultValue: entry.actorRole })})`;

  const facts: { key: string; label: string; value: ReactNode }[] = [
    {
      key: 'version',
      label: t('detail.audit.version'),
      value: t('items.versionValue', { n: entry.versionNo }),
    },
    {
      key: 'status',
      label: t('detail.audit.status'),
      value: `${t(`status.${entry.from}`)} → ${t(`status.${entry.to}`)}`,
    },
  ];
  if (entry.stage)
    facts.push({ key: 'stage', label: t('detail.audit.stage'), value: t(`library.stage.${entry.stage}`) });
  if (entry.reasonCodes && entry.reasonCodes.length > 0)
    facts.push({
      key: 'codes',
      label: t('detail.audit.codes'),
      value: entry.reasonCodes
        .map((c) => {
          const known = reasonCode(c);
          return known ? `${c} ${localized(known.label)}` : c;
        })
        .join('、'),
    });
  // Reasons and comments are user-written: text children only.
  if (entry.reason) facts.push({ key: 'reason', label: t('detail.audit.reason'), value: entry.reason });

  return (
    <li
      data-testid="history-entry"
      style={{ padding: `${token.paddingSM}px 0`, borderBottom: `1px solid ${token.colorBorderSecondary}` }}
    >
      <Flex gap={8} wrap align="baseline">
        <Typography.Text strong>{t(`detail.history.action.${entry.action}`)}</Typography.Text>
        <Typography.Text type="secondary">
          <time dateTime={entry.at}>{format.dateTime(entry.at)}</time> · {actor}
        </Typography.Text>
      </Flex>
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
    </li>
  );
}
