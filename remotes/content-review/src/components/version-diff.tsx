import { useMemo } from 'react';
import { StatusTag, Typography, useToken, type Tone } from '@careops/design-system';
import {
  compareHits,
  diffText,
  screenedText,
  type ContentVersion,
  type StoredRuleHit,
} from '@careops/domain/content';
import type { LocalizedText } from '@careops/domain';
import { useLocalized, useTranslation } from '@careops/i18n';
import { SeverityTag } from './severity';

const STATUS_TONE: Record<StoredRuleHit['status'], Tone> = {
  new: 'error',
  persisting: 'warning',
  resolved: 'success',
};

export interface VersionDiffProps {
  from: Pick<ContentVersion, 'versionNo' | 'body' | 'transcript' | 'ruleHits'>;
  to: Pick<ContentVersion, 'versionNo' | 'body' | 'transcript' | 'ruleHits'>;
  ruleNames: ReadonlyMap<string, LocalizedText>;
}

/**
 * A character-level diff of two versions (DOMAIN.md §4.4): insertions and deletions are `<ins>` /
 * `<del>` with a spoken prefix and a text legend, not colour alone; the hits of the newer text are
 * compared with the older one's as new, persisting or resolved.
 */
export function VersionDiff({ from, to, ruleNames }: VersionDiffProps) {
  const { t } = useTranslation('content');
  const localized = useLocalized();
  const token = useToken();
  const { segments, compared } = useMemo(() => {
    const a = screenedText(from);
    const b = screenedText(to);
    const diff = diffText(a, b);
    return { segments: diff, compared: compareHits(from.ruleHits, to.ruleHits, diff) };
  }, [from, to]);
  const changed = segments.some((s) => s.op !== 'equal');
  const hits = [...compared.hits, ...compared.resolved];

  const insStyle = {
    background: token.colorSuccessBg,
    color: token.colorText,
    textDecoration: 'underline',
    textDecorationColor: token.colorSuccess,
    textDecorationThickness: 2,
  };
  const delStyle = {
    background: token.colorErrorBg,
    color: token.colorText,
    textDecoration: 'line-through',
    textDecorationColor: token.colorError,
  };

  return (
    <div data-testid="version-diff">
      <Typography.Paragraph type="secondary" style={{ marginBottom: token.marginXS }}>
        {t('diff.comparing', { from: from.versionNo, to: to.versionNo })}
      </Typography.Paragraph>
      <p style={{ margin: `0 0 ${token.marginSM}px` }} data-testid="diff-legend">
        <span>{t('diff.legend')}</span> <ins style={insStyle}>{t('diff.inserted')}</ins>{' '}
        <del style={delStyle}>{t('diff.deleted')}</del>
      </p>
      {changed ? (
        <div
          role="region"
          aria-label={t('diff.label', { from: from.versionNo, to: to.versionNo })}
          style={{
            whiteSpace: 'pre-wrap',
            overflowWrap: 'anywhere',
            lineHeight: 1.9,
            color: token.colorText,
            maxHeight: 480,
            overflowY: 'auto',
          }}
          // Scrollable, so reachable by keyboard.
          tabIndex={0}
        >
          {segments.map((s, i) => {
            if (s.op === 'equal') return <span key={i}>{s.text}</span>;
            const Tag = s.op === 'insert' ? 'ins' : 'del';
            return (
              <Tag key={i} style={s.op === 'insert' ? insStyle : delStyle}>
                <span className="careops-visually-hidden">
                  {t(s.op === 'insert' ? 'diff.insertStart' : 'diff.deleteStart')}
                </span>
                {s.text}
                <span className="careops-visually-hidden">{t('diff.changeEnd')}</span>
              </Tag>
            );
          })}
        </div>
      ) : (
        <Typography.Text type="secondary">{t('diff.same')}</Typography.Text>
      )}
      <Typography.Title level={3} style={{ fontSize: token.fontSizeLG, marginTop: token.marginLG }}>
        {t('diff.hitsTitle')}
      </Typography.Title>
      {hits.length === 0 ? (
        <Typography.Text type="secondary">{t('diff.noHits')}</Typography.Text>
      ) : (
        <ul style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('diff.hitsTitle')}>
          {hits.map((h, i) => {
            const name = ruleNames.get(h.ruleId);
            return (
              <li
                key={`${h.status}-${i}`}
                data-hit-status={h.status}
                style={{ padding: `${token.paddingXXS}px 0` }}
              >
                <StatusTag tone={STATUS_TONE[h.status]}>{t(`hits.status.${h.status}`)}</StatusTag>
                <SeverityTag severity={h.severity} />
                <Typography.Text strong>
                  {h.ruleId}
                  {name ? ` ${localized(name)}` : ''}
                </Typography.Text>{' '}
                <Typography.Text type="secondary">「{h.snippet}」</Typography.Text>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
