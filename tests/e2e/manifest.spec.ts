/** The promises the release manifests make, read from the real builds (`npm run build`). */
import { test, expect } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { BUILT_IN_MATCHES } from '../../utils/hosts';
import { ROOT } from './support/server';

const ALLOWED_PERMISSIONS = ['storage', 'unlimitedStorage', 'sidePanel', 'contextMenus', 'alarms', 'notifications', 'scripting', 'activeTab'];
const builds = { chrome: path.join(ROOT, '.output/chrome-mv3'), firefox: path.join(ROOT, '.output/firefox-mv2') };

function manifest(dir: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

test('Chrome release manifest: narrow permissions, closed to the outside, no remote connections', () => {
  const m = manifest(builds.chrome);
  expect(m.manifest_version).toBe(3);
  for (const permission of m.permissions as string[]) expect(ALLOWED_PERMISSIONS).toContain(permission);
  expect([...(m.host_permissions as string[])].sort()).toEqual([...BUILT_IN_MATCHES].sort());
  expect(m.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
  expect(m.web_accessible_resources).toBeUndefined();
  expect(m.externally_connectable).toEqual({ ids: [], matches: [] });
  const csp = (m.content_security_policy as { extension_pages: string }).extension_pages;
  expect(csp).toContain("connect-src 'none'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toMatch(/unsafe-eval|https?:/);
  expect(m.side_panel).toEqual({ default_path: 'sidepanel.html' });
  const scripts = m.content_scripts as { matches: string[] }[];
  expect(scripts.flatMap((s) => s.matches).sort()).toEqual([...BUILT_IN_MATCHES].sort());
});

test('Firefox release manifest: the same promises in MV2 form', () => {
  const m = manifest(builds.firefox);
  expect(m.manifest_version).toBe(2);
  const permissions = m.permissions as string[];
  const apiPermissions = permissions.filter((p) => !p.includes('://'));
  const hosts = permissions.filter((p) => p.includes('://'));
  for (const permission of apiPermissions) expect(ALLOWED_PERMISSIONS).toContain(permission);
  expect(hosts.sort()).toEqual([...BUILT_IN_MATCHES].sort());
  expect(m.optional_permissions).toEqual(['https://*/*', 'http://*/*']);
  expect(m.web_accessible_resources).toBeUndefined();
  expect(m.content_security_policy as string).toContain("connect-src 'none'");
  expect(m.sidebar_action).toMatchObject({ default_panel: 'sidepanel.html' });
  expect((m.browser_specific_settings as { gecko: { data_collection_permissions: unknown } }).gecko.data_collection_permissions).toEqual({ required: ['none'] });
});

test('no built script can open a network connection', () => {
  const pattern = /\b(?:fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon)\s*\(|new\s+(?:XMLHttpRequest|WebSocket|EventSource)\b/;
  for (const dir of Object.values(builds)) {
    const offenders = files(dir)
      .filter((file) => file.endsWith('.js'))
      .filter((file) => pattern.test(readFileSync(file, 'utf8')));
    expect(offenders.map((file) => path.relative(dir, file))).toEqual([]);
  }
});
