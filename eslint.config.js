// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** Contexts that must not import each other: each may use src/core and src/shared only. */
const contexts = ['content', 'background', 'popup', 'options', 'privacy', 'record'];
const contextBoundaries = contexts.map((context) => ({
  files: [`src/${context}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: contexts
          .filter((other) => other !== context)
          .map((other) => ({
            group: [`**/${other}/*`, `**/${other}`],
            message: `src/${context} may import src/core and src/shared, never src/${other}.`,
          })),
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['dist/', 'test-results/', 'node_modules/', '.scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // With noUncheckedIndexedAccess, `array[i]!` after a bounds check is the honest idiom.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Page and dataset text must never be parsed as HTML.
      'no-restricted-properties': [
        'error',
        {
          property: 'innerHTML',
          message: 'Build DOM nodes or use Preact; never parse text as HTML.',
        },
        {
          property: 'outerHTML',
          message: 'Build DOM nodes or use Preact; never parse text as HTML.',
        },
        { property: 'insertAdjacentHTML', message: 'Never parse text as HTML.' },
      ],
      // The build leaves Preact's code for it out (scripts/build/preact-without-inner-html.ts).
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Never parse text as HTML; the build leaves this prop out of Preact.',
        },
      ],
    },
  },
  {
    // The extension runs in browsers, which have no `process`: a debugging line reading
    // `process.env` passes every Node test and stops the analysis on every page (session 23).
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': ['error', { name: 'process', message: 'Browsers have no process.' }],
    },
  },
  {
    // Pure logic: no DOM, no browser API.
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-globals': [
        'error',
        'document',
        'window',
        'chrome',
        'browser',
        'navigator',
        { name: 'process', message: 'Browsers have no process.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'webextension-polyfill',
            'preact',
            '**/content/*',
            '**/background/*',
            '**/popup/*',
          ],
        },
      ],
    },
  },
  ...contextBoundaries,
);
