import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'samples/**', 'media/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      curly: ['error', 'multi-line'],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Architecture invariant: the core knows nothing of the editor or the file system.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['vscode', 'fs', 'path', 'os', 'child_process'],
        patterns: ['node:*'],
      }],
      'no-console': 'error',
    },
  },
  {
    files: ['src/extension/**/*.ts'],
    rules: {
      'no-console': 'error',
      // Untrusted text: notifications and quick picks go through text/messageText.ts, which neutralises
      // link syntax ([label](command:…) runs a command from a notification) and control characters.
      'no-restricted-syntax': ['error', {
        selector: 'MemberExpression[property.name=/^show(Information|Warning|Error)Message$|^showQuickPick$/]',
        message: 'Use showInformation/showWarning/showError/showPick from src/extension/text/messageText.ts: they neutralise workspace text.',
      }],
    },
  },
  {
    // The web build runs in a browser: no Node built-ins and nothing from src/node (the bundle is scanned too).
    files: ['src/web/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['fs', 'path', 'os', 'child_process', 'worker_threads', 'crypto'],
        patterns: ['node:*', '**/node/*'],
      }],
      'no-console': 'error',
    },
  },
  {
    files: ['src/extension/text/messageText.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
