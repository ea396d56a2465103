// One linter config. The import rules keep the dependency direction visible and enforced:
// pipeline → shared ← app. The app never imports the pipeline; the pipeline never imports React;
// shared imports neither.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'public/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['**/pipeline/**', '**/app/**', 'react', 'react-dom', 'vis-*'] },
      ],
    },
  },
  {
    files: ['src/pipeline/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['**/app/**', 'react', 'react-dom', 'vis-*', '@tanstack/*'] },
      ],
    },
  },
  {
    files: ['src/app/**/*.ts', 'src/app/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/pipeline/**', 'node:*'] }],
    },
  },
);
