import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';

/** eslint-plugin-office-addins' own rules, at the levels of its recommended config (load before read, sync after load…). */
const officeRules = Object.fromEntries(
  [officeAddins.configs.recommended]
    .flat()
    .flatMap((c) => Object.entries(c.rules ?? {}))
    .filter(([name]) => name.startsWith('office-addins/')),
);

export default tseslint.config(
  { ignores: ['lib/', 'dist/', 'out/', 'coverage/', 'node_modules/', 'test-artifacts/', 'assets/'] },
  js.configs.recommended,
  {
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        self: 'readonly',
        localStorage: 'readonly',
        URL: 'readonly',
        Blob: 'readonly',
        Worker: 'readonly',
        setTimeout: 'readonly',
        console: 'readonly',
        process: 'readonly',
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        TextDecoder: 'readonly',
        TextEncoder: 'readonly',
      },
    },
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The engine is pure: no host may be imported into src/core (DESIGN.md, "One engine, three fronts").
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'exceljs',
            'fs',
            'node:*',
            'path',
            'react',
            'react-dom',
            '@fluentui/*',
            'child_process',
            '../hosts/*',
            '../../hosts/*',
          ],
        },
      ],
    },
  },
  {
    // ExcelJS is a test tool only (issue 14): the product reads and writes workbooks with its own modules.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/core/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['exceljs'] }] },
  },
  {
    // The code that talks to Office.js: the Excel host, the ribbon commands, the task pane.
    files: ['src/hosts/excel/**/*.ts', 'src/commands/**/*.ts', 'src/taskpane/**/*.{ts,tsx}'],
    plugins: { 'office-addins': officeAddins },
    rules: officeRules,
  },
  {
    files: ['bin/*.js', 'jest.config.js', 'webpack.config.js', 'scripts/*.js', 'test/helpers/*.js'],
    // CommonJS config and scripts run by Node.
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly', console: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
