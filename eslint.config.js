// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The browser globals that the headless core must never touch. */
const DOM_GLOBALS = [
  'window',
  'document',
  'localStorage',
  'sessionStorage',
  'navigator',
  'location',
  'HTMLElement',
];
const restrictDom = DOM_GLOBALS.map((name) => ({
  name,
  message: 'The headless core runs in Node: no DOM here.',
}));

/** DOM properties that parse strings as HTML: never used, so text can never become markup. */
const HTML_MESSAGE = 'Render text with textContent or h() (src/ui/dom.ts), never as HTML.';
const HTML_SINKS = [
  ...['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'createContextualFragment', 'setHTMLUnsafe'].map(
    (property) => ({ property, message: HTML_MESSAGE }),
  ),
  ...['write', 'writeln'].map((property) => ({ object: 'document', property, message: HTML_MESSAGE })),
];

const noPhaser = { name: 'phaser', message: 'Only src/scenes/ may import Phaser.' };
const noInk = { name: 'inkjs', message: 'Only src/narrative/ may import inkjs.' };
// src/narrative/ imports the runtime from inkjs/engine/ (patched at install: patches/README.md).
const noInkCompiler = {
  regex: '^inkjs/(?!engine/)',
  message: 'The ink compiler runs at build time only (src/tools/).',
};
const noInkEngine = {
  regex: '^inkjs(/engine/|-stock(/|$))',
  message: "Only src/narrative/ may import inkjs (inkjs-stock is the tests' unpatched copy).",
};

const HEADLESS = ['src/narrative/**', 'src/model/**', 'src/core/**', 'src/persistence/**', 'src/sim/**'];

/** A headless folder: no Phaser, no views, no compiler, and none of the folders above it. */
function layer(files, paths, above) {
  return {
    files,
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noPhaser, ...paths],
          patterns: [
            noInkCompiler,
            ...(paths.includes(noInk) ? [noInkEngine] : []),
            { group: ['**/ui/**', '**/scenes/**'], message: 'The core must not depend on views.' },
            ...above.map((folder) => ({
              group: [`**/${folder}/**`],
              message: `Dependencies go one way: this folder must not import src/${folder}/.`,
            })),
          ],
        },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ['dist/', 'dist-*/', 'node_modules/', 'coverage/', 'test-results/', 'bench/results/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      'no-console': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: false }],
      // All story and player text is rendered as text; the Content-Security-Policy forbids eval.
      'no-restricted-properties': ['error', ...HTML_SINKS],
      'no-eval': 'error',
      'no-new-func': 'error',
    },
  },
  // The offline service worker runs in a ServiceWorkerGlobalScope.
  { files: ['src/sw/**'], languageOptions: { globals: { ...globals.serviceworker } } },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  // Command-line tools print their results.
  { files: ['bench/**', 'scripts/**'], rules: { 'no-console': 'off' } },
  // One direction of dependency: story → narrative → model → controller (core) → store → scenes and UI;
  // sim (the simulator) and persistence sit beside the controller and never import it. Tests may wire
  // layers together. `npm run -s imports` prints the graph between folders.
  { files: HEADLESS, rules: { 'no-restricted-globals': ['error', ...restrictDom] } },
  layer(['src/narrative/**'], [], ['model', 'core', 'sim', 'persistence']),
  layer(['src/model/**'], [noInk], ['core', 'sim', 'persistence']),
  layer(['src/core/**'], [noInk], ['sim']),
  layer(['src/sim/**'], [noInk], ['core', 'persistence']),
  layer(['src/persistence/**'], [noInk], ['core', 'sim']),
  {
    files: ['src/ui/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noPhaser, noInk],
          patterns: [
            noInkCompiler,
            noInkEngine,
            {
              // The poster portraits are pure SVG strings, shared by the table and the DOM screens.
              regex: '/(narrative|scenes)/(?!portraits/)',
              message: 'The UI reads the store and calls the controller.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/scenes/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noInk],
          patterns: [
            noInkCompiler,
            noInkEngine,
            { group: ['**/narrative/**', '**/ui/**'], message: 'Scenes read the store only.' },
          ],
        },
      ],
    },
  },
  // The portraits are shared with the DOM and tested in Node: no Phaser, no DOM.
  {
    files: ['src/scenes/portraits/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...DOM_GLOBALS.map((name) => ({ name, message: 'The portraits are pure SVG strings: no DOM here.' })),
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'phaser', message: 'The portraits are shared with the DOM: no Phaser here.' },
            noInk,
          ],
        },
      ],
    },
  },
  prettier,
);
