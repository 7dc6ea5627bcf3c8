// ESLint flat config: `npm run lint` (seconds; part of `npm test`, in pretest). The architecture's import
// boundaries (eslint/architecture.mjs, explained in ARCHITECTURE.md) and the recommended rules, without
// type information. The type-aware rules are eslint.types.config.mjs (`npm run lint:types`), kept apart
// because building the TypeScript program costs about three times what all of this does.
import js from '@eslint/js';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import architecture from './eslint/architecture.mjs';

/** Built, generated and downloaded files: never linted (and never formatted, see .prettierignore). */
export const IGNORES = [
  'node_modules/',
  'dist/',
  'dist-bench/',
  'coverage/',
  'src/api/generated/',
  'launcher/target/',
  'nlp/target/',
  'bench/out/',
  '.neo4j-local/',
];

export default defineConfig(
  { ignores: IGNORES },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // `const { anaphor: _a, ...attributes } = e` drops a key; resolvers name unused parents `_p`
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // `let [s, e] = span` where only `e` moves is clearer than two declarations
      'prefer-const': ['error', { destructuring: 'all' }],
    },
  },
  {
    // CommonJS files (bin/, jest.config.js, the source-mode parse worker) load modules with require()
    files: ['**/*.{js,cjs}'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { sourceType: 'module', globals: globals.node },
  },
  {
    files: ['**/*.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    // GraphQL answers and pino lines are untyped JSON in the tests that read them
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The architecture: which room may import what (STYLE.md). Applies to every source file.
    files: ['**/*.{ts,js,cjs,mjs}'],
    plugins: { architecture },
    rules: { 'architecture/boundaries': 'error' },
  },
);
