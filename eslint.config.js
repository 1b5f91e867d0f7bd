// Lint rules that guard Spoonbook's two promises: nothing leaves the device, and
// page content never becomes HTML without the one sanitiser (utils/sanitize).
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

const noNetwork = [
  { name: 'fetch', message: 'Spoonbook makes no network requests.' },
  { name: 'XMLHttpRequest', message: 'Spoonbook makes no network requests.' },
  { name: 'WebSocket', message: 'Spoonbook makes no network requests.' },
  { name: 'EventSource', message: 'Spoonbook makes no network requests.' },
];

const unsafeHtml = [
  {
    selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]",
    message: 'Page content is untrusted: set textContent, or go through utils/sanitize.',
  },
  {
    selector: "CallExpression[callee.property.name=/^(insertAdjacentHTML|write|writeln|createContextualFragment)$/]",
    message: 'Page content is untrusted: build nodes, or go through utils/sanitize.',
  },
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'Render text as text; sanitised HTML only through utils/sanitize.',
  },
  {
    selector: "CallExpression[callee.property.name='sendBeacon']",
    message: 'Spoonbook makes no network requests.',
  },
];

export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.wxt/', 'test-results/', 'playwright-report/', '.e2e-tmp/'] },
  ...tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    rules: {
      'no-restricted-globals': ['error', ...noNetwork],
      'no-restricted-syntax': ['error', ...unsafeHtml],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Test code and the test server may talk to 127.0.0.1 and build fixture pages.
    files: ['tests/**', 'bench/**', 'scripts/**'],
    rules: { 'no-restricted-globals': 'off', 'no-restricted-syntax': 'off' },
  },
);
