import { describe, expect, it } from 'vitest';
import { cpuTime } from '../testing';
import type { RuleHit } from './scan/schema';
import { compareHits, diffText, type DiffSegment } from './diff';

const oldText = (d: DiffSegment[]) =>
  d
    .filter((s) => s.op !== 'insert')
    .map((s) => s.text)
    .join('');
const newText = (d: DiffSegment[]) =>
  d
    .filter((s) => s.op !== 'delete')
    .map((s) => s.text)
    .join('');
const edits = (d: DiffSegment[]) =>
  d
    .filter((s) => s.op !== 'equal')
    .reduce((n, s) => n + Array.from(new Intl.Segmenter().segment(s.text)).length, 0);

describe('diffText', () => {
  it('handles equal and empty texts', () => {
    expect(diffText('', '')).toEqual([]);
    expect(diffText('同', '同')).toEqual([{ op: 'equal', text: '同' }]);
    expect(diffText('', '新')).toEqual([{ op: 'insert', text: '新' }]);
    expect(diffText('旧', '')).toEqual([{ op: 'delete', text: '旧' }]);
  });

  it('diffs Chinese text character by character', () => {
    expect(diffText('高血压患者', '高血糖患者')).toEqual([
      { op: 'equal', text: '高血' },
      { op: 'delete', text: '压' },
      { op: 'insert', text: '糖' },
      { op: 'equal', text: '患者' },
    ]);
    expect(diffText('本品能根治胃炎。', '本品可缓解胃炎。')).toEqual([
      { op: 'equal', text: '本品' },
      { op: 'delete', text: '能根治' },
      { op: 'insert', text: '可缓解' },
      { op: 'equal', text: '胃炎。' },
    ]);
  });

  it('never splits a surrogate pair or an emoji sequence', () => {
    // 😀 U+1F600 and 😁 U+1F601 share their high surrogate.
    expect(diffText('a😀b', 'a😁b')).toEqual([
      { op: 'equal', text: 'a' },
      { op: 'delete', text: '😀' },
      { op: 'insert', text: '😁' },
      { op: 'equal', text: 'b' },
    ]);
    expect(diffText('家👨‍👩‍👧', '家👨‍👩‍👦')).toEqual([
      { op: 'equal', text: '家' },
      { op: 'delete', text: '👨‍👩‍👧' },
      { op: 'insert', text: '👨‍👩‍👦' },
    ]);
  });

  it('finds a shortest edit script', () => {
    // Myers' paper example: ABCABBA → CBABAC takes 5 edits.
    const d = diffText('ABCABBA', 'CBABAC');
    expect(oldText(d)).toBe('ABCABBA');
    expect(newText(d)).toBe('CBABAC');
    expect(edits(d)).toBe(5);
  });

  it('diffs a 20,000-character article with scattered edits in milliseconds', async () => {
    const para = '高血压患者应当每天在固定时间测量血压，并记录在案。😀如有头晕、胸闷等不适，请及时就医。\n';
    const a = para.repeat(Math.ceil(20_000 / para.length)).slice(0, 20_000);
    const chars = Array.from(a);
    for (let i = 100; i < chars.length; i += 400) chars[i] = '改';
    const b = chars.join('');
    const { result: d, ms: elapsed } = await cpuTime(() => diffText(a, b));
    expect(oldText(d)).toBe(a);
    expect(newText(d)).toBe(b);
    expect(elapsed).toBeLessThan(250);
  });

  it('stays fast and exact when a long text is rewritten', async () => {
    const a = Array.from({ length: 400 }, (_, i) => `第${i}段：规律服药，定期复查。\n`).join('');
    const b = Array.from({ length: 400 }, (_, i) => `Paragraph ${i * 7}: keep moving, sleep well.\n`).join(
      '',
    );
    const { result: d, ms } = await cpuTime(() => diffText(a, b));
    expect(ms).toBeLessThan(1000);
    expect(oldText(d)).toBe(a);
    expect(newText(d)).toBe(b);
  });
});

const hit = (
  ruleId: string,
  start: number,
  snippet: string,
  severity: RuleHit['severity'] = 'high',
): RuleHit => ({
  ruleId,
  severity,
  start,
  end: start + snippet.length,
  snippet,
  message: { 'zh-CN': ruleId, 'en-US': ruleId },
});

describe('compareHits', () => {
  it('marks kept, fixed and added violations', () => {
    const a = '本品根治胃炎。最佳选择。';
    const b = '新版：本品根治胃炎。热销好物。';
    const prev = [hit('AD-02', 2, '根治', 'block'), hit('AD-01', 7, '最佳')];
    const next = [hit('AD-02', 5, '根治', 'block'), hit('AD-11', 10, '热销')];
    const result = compareHits(prev, next, diffText(a, b));
    expect(result.hits.map((h) => [h.ruleId, h.start, h.status])).toEqual([
      ['AD-02', 5, 'persisting'],
      ['AD-11', 10, 'new'],
    ]);
    expect(result.resolved.map((h) => [h.ruleId, h.start, h.status])).toEqual([['AD-01', 7, 'resolved']]);
  });

  it('keeps a reworded claim of the same rule as persisting', () => {
    const a = '三天见效。';
    const b = '五天见效。';
    const result = compareHits([hit('AD-05', 0, '三天见效')], [hit('AD-05', 0, '五天见效')], diffText(a, b));
    expect(result.hits.map((h) => h.status)).toEqual(['persisting']);
    expect(result.resolved).toEqual([]);
  });

  it('follows text that moved', () => {
    const a = '最佳选择。其他内容很长很长。';
    const b = '其他内容很长很长。最佳选择。';
    const result = compareHits([hit('AD-01', 0, '最佳')], [hit('AD-01', 9, '最佳')], diffText(a, b));
    expect(result.hits.map((h) => h.status)).toEqual(['persisting']);
  });

  it('does not pair a hit with another rule’s hit at the same place', () => {
    const a = '加微信领取。';
    const result = compareHits([hit('PRV-02', 0, '加微信')], [hit('AD-11', 0, '加微信')], diffText(a, a));
    expect(result.hits.map((h) => h.status)).toEqual(['new']);
    expect(result.resolved.map((h) => h.ruleId)).toEqual(['PRV-02']);
  });
});
