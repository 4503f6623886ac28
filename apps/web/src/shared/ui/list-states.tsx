import type { ReactNode } from 'react';
import { ErrorNotice } from './error-notice';
import { Loading } from './loading';

/**
 * A list that loads: what went wrong (with a way to try again) while nothing is shown yet, a
 * calm message while it loads, what an empty list means, or the list itself.
 */
export function ListStates<T extends { readonly totalCount: number }>({
  list,
  error,
  onRetry,
  errorTitle,
  loading,
  empty,
  children,
}: {
  /** The loaded page of the list; null or undefined until it is there. */
  list: T | null | undefined;
  error: unknown;
  onRetry: () => void;
  errorTitle: string;
  /** The loading message, e.g. "Even geduld, de aanvragen worden geladen…". */
  loading: string;
  /** What it means that there is nothing, and what to do (usually an EmptyState). */
  empty: ReactNode;
  children: (list: T) => ReactNode;
}) {
  if (!list) {
    if (error) return <ErrorNotice error={error} title={errorTitle} onRetry={onRetry} />;
    return <Loading>{loading}</Loading>;
  }
  return <>{list.totalCount === 0 ? empty : children(list)}</>;
}
