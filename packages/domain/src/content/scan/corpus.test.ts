import { describe, expect, it } from 'vitest';
import { CORPUS } from './corpus';
import { scanContent } from './engine';
import { DEFAULT_RULES } from './rules';

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

function measure() {
  // Per (entry, rule id): a found id that was not expected is a false positive, a missed one a false negative.
  const pairs: Tally = { tp: 0, fp: 0, fn: 0 };
  // Per entry: positive when it has any hit; a true positive finds every expected id and nothing else.
  const entries: Tally = { tp: 0, fp: 0, fn: 0 };
  const misses: string[] = [];
  for (const entry of CORPUS) {
    const found = new Set(scanContent(entry.text, entry.context).map((h) => h.ruleId));
    const expected = new Set(entry.expected);
    const extra = [...found].filter((id) => !expected.has(id));
    const missing = [...expected].filter((id) => !found.has(id));
    pairs.tp += expected.size - missing.length;
    pairs.fp += extra.length;
    pairs.fn += missing.length;
    if (extra.length > 0) entries.fp++;
    else if (missing.length > 0) entries.fn++;
    else if (expected.size > 0) entries.tp++;
    if (extra.length + missing.length > 0) {
      misses.push(`${entry.text}  missing [${missing.join(', ')}] extra [${extra.join(', ')}]`);
    }
  }
  return { pairs, entries, misses };
}

describe('labelled corpus', () => {
  it('is large, balanced and uses only known rule ids', () => {
    const ids = new Set(DEFAULT_RULES.map((r) => r.id));
    const violating = CORPUS.filter((e) => e.expected.length > 0).length;
    expect(CORPUS.length).toBeGreaterThanOrEqual(150);
    expect(violating / CORPUS.length).toBeGreaterThan(0.35);
    expect(violating / CORPUS.length).toBeLessThan(0.65);
    expect(CORPUS.flatMap((e) => e.expected).filter((id) => !ids.has(id))).toEqual([]);
    expect(new Set(CORPUS.map((e) => e.text)).size).toBe(CORPUS.length);
  });

  it('is screened with precision and recall of at least 0.9', () => {
    const { pairs, entries, misses } = measure();
    const pairPrecision = ratio(pairs.tp, pairs.tp + pairs.fp);
    const pairRecall = ratio(pairs.tp, pairs.tp + pairs.fn);
    const entryPrecision = ratio(entries.tp, entries.tp + entries.fp);
    const entryRecall = ratio(entries.tp, entries.tp + entries.fn);
    const clean = CORPUS.filter((e) => e.expected.length === 0).length;
    console.log(
      [
        `corpus: ${CORPUS.length} entries (${CORPUS.length - clean} violating, ${clean} clean)`,
        `per rule id: precision ${pairPrecision.toFixed(3)}, recall ${pairRecall.toFixed(3)} (tp ${pairs.tp}, fp ${pairs.fp}, fn ${pairs.fn})`,
        `per entry:   precision ${entryPrecision.toFixed(3)}, recall ${entryRecall.toFixed(3)} (tp ${entries.tp}, fp ${entries.fp}, fn ${entries.fn})`,
        ...misses.map((m) => `  miss: ${m}`),
      ].join('\n'),
    );
    expect(pairPrecision).toBeGreaterThanOrEqual(0.9);
    expect(pairRecall).toBeGreaterThanOrEqual(0.9);
    expect(entryPrecision).toBeGreaterThanOrEqual(0.9);
    expect(entryRecall).toBeGreaterThanOrEqual(0.9);
  });
});
