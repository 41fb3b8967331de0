// ESLint: the recommended rules of ESLint and typescript-eslint, and the boundaries between the
// parts of lib/ (see lib/README.md); formatting is Prettier's.
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const prettier = require('eslint-config-prettier');

const { PARTS, WITHOUT_CDK8S } = require('./scripts/lib-parts');

/** The import rule of one part: no other part than those it may import, and no cdk8s where it must run without. */
function boundaries(part) {
  const others = Object.keys(PARTS).filter(p => p !== part && !PARTS[part].includes(p));
  const patterns = [
    {
      regex: `^(\\.\\./)+(${others.join('|')})(/|$)`,
      message: `lib/${part} may import only ${PARTS[part].length > 0 ? PARTS[part].map(p => `lib/${p}`).join(', ') : 'its own files'} (see lib/README.md)`,
    },
  ];
  const rule = { patterns };
  if (WITHOUT_CDK8S.includes(part)) {
    patterns.push({ regex: '(^|/)imports/k8s$', message: `lib/${part} runs without cdk8s: it may not import the L1 classes` });
    rule.paths = ['cdk8s', 'constructs', 'cdk8s-plus-27'].map(name => ({ name, message: `lib/${part} runs without cdk8s` }));
  }
  return { files: [`lib/${part}/**/*.ts`], rules: { 'no-restricted-imports': ['error', rule] } };
}

module.exports = tseslint.config(
  { ignores: ['node_modules/', 'build/', 'dist/', 'docs/', 'coverage/', 'lib/engine/schema/k8s-schema.generated.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly', console: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
      // test helpers read synthesized manifests, whose shape is the test's subject
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: ['lib/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'error', '@typescript-eslint/no-require-imports': 'error' },
  },
  ...Object.keys(PARTS).map(boundaries),
  {
    // the entry points: the main one re-exports the parts (never the CLI); the check entry only what runs without cdk8s
    files: ['lib/index.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: '^\\./cli(/|$)', message: 'nothing in the library imports the CLI' }] }] },
  },
);
