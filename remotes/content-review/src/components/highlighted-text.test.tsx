import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { renderWithProviders, setupMockApi } from '@careops/app-kit/testing';
import { DEFAULT_RULES, scanContent, type RuleHit } from '@careops/domain/content';
import '../i18n';
import { HighlightedText, segmentText } from './highlighted-text';

const backend = setupMockApi();
const names = new Map(DEFAULT_RULES.map((r) => [r.id, r.name] as const));

const hit = (text: string, snippet: string, over: Partial<RuleHit> = {}): RuleHit => {
  const start = text.indexOf(snippet);
  return {
    ruleId: 'AD-02',
    severity: 'block',
    start,
    end: start + snippet.length,
    snippet,
    message: { 'zh-CN': '不得保证疗效', 'en-US': 'No efficacy guarantees' },
    ...over,
  };
};

describe('HighlightedText', () => {
  it('marks a hit at the right place after emoji (UTF-16 offsets) and explains it on focus', async () => {
    const text = '👨‍👩‍👧 家庭必备 🙂🙂 坚持服用可根治胃炎。';
    const h = hit(text, '根治');
    await renderWithProviders(
      <HighlightedText text={text} hits={[h]} ruleNames={names} label="正文" />,
      backend,
    );
    const region = screen.getByRole('region', { name: '正文' });
    const marks = region.querySelectorAll('mark');
    expect(marks).toHaveLength(1);
    expect(marks[0]?.textContent).toBe('根治');
    expect(marks[0]?.getAttribute('data-severity')).toBe('block');
    // The text around the mark is whole: nothing lost or doubled around the surrogate pairs.
    expect(region.textContent?.replace('阻断', '')).toBe(text);
    const mark = marks[0];
    if (!mark) throw new Error('no mark');
    expect(mark.tabIndex).toBe(0);
    fireEvent.focus(mark);
    const explanation = screen.getByTestId('hit-explanation');
    expect(within(explanation).getByText(/AD-02 功效保证/)).toBeTruthy();
    expect(within(explanation).getByText('不得保证疗效')).toBeTruthy();
    expect(within(explanation).getByText('阻断')).toBeTruthy();
    // Screen readers get the same explanation from the mark itself.
    const describedBy = mark.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(describedBy)?.textContent).toBe('阻断：AD-02 功效保证。不得保证疗效');
  });

  it('marks every hit of a real scan, overlapping ones included, by severity', async () => {
    const text = '🙂本品是治疗胃病的首选，三天见效，保证治愈，无副作用。';
    const hits = scanContent(text, {});
    expect(hits.length).toBeGreaterThan(2);
    await renderWithProviders(
      <HighlightedText text={text} hits={hits} ruleNames={names} label="正文" />,
      backend,
      { locale: 'en-US' },
    );
    const region = screen.getByRole('region', { name: '正文' });
    for (const [i, h] of hits.entries()) {
      const start = region.querySelector(`[data-hit-starts~="${i}"]`);
      expect(start, h.ruleId).not.toBeNull();
      expect(h.snippet.startsWith(start?.textContent ?? '∅')).toBe(true);
    }
    const severities = new Set([...region.querySelectorAll('mark')].map((m) => m.dataset.severity));
    expect(severities).toEqual(new Set(hits.map((h) => h.severity)));
  });

  it('keeps hostile author text as text', async () => {
    const text = '<img src=x onerror=alert(1)><script>window.__xss=1</script> 根治';
    const { container } = await renderWithProviders(
      <HighlightedText text={text} hits={[hit(text, '根治')]} ruleNames={names} label="正文" />,
      backend,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(screen.getByRole('region', { name: '正文' }).textContent).toContain(
      '<img src=x onerror=alert(1)>',
    );
    expect('__xss' in window).toBe(false);
  });

  it('cuts overlapping hits into pieces that know every hit covering them', () => {
    const segments = segmentText(10, [
      { start: 2, end: 6 },
      { start: 4, end: 8 },
      { start: 5, end: 5 },
    ]);
    expect(segments.map((s) => [s.start, s.end, s.hits])).toEqual([
      [0, 2, []],
      [2, 4, [0]],
      [4, 6, [0, 1]],
      [6, 8, [1]],
      [8, 10, []],
    ]);
  });
});
