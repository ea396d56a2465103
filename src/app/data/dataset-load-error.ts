/** Why the dataset could not be used: the fetch failed, the server refused, the file is not JSON or not valid. */
export class DatasetLoadError extends Error {
  constructor(
    message: string,
    readonly reason: 'network' | 'http' | 'json' | 'schema',
  ) {
    super(message);
    this.name = 'DatasetLoadError';
  }
}
