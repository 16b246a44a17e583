import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { tweenerPlugin } from './test/lint/layer-boundaries.js';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'test/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  // Layers (../shared/DESIGN.md, Layers), checked by test/lint/layer-boundaries.js and tested by
  // test/unit/architecture/lint-boundaries.test.ts. One block per file set: a later block's
  // options replace an earlier one's for the files both match.
  {
    files: ['main/**/*.ts'],
    plugins: { tweener: tweenerPlugin },
    rules: {
      // The product never depends on test code (the demo wiring lives in test/demo).
      'tweener/layer-boundaries': ['error', { layer: 'main', forbidDirs: ['test'] }],
    },
  },
  {
    // Services run in Electron and in the web harness alike: neither is theirs to import.
    files: ['main/services/**/*.ts'],
    rules: {
      'tweener/layer-boundaries': [
        'error',
        {
          layer: 'main/services',
          forbidDirs: ['test', 'main/web', 'main/electron'],
          forbidPackages: ['electron'],
        },
      ],
    },
  },
  {
    // The protocol core never knows it runs in Electron: node:, its own files and shared/.
    // Libraries it may use are pure JavaScript on node: alone: zod (validating the contact list
    // cache it reads back) and socks (the SOCKS4a/5 proxy client, http-gateway.md §5).
    files: ['main/msnp/**/*.ts'],
    rules: {
      'tweener/layer-boundaries': [
        'error',
        {
          layer: 'main/msnp',
          allowDirs: ['main/msnp', 'shared'],
          allowPackages: ['node:*', 'zod', 'socks'],
        },
      ],
    },
  },
  {
    // The contract between main and the windows: plain data and schemas, importing no side.
    files: ['shared/**/*.ts'],
    plugins: { tweener: tweenerPlugin },
    rules: {
      'tweener/layer-boundaries': [
        'error',
        { layer: 'shared', allowDirs: ['shared'], allowPackages: ['zod'] },
      ],
    },
  },
  {
    files: ['preload/**/*.ts'],
    plugins: { tweener: tweenerPlugin },
    rules: {
      'tweener/layer-boundaries': [
        'error',
        { layer: 'preload', allowDirs: ['preload', 'shared'], forbidPackages: ['node:*'] },
      ],
    },
  },
  {
    // The renderer is untrusted web content: no Node, no Electron, no main.
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { tweener: tweenerPlugin },
    rules: {
      'tweener/layer-boundaries': [
        'error',
        {
          layer: 'renderer',
          allowDirs: ['renderer', 'shared'],
          forbidPackages: ['electron', 'node:*'],
        },
      ],
    },
  },
);
