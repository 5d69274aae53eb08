import type { LocalizedText } from '../../common';
import { exemptRanges, insideRange, isNotAClaim } from './guards';
import { DEFAULT_RULES } from './rules';
import type { ContextGate, Rule, RuleHit, RuleKind, RuleSeverity, ScanContext, ScanProduct } from './schema';
import { normalize, splitSentences, toOriginalRange, type NormalizedText, type Sentence } from './text';

// `m` makes ^ and $ sentence boundaries: sentence patterns run over a copy of the text whose
// terminators are line breaks.
const FLAGS = 'imu';

type ResolvedContext = Required<Omit<ScanContext, 'authorType'>> & Pick<ScanContext, 'authorType'>;

/** Without context a text is judged as a public science article that promotes nothing. */
function resolveContext(context: ScanContext | undefined): ResolvedContext {
  return {
    type: context?.type ?? 'article',
    purpose: context?.purpose ?? 'science',
    audience: context?.audience ?? 'public',
    authorType: context?.authorType,
    products: context?.products ?? [],
    hasCommerceLink: context?.hasCommerceLink ?? false,
  };
}

function productMatches(product: ScanProduct, gate: NonNullable<ContextGate['products']>): boolean {
  if (gate.categories && !gate.categories.includes(product.category)) return false;
  if (gate.otcClasses && product.category === 'otc' && !gate.otcClasses.includes(product.otcClass ?? 'a')) {
    return false;
  }
  if (
    gate.withoutApprovalNo !== undefined &&
    gate.withoutApprovalNo === Boolean(product.adApprovalNo?.trim())
  ) {
    return false;
  }
  return true;
}

