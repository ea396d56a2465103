/** Validation of the loaded JSON with the dataset's zod schema (its own module, so it can load lazily). */
import { datasetSchema, type Dataset } from '../../shared/schema';
import { DatasetLoadError } from './dataset-load-error';

/** Validates parsed JSON as the dataset; throws a `DatasetLoadError('schema')` naming the first problem. */
export function parseDataset(json: unknown): Dataset {
  const result = datasetSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue ? issue.path.join('.') : '';
    throw new DatasetLoadError(
      `Invalid dataset${where ? ` at ${where}` : ''}: ${issue?.message ?? 'unknown'}`,
      'schema',
    );
  }
  return result.data;
}
