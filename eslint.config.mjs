// Lint: typescript-eslint's recommended rules, and the architecture's boundaries
// (conventions.md, Layout): services talk only through Kafka, so a service never imports another
// service, and a lib never imports a service. `npm run lint` is part of `npm test`.
import boundaries from 'eslint-plugin-boundaries';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      'dist/**',
      '.local/**',
      '.nx/**',
      'coverage/**',
      '**/*.js',
      '**/*.mjs',
      '**/*.cjs',
    ],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-empty': ['error', { allowEmptyCatch: false }],
    },
  },
  {
    files: ['**/*.ts'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { typescript: { project: './tsconfig.json' } },
      'boundaries/elements': [
        { type: 'service', pattern: 'services/*', capture: ['name'] },
        { type: 'lib', pattern: 'libs/*', capture: ['name'] },
      ],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'allow',
          policies: [
            {
              from: { element: { type: 'service' } },
              disallow: {
                to: {
                  element: {
                    type: 'service',
                    captured: { name: '!{{ from.element.captured.name }}' },
                  },
                },
              },
              message: 'services talk only through Kafka: a service never imports another service',
            },
            {
              from: { element: { type: 'lib' } },
              disallow: { to: { element: { type: 'service' } } },
              message: 'libs never import services',
            },
          ],
        },
      ],
    },
  },
  {
    // The gateway's change routes carry the audit and idempotency interceptors
    // (services/gateway/src/http/change-routes.ts); Nest's bare decorators would skip both.
    files: ['services/gateway/src/**/*.ts'],
    ignores: ['services/gateway/src/http/change-routes.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@nestjs/common',
              importNames: ['Post', 'Put', 'Patch', 'Delete'],
              message:
                "the gateway's change routes come from '../http/change-routes' (audit + idempotency)",
            },
          ],
        },
      ],
    },
  },
);
