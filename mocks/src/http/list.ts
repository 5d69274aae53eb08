import type { Page } from '@careops/domain';

type Sortable = string | number | boolean | undefined;

export interface ListSpec<T> {
  /** Texts a free-text `q` is matched against (case-insensitive substring). */
  search?: (row: T) => readonly string[];
  /** Each filter keeps a row when it returns true; undefined filters are skipped. */
  filters?: readonly (((row: T) => boolean) | undefined)[];
  sortBy: Record<string, (row: T) => Sortable>;
  defaultSort: string;
}

export interface ListParams {
  page: number;
  pageSize: number;
  sort?: string | undefined;
  q?: string | undefined;
}

/** Chinese names sort by pinyin, numbers inside ids by value, as users expect. */
const collator = new Intl.Collator(['zh-CN', 'en-US'], { numeric: true });
const NON_ASCII = /[^ -~]/;

function compare(a: Exclude<Sortable, undefined>, b: Exclude<Sortable, undefined>): number {
  if (a === b) return 0;
  if (typeof a === 'string' && typeof b === 'string')
    // Collation is slow: only text with non-ASCII characters (names) needs it; ids and ISO times compare as they are.
    return NON_ASCII.test(a) || NON_ASCII.test(b) ? collator.compare(a, b) : a < b ? -1 : 1;
  return Number(a) - Number(b);
}

/** Server-side filter, sort and paging over in-scope rows; ties break by id so pages never overlap. */
export function listPage<T extends { id: string }>(
  rows: readonly T[],
  params: ListParams,
  spec: ListSpec<T>,
): Page<T> {
  const q = params.q?.trim().toLowerCase();
  const filters = (spec.filters ?? []).filter((f): f is (row: T) => boolean => f !== undefined);
  const kept = rows.filter(
    (row) =>
      filters.every((f) => f(row)) &&
      (!q || (spec.search?.(row) ?? []).some((text) => text.toLowerCase().includes(q))),
  );
  const [field = '', dir] = (params.sort ?? spec.defaultSort).split(':');
  const key = spec.sortBy[field] ?? spec.sortBy[spec.defaultSort.split(':')[0] ?? ''];
  const sign = dir === 'asc' ? 1 : -1;
  if (key) {
    // Keys computed once per row, not once per comparison (10,000+ rows).
    const keyed = kept.map((row) => ({ row, key: key(row) }));
    keyed.sort((a, b) => {
      const tie = a.row.id < b.row.id ? -1 : 1;
      // A row without the value (an order not paid yet) goes last in either direction: newest
      // first must not open on the rows that have no date at all.
      if (a.key === undefined || b.key === undefined)
        return a.key === b.key ? tie : a.key === undefined ? 1 : -1;
      return sign * compare(a.key, b.key) || tie;
    });
    kept.splice(0, kept.length, ...keyed.map((k) => k.row));
  }
  const start = (params.page - 1) * params.pageSize;
  return {
    items: kept.slice(start, start + params.pageSize),
    total: kept.length,
    page: params.page,
    pageSize: params.pageSize,
  };
}
