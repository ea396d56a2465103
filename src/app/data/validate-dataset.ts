/** Validation of the loaded JSON with the dataset's zod schema (its own module, so it can load lazily). */
import { datasetSchema, type Dataset } from '../../shared/schema';
import { compileSchemaCheck } from '../../shared/schema-check';
import { DatasetLoadError } from './dataset-load-error';

/** The schema compiled into a yes/no check: about ten times faster than zod's parse on 10,000 events. */
const acceptedAsIs = compileSchemaCheck(datasetSchema);

/** Validates parsed JSON as the dataset; throws a `DatasetLoadError('schema')` naming the first problem. */
export function parseDataset(json: unknown): Dataset {
  // The usual case: valid as it stands. Anything else goes through zod itself, for its verdict,
  // its output and its error message.
  if (acceptedAsIs(json)) return json as Dataset;
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
