/** `npm run bench`: every benchmark in turn. The page benchmarks need the E2E build, made first. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const steps: Array<[string, string[], Record<string, string>?]> = [
  ['node_modules/.bin/wxt', ['build'], { SPOONBOOK_E2E: '1' }],
  ['node_modules/.bin/tsx', ['bench/disclosure.ts']],
  ['node_modules/.bin/tsx', ['bench/claims.ts', '--quiet']],
  ['node_modules/.bin/tsx', ['bench/guard-page.ts']],
];
if (existsSync('bench/library-panel.ts')) steps.push(['node_modules/.bin/tsx', ['bench/library-panel.ts']]);

let failed = 0;
for (const [command, args, env] of steps) {
  console.log(`\n── ${command.split('/').pop()} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) failed += 1;
}
process.exit(failed === 0 ? 0 : 1);
