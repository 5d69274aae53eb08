import { z } from 'zod';
import { localizedTextSchema } from '../../common';
import type { ContentItem } from '..';

/*
 * The content index re-exports this module, so importing its runtime values here would be a cycle.
 * The enums are repeated and a type check keeps them equal to the ContentItem fields.
 */
const CONTENT_TYPES = ['article', 'video', 'live_script', 'poster'] as const;
const PURPOSES = ['science', 'disease_education', 'product_promo'] as const;
const AUDIENCES = ['public', 'professional'] as const;
const AUTHOR_TYPES = ['doctor', 'pharmacist', 'pharma', 'editor'] as const;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _inSync: [
  Same<(typeof CONTENT_TYPES)[number], ContentItem['type']>,
  Same<(typeof PURPOSES)[number], ContentItem['purpose']>,
  Same<(typeof AUDIENCES)[number], ContentItem['audience']>,
  Same<(typeof AUTHOR_TYPES)[number], ContentItem['authorType']>,
] = [true, true, true, true];

export const PRODUCT_CATEGORIES = ['rx', 'otc', 'device', 'health_food'] as const;
export const RULE_SEVERITIES = ['block', 'high', 'medium'] as const;
export const RULE_KINDS = ['regex', 'keyword', 'structural', 'classifier'] as const;

export const ruleSeveritySchema = z.enum(RULE_SEVERITIES);
export type RuleSeverity = z.infer<typeof ruleSeveritySchema>;
export type RuleKind = (typeof RULE_KINDS)[number];

export const scanProductSchema = z.object({
  name: z.string().optional(),
  category: z.enum(PRODUCT_CATEGORIES),
  otcClass: z.enum(['a', 'b']).optional(),
  adApprovalNo: z.string().optional(),
});
export type ScanProduct = z.infer<typeof scanProductSchema>;

/** What the scanner knows about a text besides the text. Missing fields: a public science article. */
export const scanContextSchema = z.object({
  type: z.enum(CONTENT_TYPES).optional(),
  purpose: z.enum(PURPOSES).optional(),
  audience: z.enum(AUDIENCES).optional(),
  authorType: z.enum(AUTHOR_TYPES).optional(),
  products: z.array(scanProductSchema).optional(),
  hasCommerceLink: z.boolean().optional(),
});
export type ScanContext = z.infer<typeof scanContextSchema>;

export const ruleHitSchema = z.object({
  ruleId: z.string(),
  severity: ruleSeveritySchema,
  /** UTF-16 offsets into the scanned text; snippet === text.slice(start, end). */
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  snippet: z.string(),
  message: localizedTextSchema,
});
export type RuleHit = z.infer<typeof ruleHitSchema>;

/**
 * A condition on the scan context; every listed field must hold. `products` holds when at least one
 * product matches all of its fields; `otcClasses` narrows OTC products only, and an OTC product with
 * no declared class counts as class A (the stricter class).
 */
export const contextGateSchema = z.object({
  types: z.array(z.enum(CONTENT_TYPES)).optional(),
  purposes: z.array(z.enum(PURPOSES)).optional(),
  audiences: z.array(z.enum(AUDIENCES)).optional(),
  authorTypes: z.array(z.enum(AUTHOR_TYPES)).optional(),
  products: z
    .object({
      categories: z.array(z.enum(PRODUCT_CATEGORIES)).optional(),
      otcClasses: z.array(z.enum(['a', 'b'])).optional(),
      withoutApprovalNo: z.boolean().optional(),
    })
    .optional(),
  hasCommerceLink: z.boolean().optional(),
});
export type ContextGate = z.infer<typeof contextGateSchema>;

/** A regular expression tested against the sentence of a match, and a condition on the context. */
const sentenceConditionSchema = z.object({
  sentence: z.string().optional(),
  when: contextGateSchema.optional(),
});

/**
 * One rule of the library (DOMAIN.md §4.3). How `pattern` is read depends on `kind`:
 * - `keyword`: literal terms separated by `|`;
 * - `regex`: a JavaScript regular expression (flags `imu`), matched within one sentence (`^` and `$`
 *   are the sentence's start and end);
 * - `classifier`: a regex like `regex`, whose match counts only when `subject` holds — the sentence
 *   matches `subject.sentence` or the context matches `subject.when` (e.g. a disease claim counts
 *   for AD-23 only when it is about a health food);
 * - `structural`: a document-level rule that fires once when the context matches `when` and the
 *   text does not match `pattern` (the wording that satisfies it, e.g. a disclaimer; empty: nothing
 *   in the text can satisfy it); or, when it has a `subject.sentence`, at the first sentence that
 *   shows the case by itself in a context matching `subject.when` (an Rx drug offered for sale, an
 *   off-label claim), with the guards of a claim.
 * Text is normalised first (full-width → half-width, spaces between Chinese characters removed,
 * common traditional characters simplified), so patterns are written in simplified, half-width form.
 */
export const ruleSchema = z.object({
  id: z.string().min(1),
  name: localizedTextSchema,
  kind: z.enum(RULE_KINDS),
  pattern: z.string(),
  severity: ruleSeveritySchema,
  /** The legal basis, e.g. 广告法第十六条. */
  basis: z.string(),
  message: localizedTextSchema,
  enabled: z.boolean(),
  version: z.number().int().min(1),
  /** The rule runs only when the context matches. */
  when: contextGateSchema.optional(),
  /**
   * Classifier: a match counts when its sentence matches `subject.sentence` or the context matches
   * `subject.when`. Structural: `subject.sentence` is a sentence pattern that triggers the rule by
   * itself, in a context matching `subject.when`.
   */
  subject: sentenceConditionSchema.optional(),
  /** A hit is dropped when its sentence matches `exempt.sentence` and the context matches `exempt.when`. */
  exempt: sentenceConditionSchema.optional(),
  /**
   * Claims (true) are read in context: negated, debunked, quoted-to-warn and clinical uses are not
   * hits. Data such as phone numbers (false) is a hit however it is phrased.
   */
  guarded: z.boolean(),
});
export type Rule = z.infer<typeof ruleSchema>;