function gateMatches(gate: ContextGate | undefined, ctx: ResolvedContext): boolean {
  if (!gate) return true;
  const products = gate.products;
  return (
    (!gate.types || gate.types.includes(ctx.type)) &&
    (!gate.purposes || gate.purposes.includes(ctx.purpose)) &&
    (!gate.audiences || gate.audiences.includes(ctx.audience)) &&
    (!gate.authorTypes || (ctx.authorType !== undefined && gate.authorTypes.includes(ctx.authorType))) &&
    (!products || ctx.products.some((p) => productMatches(p, products))) &&
    (gate.hasCommerceLink === undefined || gate.hasCommerceLink === ctx.hasCommerceLink)
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The regular-expression source a rule's pattern stands for. */
function patternSource(pattern: string, kind: RuleKind): string {
  if (kind !== 'keyword') return pattern;
  const terms = pattern
    .split('|')
    .map((t) => normalize(t.trim()).text)
    .filter(Boolean);
  // Longest first, so 祖传秘方 is reported whole rather than as 祖传.
  return terms
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
}

/**
 * Why a pattern cannot be used, or null when it can. A structural rule may have an empty pattern
 * (nothing satisfies it); other kinds need a pattern that matches some text but never empty text.
 */
export function validateRulePattern(pattern: string, kind: RuleKind = 'regex'): LocalizedText | null {
  const source = patternSource(pattern, kind);
  if (source.trim() === '') {
    return kind === 'structural' ? null : { 'zh-CN': '规则内容不能为空。', 'en-US': 'The pattern is empty.' };
  }
  let regex: RegExp;
  try {
    regex = new RegExp(source, FLAGS);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { 'zh-CN': `正则表达式无效：${detail}`, 'en-US': `Invalid regular expression: ${detail}` };
  }
  if (kind !== 'structural' && regex.test('')) {
    return {
      'zh-CN': '规则会匹配空文本，请至少要求一个字符。',
      'en-US': 'The pattern matches empty text; it must require at least one character.',
    };
  }
  return null;
}

/**
 * Sentence patterns run over a copy of the text whose terminators are line breaks, so a negated
 * class that stops at 。 (“within the sentence”) is made to stop at a line break too. Matching is
 * sentence-scoped either way; this only spares the engine matches that run past a sentence's end.
 */
function withinSentence(source: string): string {
  return source.replace(/(?<!\\)\[\^(?=[^\]]*。)/gu, '[^\\n');
}

interface CompiledRule {
  rule: Rule;
  /** Undefined only for a structural rule that nothing in the text can satisfy. */
  pattern: RegExp | undefined;
  subject: RegExp | undefined;
  exempt: RegExp | undefined;
  /**
   * Structural only: `subject.sentence` read as a sentence pattern, for a case the text shows by
   * itself (an Rx drug offered for sale, an off-label claim) whatever the context declares.
   */
  trigger?: CompiledRule;
}

function compileOptional(source: string | undefined): RegExp | undefined | null {
  if (source === undefined || source === '') return undefined;
  return validateRulePattern(source) === null ? new RegExp(source, FLAGS) : null;
}

/** Invalid rules are left out: a bad edit in the rule library must not stop screening. */
function compileRule(rule: Rule): CompiledRule | null {
  if (!rule.enabled || validateRulePattern(rule.pattern, rule.kind) !== null) return null;
  const subject = compileOptional(rule.subject?.sentence);
  const exempt = compileOptional(rule.exempt?.sentence);
  if (subject === null || exempt === null) return null;
  const source = patternSource(rule.pattern, rule.kind);
  const structural = rule.kind === 'structural';
  const flags = structural ? FLAGS : `g${FLAGS}`;
  const pattern =
    source.trim() === '' ? undefined : new RegExp(structural ? source : withinSentence(source), flags);
  const triggerSource = structural ? rule.subject?.sentence : undefined;
  const trigger: CompiledRule | undefined =
    triggerSource && subject
      ? {
          rule: { ...rule, kind: 'regex' },
          pattern: new RegExp(withinSentence(triggerSource), `g${FLAGS}`),
          subject: undefined,
          exempt,
        }
      : undefined;
  return { rule, pattern, subject, exempt, trigger };
}

const compiledSets = new WeakMap<readonly Rule[], CompiledRule[]>();

function compileRules(rules: readonly Rule[]): CompiledRule[] {
  let compiled = compiledSets.get(rules);
  if (!compiled) {
    compiled = rules.map(compileRule).filter((c): c is CompiledRule => c !== null);
    compiledSets.set(rules, compiled);
  }
  return compiled;
}

interface Document {
  original: string;
  norm: NormalizedText;
  /** norm.text with every sentence terminator replaced by a line break. */
  matchText: string;
  sentences: Sentence[];
  exempt: [number, number][];
  ctx: ResolvedContext;
}

function toHit(doc: Document, rule: Rule, start: number, end: number): RuleHit {
  return {
    ruleId: rule.id,
    severity: rule.severity,
    start,
    end,
    snippet: doc.original.slice(start, end),
    message: rule.message,
  };
}

/**
 * Where a document-level hit points: the first mention of a product the rule is about, else the
 * first sentence, else (blank text) the whole text.
 */
function documentSpan(doc: Document, rule: Rule): [number, number] {
  const gate = rule.when?.products;
  let best: [number, number] | undefined;
  for (const product of doc.ctx.products) {
    const name = normalize(product.name?.trim() ?? '').text;
    if (!name || (gate && !productMatches(product, gate))) continue;
    const found = new RegExp(escapeRegExp(name), FLAGS).exec(doc.norm.text);
    if (found && (!best || found.index < best[0])) best = [found.index, found.index + found[0].length];
  }
  if (!best) {
    const first = doc.sentences.find((s) => doc.norm.text.slice(s.start, s.end).trim() !== '');
    if (first) {
      const text = doc.norm.text.slice(first.start, first.end);
      const lead = text.length - text.trimStart().length;
      best = [first.start + lead, first.start + text.trimEnd().length];
    }
  }
  return best ? toOriginalRange(doc.norm, best[0], best[1]) : [0, doc.original.length];
}

/** The sentence containing `index`, or -1 when `index` is a sentence terminator. */
function sentenceIndexAt(sentences: Sentence[], index: number, from: number): number {
  for (let i = from; i < sentences.length; i++) {
    const s = sentences[i];
    if (!s || s.start > index) return -1;
    if (index < s.end) return i;
  }
  return -1;
}

/**
 * One pass of the rule's global pattern over the whole text (much cheaper than one per sentence).
 * A match that runs past its sentence's end is re-tried within that sentence alone, so matching is
 * sentence-scoped exactly as if each sentence were scanned on its own.
 */
function scanMatches(doc: Document, compiled: CompiledRule, hits: RuleHit[]): void {
  const { rule, pattern, subject, exempt } = compiled;
  if (!pattern) return;
  const subjectByContext = rule.subject?.when !== undefined && gateMatches(rule.subject.when, doc.ctx);
  const needsSubject =
    rule.kind === 'classifier' &&
    !subjectByContext &&
    (subject !== undefined || rule.subject?.when !== undefined);
  const exemptApplies = exempt !== undefined && gateMatches(rule.exempt?.when, doc.ctx);
  const verdicts = new Map<number, boolean>();

  const consider = (index: number, from: number, to: number): void => {
    const s = doc.sentences[index];
    if (!s || to === from) return;
    const sentence = doc.norm.text.slice(s.start, s.end);
    let applies = verdicts.get(index);
    if (applies === undefined) {
      applies = !(needsSubject && !subject?.test(sentence)) && !(exemptApplies && exempt.test(sentence));
      verdicts.set(index, applies);
    }
    if (!applies) return;
    if (rule.guarded) {
      if (insideRange(doc.exempt, s.start + from, s.start + to)) return;
      const following = doc.sentences[index + 1];
      const next = following ? doc.norm.text.slice(following.start, following.end) : '';
      if (isNotAClaim(sentence, from, to, s.terminator, next)) return;
    }
    const [start, end] = toOriginalRange(doc.norm, s.start + from, s.start + to);
    hits.push(toHit(doc, rule, start, end));
  };

  const text = doc.matchText;
  let cursor = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const index = sentenceIndexAt(doc.sentences, start, cursor);
    const s = doc.sentences[index];
    if (!s || end === start) {
      pattern.lastIndex = start + 1;
      continue;
    }
    cursor = index;
    if (end <= s.end) {
      consider(index, start - s.start, end - s.start);
      continue;
    }
    const sentence = text.slice(s.start, s.end);
    pattern.lastIndex = start - s.start;
    for (let local = pattern.exec(sentence); local !== null; local = pattern.exec(sentence)) {
      consider(index, local.index, local.index + local[0].length);
      if (local[0].length === 0) pattern.lastIndex++;
    }
    pattern.lastIndex = s.end;
  }
  pattern.lastIndex = 0;
}

/**
 * A structural rule fires once: when the context matches `when` and the text lacks the required
 * wording, at the product it is about; otherwise, when the text shows the case by itself (its
 * `subject.sentence`, in a context matching `subject.when`), at the first such claim, guards applied.
 */
function scanDocument(doc: Document, compiled: CompiledRule, hits: RuleHit[]): void {
  const { rule, pattern, trigger } = compiled;
  if (gateMatches(rule.when, doc.ctx) && !pattern?.test(doc.norm.text)) {
    hits.push(toHit(doc, rule, ...documentSpan(doc, rule)));
    return;
  }
  if (!trigger || !gateMatches(rule.subject?.when, doc.ctx)) return;
  const found: RuleHit[] = [];
  scanMatches(doc, trigger, found);
  const first = found.reduce<RuleHit | undefined>((a, h) => (a && a.start <= h.start ? a : h), undefined);
  if (first) hits.push(first);
}

function toLines(text: string, sentences: Sentence[]): string {
  let out = '';
  let at = 0;
  for (const s of sentences) {
    out += '\n'.repeat(s.start - at) + text.slice(s.start, s.end);
    at = s.end;
  }
  return out + '\n'.repeat(text.length - at);
}

const SEVERITY_ORDER: Record<RuleSeverity, number> = { block: 0, high: 1, medium: 2 };

export interface ScanOptions {
  /** The rule set to apply, e.g. the library as edited in the rule library UI; defaults to DEFAULT_RULES. */
  rules?: readonly Rule[];
}

/**
 * Screens health content against the compliance rule library (DOMAIN.md §4.3). Pure and total:
 * any text, context and rule set give a list of hits sorted by start, then severity; rules with an
 * invalid pattern are skipped.
 */
export function scanContent(text: string, context?: ScanContext, options?: ScanOptions): RuleHit[] {
  const norm = normalize(text);
  const sentences = splitSentences(norm.text);
  const doc: Document = {
    original: text,
    norm,
    matchText: toLines(norm.text, sentences),
    sentences,
    exempt: exemptRanges(norm.text),
    ctx: resolveContext(context),
  };
  const hits: RuleHit[] = [];
  for (const compiled of compileRules(options?.rules ?? DEFAULT_RULES)) {
    if (compiled.rule.kind === 'structural') scanDocument(doc, compiled, hits);
    else if (gateMatches(compiled.rule.when, doc.ctx)) scanMatches(doc, compiled, hits);
  }
  const seen = new Set<string>();
  return hits
    .filter((h) => {
      const key = `${h.ruleId}:${h.start}:${h.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort(
      (a, b) =>
        a.start - b.start ||
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        a.ruleId.localeCompare(b.ruleId) ||
        a.end - b.end,
    );
}
