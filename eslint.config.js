// ESLint: the recommended rules of ESLint, typescript-eslint (without type information, so the
// lint stays fast) and eslint-plugin-astro. Layout is Prettier's job (.prettierrc.json).
// `npm run lint` runs both; `npm test` runs it as one test.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig([
  // Build output, caches, and content (which is YAML, Markdown and static files, not code).
  globalIgnores(['dist/', '.astro/', '.test-site/', '.test-site-split/', '.build-*/', 'coverage/', 'bench-results/', 'test-results/', 'public/', 'content/', 'tests/fixtures/**/*.html']),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: {
      // Scripts, tests and Astro frontmatter run in Node; src/browser and the pages' <script>s
      // run in the browser. One set for all keeps the config short; TypeScript checks the rest.
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      // Leaving properties out of a copy by destructuring the rest
      // (`const { organization: _organization, ...rest } = service`) is how the code base drops
      // fields; a leading underscore marks anything else that is unused on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
      // Finding and removing control characters is part of the job: the content rules refuse them
      // (src/lib/hidden-characters.ts) and calendar files must not hold them (src/lib/courses.ts),
      // so regular expressions name them on purpose.
      'no-control-regex': 'off',
    },
  },
  {
    // The list of zero-width characters includes U+034F COMBINING GRAPHEME JOINER on purpose: it is
    // one of the characters looked for, not an accent meant to join the character before it.
    files: ['src/lib/hidden-characters.ts'],
    rules: { 'no-misleading-character-class': 'off' },
  },
  {
    // Tests build deliberately loose or wrong data to feed the schemas and walk the untyped JSON
    // Schema that zod writes, so `any` is the honest type there. Shipped code (src/, scripts/)
    // keeps the rule.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
]);
