// The type-aware rules alone: `npm run lint:types` (part of `npm test`, in pretest). They need one
// TypeScript program over tsconfig.json, which takes 15-19 s of CPU here against 5-6 s for all of
// eslint.config.mjs, so `npm run lint` stays fast and this runs beside it. Only rules that catch what tsc
// does not, in a codebase of promises and `kind`-tagged unions (STYLE.md principle 11).
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import { IGNORES } from './eslint.config.mjs';

export default defineConfig(
  { ignores: IGNORES },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts', 'fixtures/**/*.ts'],
    languageOptions: { parser: tseslint.parser, parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { '@typescript-eslint': tseslint.plugin },
    linterOptions: { reportUnusedDisableDirectives: 'off' },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false, attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
    },
  },
);
