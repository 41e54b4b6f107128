// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', '.scratch/', 'node_modules/', 'public/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Elements find their parts through SgElement.part(), which names the element and the missing part.
    files: ['src/components/**/*.ts', 'src/client/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'TSNonNullExpression > CallExpression[callee.property.name=/^(querySelector|closest|getElementById)$/]',
          message:
            'Use this.requirePart(selector) (src/client/sg-element.ts): a missing part then fails with the element and selector named.',
        },
      ],
    },
  },
);
