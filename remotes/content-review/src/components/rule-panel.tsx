import { useMemo } from 'react';
import { Button, Typography, useToken } from '@careops/design-system';
import type { LocalizedText } from '@careops/domain';
import { useLocalized, useTranslation } from '@careops/i18n';
import type { HighlightHit } from './highlighted-text';
import { SEVERITY_RANK, SeverityTag } from './severity';

const short = (snippet: string) => (snippet.length > 24 ? `${snippet.slice(0, 24)}…` : snippet);

export interface RulePanelProps {
  hits: readonly HighlightHit[];
  ruleNames: ReadonlyMap<string, LocalizedText>;
  /** Called with the index (into `hits`) of the occurrence chosen. */
  onSelect: (index: number) => void;
}

/** The version's hits grouped by rule, worst first; each occurrence leads to its mark in the text. */
export function RulePanel({ hits, ruleNames, onSelect }: RulePanelProps) {
  const { t } = useTranslation('content');
  const localized = useLocalized();
  const token = useToken();
  const groups = useMemo(() => {
    const byRule = new Map<
      string,
      { ruleId: string; indexes: number[]; severity: HighlightHit['severity'] }
    >();
    hits.forEach((h, i) => {
      const group = byRule.get(h.ruleId);
      if (group) {
        group.indexes.push(i);
        if (SEVERITY_RANK[h.severity] > SEVERITY_RANK[group.severity]) group.severity = h.severity;
      } else byRule.set(h.ruleId, { ruleId: h.ruleId, indexes: [i], severity: h.severity });
    });
    return [...byRule.values()].sort(
      (a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.ruleId.localeCompare(b.ruleId),
    );
  }, [hits]);

  if (groups.length === 0) return <Typography.Text type="secondary">{t('hits.none')}</Typography.Text>;
  return (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-label={t('hits.panel')}>
      {groups.map((g) => {
        const name = ruleNames.get(g.ruleId);
        const title = name ? `${g.ruleId} ${localized(name)}` : g.ruleId;
        return (
          <li
            key={g.ruleId}
            data-rule-id={g.ruleId}
            style={{ padding: `${token.paddingXS}px 0`, borderBottom: `1px solid ${token.colorSplit}` }}
          >
            <div>
              <SeverityTag severity={g.severity} />
              <Typography.Text strong>{title}</Typography.Text>{' '}
              <Typography.Text type="secondary">
                {t('hits.count', { count: g.indexes.length })}
              </Typography.Text>
            </div>
            <div style={{ display: 'flex', flexWrap: 'wrap', gap: token.marginXXS }}>
              {g.indexes.map((index, n) => (
                <Button
                  autoInsertSpace={false}
                  key={index}
                  size="small"
                  type="link"
                  aria-label={t('hits.goTo', { rule: title, n: n + 1, snippet: hits[index]?.snippet ?? '' })}
                  onClick={() => onSelect(index)}
                >
                  {`${n + 1}.「${short(hits[index]?.snippet ?? '')}」`}
                </Button>
              ))}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
