// The build (`npm run build`): tsc, then the rules' start analyses stored beside the compiled
// scanner (write-start-analyses.mjs). A type error stops it, unless `--despite-type-errors`:
// tsc still emits then, and the test setup uses that so a type error fails `npm run typecheck`
// in CI without hiding every other test result behind a missing build.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const despiteTypeErrors = process.argv.includes('--despite-type-errors');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const run = (args) => spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' }).status;

if (run([tsc, '-p', 'tsconfig.build.json']) !== 0) {
  if (!despiteTypeErrors) process.exit(1);
  process.stderr.write('warning: tsc reported type errors; dist/ was emitted anyway\n');
}
if (!existsSync(`${root}dist/cli/main.js`)) {
  process.stderr.write('the build produced no dist/cli/main.js\n');
  process.exit(1);
}
process.exit(run(['scripts/write-start-analyses.mjs']) === 0 ? 0 : 1);
