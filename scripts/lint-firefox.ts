/**
 * Runs Mozilla's add-on linter on the Firefox build and fails on any error.
 * Warnings are printed: the known one is Preact's innerHTML branch (used only for
 * dangerouslySetInnerHTML, which the project's ESLint rules forbid).
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const dir = path.resolve(process.argv[2] ?? '.output/firefox-mv2');
function runLinter(): string {
  try {
    return execFileSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch (error) {
    // web-ext exits non-zero when it finds errors; the JSON report is still on stdout.
    return String((error as { stdout?: string }).stdout ?? '');
  }
}
const out = runLinter().trim();
const report = JSON.parse(out.slice(out.indexOf('{'))) as {
  summary: { errors: number; warnings: number; notices: number };
  errors: { code: string; message: string; file?: string }[];
  warnings: { code: string; message: string; file?: string }[];
};
for (const item of [...report.errors, ...report.warnings]) console.log(`${item.code}: ${item.message} (${item.file ?? 'manifest'})`);
console.log(`web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices`);
process.exit(report.summary.errors === 0 ? 0 : 1);
