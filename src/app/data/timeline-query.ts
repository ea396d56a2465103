/** The one resource the app loads: `data/timeline.json`, validated with the dataset's zod schema. */
import { queryOptions } from '@tanstack/react-query';
import type { Dataset } from '../../shared/schema';
import { DatasetLoadError } from './dataset-load-error';

/**
 * Fetches and validates the dataset relative to the page, so `dist/` works from any sub-path.
 * The validator (zod) is imported with the fetch, in parallel, so it is not part of the first paint.
 */
export async function fetchDataset(signal?: AbortSignal): Promise<Dataset> {
  const url = new URL('data/timeline.json', document.baseURI);
  const validator = import('./validate-dataset');
  let response: Response;
  try {
    response = await fetch(url, { signal: signal ?? null });
  } catch (error) {
    throw new DatasetLoadError(`Network error: ${(error as Error).message}`, 'network');
  }
  if (!response.ok) throw new DatasetLoadError(`HTTP ${response.status}`, 'http');
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new DatasetLoadError('The file is not JSON', 'json');
  }
  return (await validator).parseDataset(json);
}

/** The TanStack Query definition of the dataset: static, so never stale; a network failure is retried once. */
export const timelineQueryOptions = queryOptions({
  queryKey: ['timeline-dataset'] as const,
  queryFn: ({ signal }) => fetchDataset(signal),
  staleTime: Infinity,
  gcTime: Infinity,
  retry: (failureCount, error) =>
    error instanceof DatasetLoadError && error.reason === 'network' && failureCount < 1,
  refetchOnWindowFocus: false,
});
