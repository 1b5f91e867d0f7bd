import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { BUILT_IN_MATCHES, OPTIONAL_ORIGINS } from './utils/hosts';

/** Set by the end-to-end tests only: a few test hosts and the Firefox panel route. Never in a release. */
const e2e = process.env.SPOONBOOK_E2E === '1';
export const E2E_HOSTS = ['https://forum.spoonbook.test/*', 'https://forum-b.spoonbook.test/*'];

// Extension pages may load nothing from anywhere: the promise that nothing leaves
// the device is enforced by the browser, not only by our code.
const CSP =
  "default-src 'self'; script-src 'self'; object-src 'none'; connect-src 'none'; " +
  "img-src 'self' data:; style-src 'self' 'unsafe-inline'; font-src 'self'; " +
  "media-src 'none'; frame-src 'none'; form-action 'none'; base-uri 'none'";

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports keep utils/ visibly free of browser APIs and runnable in plain Node.
  imports: false,
  outDir: e2e ? '.output/e2e' : '.output',
  vite: () => ({
    plugins: [preact()],
    // The in-page UI's shadow root is closed so pages can't read it; the E2E build opens it
    // because Playwright can only look inside open shadow roots.
    define: { __SPOONBOOK_SHADOW_MODE__: JSON.stringify(e2e ? 'open' : 'closed'), __SPOONBOOK_E2E__: JSON.stringify(e2e) },
    // Vite's module-preload polyfill calls fetch(); extension pages load their own chunks without it.
    build: { modulePreload: { polyfill: false } },
  }),
  manifest: ({ browser, manifestVersion, mode }) => {
    const production = mode === 'production';
    const hosts = [...BUILT_IN_MATCHES, ...(e2e ? E2E_HOSTS : [])];
    const manifest: Record<string, unknown> = {
      name: 'Spoonbook',
      description:
        'Helps you share safely in health groups, keep the advice that helps, and check it before acting. Nothing leaves your device.',
      permissions: [
        'storage',
        'unlimitedStorage',
        'contextMenus',
        'alarms',
        'notifications',
        'scripting',
        'activeTab',
        ...(browser === 'firefox' ? [] : ['sidePanel']),
      ],
      host_permissions: hosts,
      action: { default_title: 'Open Spoonbook' },
      commands: {
        'save-selection': {
          suggested_key: { default: 'Alt+Shift+S' },
          description: 'Save the selected text to Spoonbook',
        },
      },
    };
    if (manifestVersion === 3) {
      manifest.optional_host_permissions = [...OPTIONAL_ORIGINS];
      if (production) manifest.content_security_policy = { extension_pages: CSP };
    } else {
      manifest.optional_permissions = [...OPTIONAL_ORIGINS];
      if (production) manifest.content_security_policy = { extension_pages: CSP };
    }
    if (browser === 'firefox') {
      manifest.browser_specific_settings = {
        gecko: {
          id: 'spoonbook@spoonbook.app',
          strict_min_version: '142.0',
          data_collection_permissions: { required: ['none'] },
        },
      };
    } else {
      // No web page and no other extension may message Spoonbook.
      manifest.externally_connectable = { ids: [], matches: [] };
    }
    if (e2e && browser === 'firefox') {
      // Firefox's automation cannot open moz-extension:// pages directly; the tests
      // reach the panel through this route, which release builds never have.
      manifest.web_accessible_resources = [
        { resources: ['sidepanel.html', 'options.html'], matches: ['https://forum.spoonbook.test/*'] },
      ];
    }
    return manifest;
  },
});
