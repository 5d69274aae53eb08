import { describe, expect, it } from 'vitest';
import { clauseEnd, clauseStart, normalize, quoteSpans, splitSentences, toOriginalRange } from './text';

describe('normalize', () => {
  it('folds width, script and spacing, and maps every character back to the original', () => {
    const original = '９０％ 根 治\u200b無效 AI 开方 vx: ab12';
    const norm = normalize(original);
    expect(norm.text).toBe('90%根治无效AI开方vx: ab12');
    expect(norm.origin).toHaveLength(norm.text.length);
    for (let i = 0; i < norm.text.length; i++) {
      const from = original.charAt(norm.origin[i] ?? -1);
      expect(normalize(from).text || ' ', `${i}`).toBe(norm.text.charAt(i));
    }
  });

  it('keeps surrogate pairs and maps a range back to its original extent', () => {
    const original = '𠮷根 治';
    const norm = normalize(original);
    expect(norm.text).toBe('𠮷根治');
    expect(toOriginalRange(norm, 2, 4)).toEqual([2, 5]);
    expect(toOriginalRange(norm, 2, 2)).toEqual([2, 2]);
  });

  it('drops emoji anywhere and filler marks next to Chinese, keeping the offsets of the rest', () => {
    const original = '😀根💥治，无*副·作_用 ❤️ ys_health 2~4周';
    const norm = normalize(original);
    expect(norm.text).toBe('根治,无副作用ys_health 2~4周');
    expect(toOriginalRange(norm, 0, 2)).toEqual([2, 6]);
    expect(original.slice(...toOriginalRange(norm, 3, 7))).toBe('无*副·作_用');
  });
});

describe('chat spellings and half-typed pinyin', () => {
  it('reads them as the Chinese they stand for, with snippets covering what was typed', () => {
    const original = '喝了直接gen治啊，药都可以tíng了，一点副作用都木有，不fu发';
    const norm = normalize(original);
    expect(norm.text).toBe('喝了直接根治,药都可以停了,一点副作用都没有,不复发');
    expect(original.slice(...toOriginalRange(norm, 4, 6))).toBe('gen治');
    expect(original.slice(...toOriginalRange(norm, 11, 12))).toBe('tíng');
    expect(original.slice(...toOriginalRange(norm, 24, 26))).toBe('fu发');
  });

  it('leaves English words and ordinary Chinese alone', () => {
    expect(normalize('Gen2版本的树木有年轮').text).toBe('Gen2版本的树木有年轮');
  });
});

describe('sentences and clauses', () => {
  it('splits on 。!?; and line breaks, dropping empty sentences', () => {
    const text = normalize('第一句。第二句！第三句？\n\n第四句;').text;
    expect(splitSentences(text).map((s) => [text.slice(s.start, s.end), s.terminator])).toEqual([
      ['第一句', '。'],
      ['第二句', '!'],
      ['第三句', '?'],
      ['第四句', ';'],
    ]);
  });

  it('finds the clause around an index', () => {
    const sentence = '不打针,不吃药、三天见效:真的';
    expect(clauseStart(sentence, 9)).toBe(8);
    expect(clauseEnd(sentence, 9)).toBe(12);
    expect(clauseStart(sentence, 1)).toBe(0);
    expect(clauseEnd(sentence, 13)).toBe(sentence.length);
  });

  it('finds quotations, including unclosed ones', () => {
    expect(quoteSpans('所谓“断根”和「神药」')).toEqual([
      [2, 5],
      [7, 10],
    ]);
    expect(quoteSpans("他说'根治")).toEqual([[2, 5]]);
  });
});
