// A worker thread does not inherit tsx's loader from the main thread: register it, then load the
// TypeScript helper (build-worker.ts).
import { register } from 'tsx/esm/api';

register();
await import('./build-worker.ts');
