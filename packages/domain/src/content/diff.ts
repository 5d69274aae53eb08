import { z } from 'zod';
import type { RuleHit } from './scan/schema';
import type { StoredRuleHit } from './model';

export const DIFF_OPS = ['equal', 'insert', 'delete'] as const;
export const diffSegmentSchema = z.object({ op: z.enum(DIFF_OPS), text: z.string() });
export type DiffSegment = z.infer<typeof diffSegmentSchema>;

type Op = 'equal' | 'insert' | 'delete';

/**
 * Myers' O((N+M)·D) shortest edit script over token ids, or null when more than `maxD` edits are
 * needed (the trace grows with D², so a huge rewrite is left to the caller's coarser fallback).
 */
function myers(a: readonly number[], b: readonly number[], maxD: number): Op[] | null {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, maxD);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0))
          ? (v[offset + k + 1] ?? 0)
          : (v[offset + k - 1] ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        trace.push(v.slice(offset - d, offset + d + 1));
        return backtrack(trace, n, m);
      }
    }
    trace.push(v.slice(offset - d, offset + d + 1));
  }
  return null;
}

function backtrack(trace: readonly Int32Array[], n: number, m: number): Op[] {
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d > 0; d--) {
    const prev = trace[d - 1];
    if (!prev) break;
    // prev holds k = -(d-1)…(d-1) at index k + d - 1
    const at = (k: number) => prev[k + d - 1] ?? -1;
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push('equal');
      x--;
      y--;
    }
    ops.push(x === prevX ? 'insert' : 'delete');
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) {
    ops.push('equal');
    x--;
    y--;
  }
  return ops.reverse();
}

let segmenter: Intl.Segmenter | undefined;

/** Marks, joiners, variation selectors, skin tones, tags, flags: where code points and graphemes differ. */
const CLUSTERING = /\p{M}|\u200d|[\ufe00-\ufe0f]|\p{Emoji_Modifier}|[\u{e0020}-\u{e007f}]|\p{RI}/u;

/** User-perceived characters: an emoji with modifiers or a ZWJ family is one unit, never split. */
function graphemes(text: string): string[] {
  // The segmenter costs ~2.5 µs a character; plain text (CJK, single emoji) is split by code point.
  if (!CLUSTERING.test(text)) return Array.from(text);
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'grapheme' });
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

function lines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

function push(out: DiffSegment[], op: Op, text: string): void {
  if (!text) return;
  const last = out.at(-1);
  if (last && last.op === op) last.text += text;
  else out.push({ op, text });
}

function interned(a: readonly string[], b: readonly string[]): [number[], number[]] {
  const ids = new Map<string, number>();
  const id = (t: string) => {
    let n = ids.get(t);
    if (n === undefined) ids.set(t, (n = ids.size));
    return n;
  };
  return [a.map(id), b.map(id)];
}

/** Diffs token lists; inside a changed region, deletions come before insertions. */
function diffTokens(a: readonly string[], b: readonly string[], maxD: number): DiffSegment[] | null {
  const [ia, ib] = interned(a, b);
  const ops = myers(ia, ib, maxD);
  if (!ops) return null;
  const out: DiffSegment[] = [];
  let i = 0;
  let j = 0;
  let del = '';
  let ins = '';
  const flush = () => {
    push(out, 'delete', del);
    push(out, 'insert', ins);
    del = ins = '';
  };
  for (const op of ops) {
    if (op === 'equal') {
      flush();
      push(out, 'equal', a[i++] ?? '');
      j++;
    } else if (op === 'delete') del += a[i++] ?? '';
    else ins += b[j++] ?? '';
  }
  flush();
  return out;
}

export interface DiffOptions {
  /** Edits beyond which a character diff gives way to a line diff refined per changed block. */
  maxEdits?: number;
}

/**
 * Character-level diff of two texts (DOMAIN.md §4.4): segments that, concatenated, give `a` from
 * the equal and delete segments and `b` from the equal and insert ones. Characters are grapheme
 * clusters, so a CJK character, a surrogate pair or an emoji sequence is never split. Common prefix
 * and suffix are trimmed first; a rewrite of more than `maxEdits` characters is diffed line by line
 * and each changed block refined by characters, which keeps 20,000-character articles in
 * milliseconds.
 */
