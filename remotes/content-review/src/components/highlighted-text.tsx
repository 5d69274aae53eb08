import { useEffect, useId, useMemo, useRef, useState, type CSSProperties } from 'react';
import { Typography, useToken } from '@careops/design-system';
import type { RuleHit, StoredRuleHit } from '@careops/domain/content';
import type { LocalizedText } from '@careops/domain';
import { useLocalized, useTranslation } from '@careops/i18n';
import { SEVERITY_RANK, SeverityTag, useSeverityStyles } from './severity';

export type HighlightHit = RuleHit & { status?: StoredRuleHit['status'] };

interface Segment {
  start: number;
  end: number;
  /** Indexes of the hits covering the segment. */
  hits: number[];
  /** Hits that begin here: the segment is where focus lands for them. */
  starts: number[];
  /** Hits that end here: their severity label follows the segment. */
  ends: number[];
}

/**
 * Cuts the text at every hit boundary (UTF-16 offsets, as the scanner reports them), so
 * overlapping hits need no nesting: each piece knows every hit that covers it.
 */
export function segmentText(length: number, hits: readonly Pick<RuleHit, 'start' | 'end'>[]): Segment[] {
  const valid = hits
    .map((h, i) => ({ i, start: Math.max(0, Math.min(h.start, length)), end: Math.min(h.end, length) }))
    .filter((h) => h.end > h.start);
  const points = [...new Set([0, length, ...valid.flatMap((h) => [h.start, h.end])])].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let p = 0; p < points.length - 1; p++) {
    const start = points[p] ?? 0;
    const end = points[p + 1] ?? length;
    const covering = valid.filter((h) => h.start <= start && h.end >= end);
    segments.push({
      start,
      end,
      hits: covering.map((h) => h.i),
      starts: covering.filter((h) => h.start === start).map((h) => h.i),
      ends: covering.filter((h) => h.end === end).map((h) => h.i),
    });
  }
  return segments;
}

export interface HighlightedTextProps {
  /** The screened text (body, then transcript); author-written, so only ever a text child. */
  text: string;
  hits: readonly HighlightHit[];
  /** Rule names by id, for the explanations. */
  ruleNames: ReadonlyMap<string, LocalizedText>;
  /** Accessible name of the text region. */
  label: string;
  /** Focus this hit's mark; `seq` repeats a request for the same hit. */
  focusRequest?: { index: number; seq: number } | undefined;
}

/**
 * A version's text with every rule hit marked by severity. Each mark is focusable, describes its
 * hits to assistive technology, and explains them below the text when focused or clicked.
 */
