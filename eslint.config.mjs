// @ts-check
import js from '@eslint/js';
import docusaurus from '@docusaurus/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {ignores: ['build/', '.docusaurus/', 'node_modules/', 'screenshots/']},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // React code only: tests and scripts have functions named use… that are not hooks.
    files: ['src/**/*.{ts,tsx}'],
    plugins: {'@docusaurus': docusaurus, 'react-hooks': reactHooks},
    rules: {
      // The plugin's "recommended" set, as errors: CI runs ESLint with no warnings allowed.
      '@docusaurus/string-literal-i18n-messages': 'error',
      '@docusaurus/no-html-links': 'error',
      '@docusaurus/prefer-docusaurus-heading': 'error',
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_'}],
    },
  },
  {
    // CommonJS run by Node as it is (an Rspack loader, a preload for builds under test).
    files: ['**/*.cjs'],
    languageOptions: {sourceType: 'commonjs', globals: {module: 'writable', require: 'readonly', process: 'readonly'}},
    rules: {'@typescript-eslint/no-require-imports': 'off'},
  },
  {
    // Plain browser scripts served as they are (static/) and Node scripts.
    files: ['static/**/*.js'],
    languageOptions: {globals: {window: 'readonly', document: 'readonly', location: 'readonly'}},
  },
);