export function diffText(a: string, b: string, options: DiffOptions = {}): DiffSegment[] {
  const maxEdits = options.maxEdits ?? 2000;
  if (a === b) return a ? [{ op: 'equal', text: a }] : [];
  const ga = graphemes(a);
  const gb = graphemes(b);
  let pre = 0;
  while (pre < ga.length && pre < gb.length && ga[pre] === gb[pre]) pre++;
  let suf = 0;
  while (
    suf < ga.length - pre &&
    suf < gb.length - pre &&
    ga[ga.length - 1 - suf] === gb[gb.length - 1 - suf]
  ) {
    suf++;
  }
  const midA = ga.slice(pre, ga.length - suf);
  const midB = gb.slice(pre, gb.length - suf);
  const out: DiffSegment[] = [];
  push(out, 'equal', ga.slice(0, pre).join(''));
  const middle = diffTokens(midA, midB, maxEdits) ?? diffByLines(midA.join(''), midB.join(''), maxEdits);
  for (const s of middle) push(out, s.op, s.text);
  push(out, 'equal', ga.slice(ga.length - suf).join(''));
  return out;
}

function diffByLines(a: string, b: string, maxEdits: number): DiffSegment[] {
  const coarse = diffTokens(lines(a), lines(b), maxEdits) ?? [
    { op: 'delete' as const, text: a },
    { op: 'insert' as const, text: b },
  ];
  const out: DiffSegment[] = [];
  for (let i = 0; i < coarse.length; i++) {
    const s = coarse[i];
    const n = coarse[i + 1];
    if (s && n && s.op === 'delete' && n.op === 'insert') {
      const fine = diffTokens(graphemes(s.text), graphemes(n.text), maxEdits);
      for (const f of fine ?? [s, n]) push(out, f.op, f.text);
      i++;
    } else if (s) push(out, s.op, s.text);
  }
  return out;
}

/** Old-text offset → new-text offset through a diff; a deleted position maps to where the deletion was. */
function mapper(diff: readonly DiffSegment[]): (offset: number) => number {
  const spans: { oldStart: number; oldEnd: number; newStart: number; equal: boolean }[] = [];
  let o = 0;
  let n = 0;
  for (const s of diff) {
    if (s.op === 'insert') n += s.text.length;
    else {
      spans.push({ oldStart: o, oldEnd: o + s.text.length, newStart: n, equal: s.op === 'equal' });
      o += s.text.length;
      if (s.op === 'equal') n += s.text.length;
    }
  }
  return (offset) => {
    for (const s of spans) {
      if (offset < s.oldEnd) return s.equal ? s.newStart + (offset - s.oldStart) : s.newStart;
    }
    return n;
  };
}

export interface ComparedHits {
  /** The next version's hits, each new or persisting. */
  hits: StoredRuleHit[];
  /** The previous version's hits that are gone, with their offsets into the previous text. */
  resolved: StoredRuleHit[];
}

const withStatus = (hit: RuleHit, status: StoredRuleHit['status']): StoredRuleHit => ({
  ruleId: hit.ruleId,
  severity: hit.severity,
  start: hit.start,
  end: hit.end,
  snippet: hit.snippet,
  message: hit.message,
  status,
});

/**
 * Marks hits across two versions (DOMAIN.md §4.4). A next hit persists when a previous hit of the
 * same rule, mapped through the diff, still overlaps it (the claim was kept, perhaps reworded), or
 * failing that when a previous hit of the same rule has the same snippet (the text moved, or a
 * document-level rule still fires). Other next hits are new; unmatched previous hits are resolved.
 */
export function compareHits(
  prevHits: readonly RuleHit[],
  nextHits: readonly RuleHit[],
  diff: readonly DiffSegment[],
): ComparedHits {
  const map = mapper(diff);
  const mapped = prevHits.map((h) => {
    const start = map(h.start);
    const end = h.end > h.start ? map(h.end - 1) + 1 : start;
    return { hit: h, start, end: Math.max(start, end) };
  });
  const matchedPrev = new Set<number>();
  const status = new Map<number, StoredRuleHit['status']>();
  nextHits.forEach((h, j) => {
    const i = mapped.findIndex(
      (p, idx) =>
        !matchedPrev.has(idx) &&
        p.hit.ruleId === h.ruleId &&
        Math.max(p.start, h.start) < Math.min(p.end, h.end),
    );
    if (i >= 0) {
      matchedPrev.add(i);
      status.set(j, 'persisting');
    }
  });
  nextHits.forEach((h, j) => {
    if (status.has(j)) return;
    const i = mapped.findIndex(
      (p, idx) => !matchedPrev.has(idx) && p.hit.ruleId === h.ruleId && p.hit.snippet === h.snippet,
    );
    if (i >= 0) {
      matchedPrev.add(i);
      status.set(j, 'persisting');
    }
  });
  return {
    hits: nextHits.map((h, j) => withStatus(h, status.get(j) ?? 'new')),
    resolved: prevHits.filter((_, i) => !matchedPrev.has(i)).map((h) => withStatus(h, 'resolved')),
  };
}
