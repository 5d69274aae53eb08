import { useCallback, useMemo } from 'react';
import {
  useQueryClient,
  type FetchQueryOptions,
  type QueryClient,
  type QueryKey,
} from '@tanstack/react-query';
import { useSearchParams } from '@careops/router';
import type { QueryParams } from './client';

export interface ListParamsOptions<F extends string, TData, TKey extends QueryKey> {
  filters: readonly F[];
  defaultSort: string;
  defaultPageSize?: number;
  /**
   * Called with the next params when they change, before the page renders them: start the next
   * page's request here, so it runs while the page re-renders instead of after.
   */
  prefetch?: (query: QueryParams, params: ListParams<F>) => FetchQueryOptions<TData, Error, TData, TKey>;
}

export interface ListParams<F extends string> {
  page: number;
  pageSize: number;
  sort: string;
  q: string;
  filters: Record<F, string | undefined>;
}

export type ListParamsPatch<F extends string> = Partial<Omit<ListParams<F>, 'filters'>> & {
  filters?: Partial<Record<F, string | undefined>>;
};

function positiveInt(value: string | null, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/** What the API call sends for these params. */
function toQuery<F extends string>(params: ListParams<F>): QueryParams {
  return {
    page: params.page,
    pageSize: params.pageSize,
    sort: params.sort,
    q: params.q || undefined,
    ...params.filters,
  };
}

/** A list's params as the URL's search gives them, with the list's defaults for what it leaves out. */
export function parseListParams<F extends string>(
  from: URLSearchParams,
  { filters, defaultSort, defaultPageSize = 20 }: Omit<ListParamsOptions<F, unknown, QueryKey>, 'prefetch'>,
): ListParams<F> {
  const values = {} as Record<F, string | undefined>;
  for (const f of filters) values[f] = from.get(f) ?? undefined;
  return {
    page: positiveInt(from.get('page'), 1),
    pageSize: positiveInt(from.get('pageSize'), defaultPageSize),
    sort: from.get('sort') ?? defaultSort,
    q: from.get('q') ?? '',
    filters: values,
  };
}

/**
 * Starts the request a list page makes for this URL search before the page is even rendered
 * (a nav link pointed at): the same params and query key as `useListParams` gives the page.
 */
export function prefetchList<F extends string, TData, TKey extends QueryKey>(
  queryClient: QueryClient,
  options: ListParamsOptions<F, TData, TKey> & Required<Pick<ListParamsOptions<F, TData, TKey>, 'prefetch'>>,
  search = new URLSearchParams(),
): void {
  const params = parseListParams(search, options);
  void queryClient.prefetchQuery(options.prefetch(toQuery(params), params));
}

/**
 * A list's paging, sorting, search and filters, kept in the URL so links are
 * shareable and the back button works. `query` is what the API call sends.
 */
export function useListParams<F extends string, TData = unknown, TKey extends QueryKey = QueryKey>({
  filters,
  defaultSort,
  defaultPageSize = 20,
  prefetch,
}: ListParamsOptions<F, TData, TKey>) {
  const [searchParams, setSearchParams] = useSearchParams();
  const queryClient = useQueryClient();

  const parse = useCallback(
    (from: URLSearchParams) => parseListParams(from, { filters, defaultSort, defaultPageSize }),
    [filters, defaultSort, defaultPageSize],
  );
  const params = useMemo(() => parse(searchParams), [parse, searchParams]);

  const update = useCallback(
    (patch: ListParamsPatch<F>) => {
      // react-router runs this updater at once, with the URL's current params.
      setSearchParams((prev) => {
        const next = new URLSearchParams(prev);
        const set = (key: string, value: string | number | undefined, fallback?: string | number) => {
          if (value === undefined || value === '' || value === fallback) next.delete(key);
          else next.set(key, String(value));
        };
        if (patch.sort !== undefined) set('sort', patch.sort, defaultSort);
        if (patch.pageSize !== undefined) set('pageSize', patch.pageSize, defaultPageSize);
        if (patch.q !== undefined) set('q', patch.q.trim());
        for (const [key, value] of Object.entries(patch.filters ?? {})) set(key, value as string | undefined);
        // Any change but paging itself starts again at page 1.
        const onlyPaging = Object.keys(patch).every((k) => k === 'page');
        set('page', onlyPaging ? patch.page : 1, 1);
        if (prefetch) {
          const nextParams = parse(next);
          void queryClient.prefetchQuery(prefetch(toQuery(nextParams), nextParams));
        }
        return next;
      });
    },
    [setSearchParams, queryClient, parse, prefetch, defaultSort, defaultPageSize],
  );

  const query = useMemo(() => toQuery(params), [params]);

  return { params, query, update };
}
