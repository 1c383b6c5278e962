// ESLint (pinned in package.json, installed by `npm ci`), run by `make lint` on the maps'
// own script. atlas.js is a classic browser script in ES5 style plus Promise and fetch-era
// globals (no modules, no build step): it is inlined into standalone pages as written.
'use strict';

const js = require('@eslint/js');
const globals = require('globals');

module.exports = [
  js.configs.recommended,
  {
    files: ['maps/static/*.js'],
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
