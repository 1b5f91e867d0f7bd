/**
 * `npm test`: every check the project has, in order, on the machine as it is.
 * Type check → lint → unit tests → release builds → Firefox add-on lint → E2E build
 * → end-to-end tests in Chromium and Firefox. Prints one closing line
 * `N passed, N failed` summing all suites (each non-test check counts as one).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const TMP = '.e2e-tmp';
mkdirSync(TMP, { recursive: true });

let passed = 0;
let failed = 0;
const failures: string[] = [];

function run(label: string, command: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n── ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function check(label: string, command: string, args: string[], env: Record<string, string> = {}): boolean {
  const ok = run(label, command, args, env);
  if (ok) passed += 1;
  else {
    failed += 1;
    failures.push(label);
  }
  return ok;
}

function suite(label: string, command: string, args: string[], report: string, count: (json: unknown) => { passed: number; failed: number }) {
  const ok = run(label, command, args);
  if (!existsSync(report)) {
    failed += 1;
    failures.push(`${label} (no report)`);
    return;
  }
  const counts = count(JSON.parse(readFileSync(report, 'utf8')));
  passed += counts.passed;
  failed += counts.failed;
  if (!ok && counts.failed === 0) {
    failed += 1;
    failures.push(`${label} (runner failed)`);
  } else if (counts.failed > 0) failures.push(`${label} (${counts.failed} failed)`);
}

const bin = (name: string) => `node_modules/.bin/${name}`;

// WXT's generated types and tsconfig (npm's postinstall makes them too; this keeps a stale checkout honest).
run('prepare', bin('wxt'), ['prepare']);

check('type check', bin('tsc'), ['--noEmit', '-p', '.']);
check('lint', bin('eslint'), ['.', '--max-warnings', '0']);
suite('unit tests', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile=${TMP}/vitest.json`], `${TMP}/vitest.json`, (json) => {
  const r = json as { numPassedTests: number; numFailedTests: number };
  return { passed: r.numPassedTests, failed: r.numFailedTests };
});
const built = check('release builds', bin('wxt'), ['build']) && check('release build (Firefox)', bin('wxt'), ['build', '-b', 'firefox']);
if (built) check('Firefox add-on lint', bin('tsx'), ['scripts/lint-firefox.ts', '.output/firefox-mv2']);
const e2eBuilt =
  check('E2E build', bin('wxt'), ['build'], { SPOONBOOK_E2E: '1' }) &&
  check('E2E build (Firefox)', bin('wxt'), ['build', '-b', 'firefox'], { SPOONBOOK_E2E: '1' });
if (e2eBuilt) {
  suite('end-to-end tests', bin('playwright'), ['test'], `${TMP}/playwright.json`, (json) => {
    const stats = (json as { stats: { expected: number; unexpected: number; flaky: number } }).stats;
    return { passed: stats.expected + stats.flaky, failed: stats.unexpected };
  });
}

if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
