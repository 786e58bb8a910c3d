import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules', 'web/dist', 'data', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    // A module reaches another only through its index.ts (its definition and public API); tests and
    // their kits may build data with another module's internals. Decision 0015.
    files: ['server/src/modules/*/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.test-kit.ts', '**/*.access.ts', '**/sse-test-client.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // '../<module>/<file>' from a module's own files, '../../<module>/<file>' from its subfolders
              regex:
                '^\\.\\./(?!\\.\\.)[a-z-]+/(?!index\\.js$)|^\\.\\./\\.\\./(?!platform/|db/)[a-z-]+/(?!index\\.js$)',
              message: "Import another module through its index.ts ('../<module>/index.js').",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
);
