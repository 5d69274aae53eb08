import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { isApiError } from '@careops/api';
import { ErrorState, LoadingState, NotFoundState } from '@careops/design-system';

export interface RecordViewProps<T> {
  query: UseQueryResult<T>;
  /** Offered beside the not-found and error states (e.g. back to the list). */
  back?: ReactNode;
  children: (record: T) => ReactNode;
}

/**
 * A detail page's states: loading, not found — which is also what a record
 * outside the caller's scope looks like (the API answers 404 for both) —,
 * any other error with a retry, then the record.
 */
export function RecordView<T>({ query, back, children }: RecordViewProps<T>) {
  if (query.isPending) return <LoadingState />;
  if (isApiError(query.error, 'NOT_FOUND')) return <NotFoundState extra={back} />;
  if (query.isError)
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} extra={back} />;
  return <>{children(query.data)}</>;
}
