import { defineWebExtConfig } from 'wxt';

// `npm run dev` rebuilds on change; load .output/chrome-mv3-dev (or firefox-mv2-dev) yourself,
// since these machines have no branded Chrome for WXT to start.
export default defineWebExtConfig({ disabled: true });
