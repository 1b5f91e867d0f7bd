import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports keep utils/ visibly free of browser APIs and runnable in plain Node.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Spoonbook',
  },
});
