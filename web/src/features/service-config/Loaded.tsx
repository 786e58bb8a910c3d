import type { ReactNode } from 'react';
import { Skeleton } from 'antd';
import type { ApiQuery } from '../../lib/use-api-query';
import { ErrorState } from '../common/ErrorState';

/** A query's content once loaded; a skeleton before, the reason and a retry if it failed. */
export function Loaded<T>({ query, children }: { query: ApiQuery<T>; children(data: T): ReactNode }) {
  if (query.error) return <ErrorState error={query.error} onRetry={query.reload} />;
  if (query.data === undefined) return <Skeleton active />;
  return children(query.data);
}
