// ESLint (pinned in package.json, installed by `npm ci`), run by `make lint` on the
// project's own scripts: the maps' atlas.js (a classic browser script in ES5 style plus
// Promise and fetch-era globals, inlined into standalone pages as written) and the review
// workbench's workbench.js (served by the API; ES2020, async functions). No modules, no
// build step.
'use strict';

const js = require('@eslint/js');
const globals = require('globals');

module.exports = [
  js.configs.recommended,
  {
    files: ['maps/static/*.js', 'api/static/*.js'],
    languageOptions: {
      ecmaVersion: 2020,
      sourceType: 'script',
      globals: { ...globals.browser, L: 'readonly' },
    },
    rules: {
      eqeqeq: ['error', 'always'],
      'no-implicit-globals': 'error',
      'no-shadow': 'error',
      'no-var': 'off',
      strict: ['error', 'function'],
    },
  },
  {
    files: ['eslint.config.js'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
  },
];
