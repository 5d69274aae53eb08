import { z } from 'zod';

export const LOCALES = ['zh-CN', 'en-US'] as const;
export const localeSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof localeSchema>;

/** Text stored in both UI languages (seed data, titles, rule messages). */
export const localizedTextSchema = z.object({ 'zh-CN': z.string(), 'en-US': z.string() });
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** ISO-8601 timestamp with offset, e.g. 2026-11-23T10:00:00+08:00. */
export const isoDateTimeSchema = z.iso.datetime({ offset: true });

export const SORT_DIRECTIONS = ['asc', 'desc'] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const MAX_PAGE_SIZE = 100;

/** The query every list endpoint accepts; filters are added per resource. */
export const listQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(20),
  sort: z
    .string()
    .regex(/^[A-Za-z.]+:(asc|desc)$/, 'sort must look like field:asc or field:desc')
    .optional(),
  q: z.string().trim().max(100).optional(),
});
export type ListQuery = z.infer<typeof listQuerySchema>;

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int().min(0),
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1),
  });
}
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'TOKEN_EXPIRED',
  'INVALID_CREDENTIALS',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_TRANSITION',
  'SERVICE_UNAVAILABLE',
  'INTERNAL',
] as const;
export const errorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

/** The one error shape of the API: HTTP status + this body. */
export const apiErrorBodySchema = z.object({
  error: z.object({
    code: errorCodeSchema,
    message: z.string(),
    fieldErrors: z.record(z.string(), z.array(z.string())).optional(),
    details: z.record(z.string(), z.unknown()).optional(),
  }),
});
export type ApiErrorBody = z.infer<typeof apiErrorBodySchema>;

/** Optimistic concurrency: every command carries the version the caller saw. */
export const versionedCommandSchema = z.object({
  version: z.number().int().min(0),
  reason: z.string().trim().min(1).max(500).optional(),
});

/** Turns a zod failure into the API's field-error map (path joined by "."). */
export function toFieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join('.') : '_';
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** A boolean filter as it travels in a query string. */
export const queryBooleanSchema = z
  .enum(['true', 'false'])
  .transform((v) => v === 'true')
  .optional();

/** `sort` limited to the fields a resource can sort by. */
export function sortSchema<const F extends readonly [string, ...string[]]>(fields: F) {
  return z
    .string()
    .refine(
      (s) => {
        const [field, dir] = s.split(':');
        return fields.includes(field ?? '') && (dir === 'asc' || dir === 'desc');
      },
      `sort must be one of ${fields.join(', ')} followed by :asc or :desc`,
    )
    .optional();
}

/** Comma-separated values of one enum, e.g. status=paid,accepted. */
export function multiEnumSchema<const V extends readonly [string, ...string[]]>(values: V) {
  return z
    .string()
    .transform((s) => s.split(',').filter(Boolean))
    .pipe(z.array(z.enum(values)))
    .optional();
}

const CST_OFFSET_MS = 8 * 3600 * 1000;

/** A time as ISO-8601 in China Standard Time: 2026-11-23T18:05:00+08:00 (DOMAIN.md §0). */
export function toIsoCst(ms: number | Date): string {
  const t = typeof ms === 'number' ? ms : ms.getTime();
  const local = new Date(t + CST_OFFSET_MS).toISOString(); // the wall clock in +08:00, labelled Z
  return `${local.slice(0, 19)}+08:00`;
}
