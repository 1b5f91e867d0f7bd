/** Set at build time in wxt.config.ts: 'closed' in every build but the end-to-end one. */
declare const __SPOONBOOK_SHADOW_MODE__: 'open' | 'closed';

/** True only in the end-to-end build, which adds test hooks that release builds never contain. */
declare const __SPOONBOOK_E2E__: boolean;
