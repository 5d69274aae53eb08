import { Empty, Flex, StatusTag, Typography, useToken } from '@careops/design-system';
import type { RuleHit } from '@careops/domain/content';
import { useLocalized, useTranslation } from '@careops/i18n';
import { SEVERITY_TONE } from '../content-list/hit-counts';

/** Hits of a dry run: rule, severity, the matched text (as text) and the rule's message in the UI language. */
export function HitList({ hits }: { hits: readonly RuleHit[] }) {
  const { t } = useTranslation('content');
  const localized = useLocalized();
  const token = useToken();
  return (
    <section aria-label={t('rules.test.results')} style={{ marginTop: token.marginSM }} aria-live="polite">
      <Typography.Text strong>{t('rules.test.hitCount', { count: hits.length })}</Typography.Text>
      {hits.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('rules.test.noHits')} />
      ) : (
        <ol style={{ margin: `${token.marginXS}px 0 0`, paddingInlineStart: token.paddingLG }}>
          {hits.map((h) => (
            <li key={`${h.ruleId}-${String(h.start)}-${String(h.end)}`} data-testid="test-hit">
              <Flex gap={6} wrap align="baseline">
                <Typography.Text code>{h.ruleId}</Typography.Text>
                <StatusTag tone={SEVERITY_TONE[h.severity]}>{t(`rules.severity.${h.severity}`)}</StatusTag>
                <Typography.Text strong>“{h.snippet}”</Typography.Text>
                <Typography.Text type="secondary">
                  {t('rules.test.offsets', { start: h.start, end: h.end })}
                </Typography.Text>
              </Flex>
              <div>{localized(h.message)}</div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
