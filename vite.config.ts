/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { fileURLToPath } from 'node:url';

/**
 * A build-time trim of vis-timeline 8.5.4 (esnext build) for the app's bundle budget: its option
 * validator (which only logs to the console about misspelt options) and its interactive option
 * configurator with a colour picker (the `configure` option, which the app never sets) are
 * referenced from two methods, so no bundler can drop them. Replacing those two references lets
 * tree-shaking remove ≈ 30 KB of source. One more replacement takes a per-item cost out of its
 * DataSet copies (see below). Each replacement must match exactly once, so an upgrade
 * that changes the code fails the build instead of silently keeping or breaking anything.
 */

const TARGET = /vis-timeline\/esnext\/esm\/vis-timeline-graph2d\.mjs$/;

const NO_CONFIGURATOR =
  'throw new Error("vis-timeline\'s option configurator is not part of this build");';

const REPLACEMENTS: [string, string][] = [
  // Timeline#setOptions: the app's options are fixed and typed (TimelineOptions).
  ['let errorFound = Validator.validate(options, allOptions);', 'let errorFound = false;'],
  // Timeline#_createConfigurator, called only when options.configure is set.
  ['return new Configurator(this, this.dom.container, configureOptions);', NO_CONFIGURATOR],
  // The same two in Graph2d, which stays in the bundle through its prototype assignments.
  ['let errorFound = Validator.validate(options, allOptions$1);', 'let errorFound = false;'],
  ['return new Configurator(this, this.dom.container, configureOptions$1);', NO_CONFIGURATOR],
  // Speed, not size: vis copies each item's start and end into its own DataSet through
  // convert(value, 'Date'), which builds a moment for every Date (≈ 30 µs each: 10 ms for the
  // 300 dates of a filter change). A Date becomes the same copy, new Date(ms), without one.
  [
    'return convert(object, "Moment").toDate();',
    'return object instanceof Date ? new Date(object.valueOf()) : convert(object, "Moment").toDate();',
  ],
];

/** The Vite plugin: rewrites the vis-timeline module as described above. */
function visTimelineSlim(): Plugin {
  return {
    name: 'vis-timeline-slim',
    apply: 'build',
    transform(code, id) {
      if (!TARGET.test(id.split('?')[0]!)) return null;
      let out = code;
      for (const [from, to] of REPLACEMENTS) {
        const count = out.split(from).length - 1;
        if (count !== 1)
          this.error(
            `vis-timeline-slim: expected "${from}" once in ${id}, found it ${count} times`,
          );
        out = out.replace(from, to);
      }
      return { code: out, map: null };
    },
  };
}

export default defineConfig({
  // Relative asset paths: dist/ works from any static host and any sub-path.
  base: './',
  plugins: [react(), tailwindcss(), visTimelineSlim()],
  resolve: {
    alias: [
      // Only the vis-util functions vis-timeline and vis-data use (see the module's comment).
      {
        find: /^vis-util\/esnext\/esm\/vis-util\.js$/,
        replacement: fileURLToPath(new URL('src/app/timeline/vis-util-slim.ts', import.meta.url)),
      },
      // vis-timeline's XSS filter: every tag escaped instead of the `xss` package's whitelist.
      {
        find: /^xss$/,
        replacement: fileURLToPath(new URL('src/app/timeline/markup-escape.ts', import.meta.url)),
      },
    ],
  },
  build: { target: 'es2022', sourcemap: false },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
  },
});