export function HighlightedText({ text, hits, ruleNames, label, focusRequest }: HighlightedTextProps) {
  const { t } = useTranslation('content');
  const localized = useLocalized();
  const token = useToken();
  const styles = useSeverityStyles();
  const prefix = useId();
  const container = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<number[]>([]);
  const segments = useMemo(() => segmentText(text.length, hits), [text, hits]);

  useEffect(() => {
    if (!focusRequest) return;
    const mark = container.current?.querySelector<HTMLElement>(`[data-hit-starts~="${focusRequest.index}"]`);
    if (!mark) return;
    mark.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
    mark.focus({ preventScroll: true });
  }, [focusRequest]);

  const describe = (i: number) => `${prefix}-hit-${i}`;
  const ruleName = (ruleId: string) => {
    const name = ruleNames.get(ruleId);
    return name ? `${ruleId} ${localized(name)}` : ruleId;
  };
  const explanation = (hit: HighlightHit) =>
    t('hits.explain', {
      severity: t(`hits.severity.${hit.severity}`),
      rule: ruleName(hit.ruleId),
      message: localized(hit.message),
    });

  const textStyle: CSSProperties = {
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    lineHeight: 2,
    fontSize: token.fontSizeLG,
    color: token.colorText,
  };

  // Document-level findings (a missing disclaimer) have no span of text to mark.
  const whole = hits.flatMap((h, i) => (h.end > h.start ? [] : [i]));

  return (
    <div ref={container}>
      {whole.length > 0 && (
        <ul
          aria-label={t('hits.document')}
          style={{ margin: `0 0 ${token.marginSM}px`, paddingInlineStart: 20 }}
        >
          {whole.map((i) => {
            const hit = hits[i];
            if (!hit) return null;
            return (
              <li
                key={i}
                tabIndex={0}
                data-hit-starts={i}
                aria-describedby={describe(i)}
                onFocus={() => setActive([i])}
                onClick={() => setActive([i])}
                style={{ ...styles[hit.severity], marginBottom: token.marginXXS }}
              >
                {t('hits.documentItem', {
                  rule: ruleName(hit.ruleId),
                  severity: t(`hits.severity.${hit.severity}`),
                })}
              </li>
            );
          })}
        </ul>
      )}
      <div role="region" aria-label={label} style={textStyle} data-testid="highlighted-text">
        {segments.map((s) => {
          const piece = text.slice(s.start, s.end);
          if (s.hits.length === 0) return <span key={s.start}>{piece}</span>;
          const worst = s.hits
            .map((i) => hits[i])
            .filter((h): h is HighlightHit => h !== undefined)
            .reduce((a, b) => (SEVERITY_RANK[b.severity] > SEVERITY_RANK[a.severity] ? b : a));
          const endLabels = s.ends
            .map((i) => hits[i]?.severity)
            .filter((v, i, all) => v !== undefined && all.indexOf(v) === i);
          return (
            <span key={s.start}>
              <mark
                tabIndex={0}
                data-severity={worst.severity}
                data-hit-starts={s.starts.join(' ') || undefined}
                data-hits={s.hits.join(' ')}
                aria-describedby={s.hits.map(describe).join(' ')}
                title={s.hits
                  .map((i) => hits[i])
                  .flatMap((h) => (h ? [explanation(h)] : []))
                  .join('\n')}
                onFocus={() => setActive(s.hits)}
                onClick={() => setActive(s.hits)}
                style={{
                  ...styles[worst.severity],
                  padding: '0 1px',
                  borderRadius: 2,
                  cursor: 'pointer',
                  outlineOffset: 2,
                }}
              >
                {piece}
              </mark>
              {endLabels.map((severity) => (
                <sup
                  key={severity}
                  aria-hidden
                  style={{ fontSize: token.fontSizeSM, color: token.colorTextSecondary, marginInline: 2 }}
                >
                  {severity && t(`hits.severityShort.${severity}`)}
                </sup>
              ))}
            </span>
          );
        })}
      </div>
      {/* Read when a mark gets focus (aria-describedby), whatever is on screen. */}
      <div className="careops-visually-hidden">
        {hits.map((h, i) => (
          <span key={describe(i)} id={describe(i)}>
            {explanation(h)}
          </span>
        ))}
      </div>
      <div
        aria-live="polite"
        data-testid="hit-explanation"
        style={{
          marginTop: token.margin,
          padding: token.paddingSM,
          border: `1px solid ${token.colorBorderSecondary}`,
          borderRadius: token.borderRadius,
          minHeight: 48,
        }}
      >
        {active.length === 0 ? (
          <Typography.Text type="secondary">
            {hits.length ? t('hits.focusHint') : t('hits.none')}
          </Typography.Text>
        ) : (
          active.map((i) => {
            const hit = hits[i];
            if (!hit) return null;
            return (
              <div key={i} style={{ marginBottom: token.marginXS }}>
                <SeverityTag severity={hit.severity} />
                <Typography.Text strong>{ruleName(hit.ruleId)}</Typography.Text>
                {hit.status && (
                  <Typography.Text type="secondary"> · {t(`hits.status.${hit.status}`)}</Typography.Text>
                )}
                <div>{localized(hit.message)}</div>
                <Typography.Text type="secondary">
                  {t('hits.snippet')}「{hit.snippet}」
                </Typography.Text>
              </div>
            );
          })
        )}
      </div>
    </div>
  );
}
