import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/.turbo/**',
      '**/public/mockServiceWorker.js',
      '**/test-results/**',
      '**/playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'antd', message: 'Import antd through @careops/design-system.' },
            { name: 'react-router', message: 'Import the router through @careops/router.' },
            { name: 'recharts', message: 'Import charts through @careops/design-system/charts.' },
          ],
          patterns: [
            { group: ['antd/*'], message: 'Import antd through @careops/design-system.' },
            {
              group: ['@ant-design/icons', '@ant-design/icons/*'],
              message: 'Import icons through @careops/design-system.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['shell/public/mock-sw.js'],
    languageOptions: { globals: globals.serviceworker },
  },
  {
    // Playwright fixtures call `use`, which is not React's hook.
    files: ['e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    // The design system is the only door to antd, @careops/router the only door to react-router.
    files: ['packages/design-system/**', 'packages/router/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
