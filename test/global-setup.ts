import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * End-to-end tests drive the shipped CLI (bin → dist), so build it once before any suite
 * runs. tsc emits even when a type error is reported; type errors fail `npm run typecheck`
 * in CI, while a missing build fails here.
 */
export default function setup(): void {
  // (each vitest project runs its global setup, in one process: build once)
  if (process.env.MCP_FIREWALL_TEST_BUILT === '1') return;
  const run = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { encoding: 'utf8' });
  if (run.status !== 0) process.stderr.write(`warning: tsc reported errors while building dist/:\n${run.stdout}${run.stderr}`);
  if (!existsSync('dist/cli/main.js')) throw new Error('the build produced no dist/cli/main.js');
  // (as `npm run build` does: the rules' start analyses stored beside the compiled scanner)
  const store = spawnSync(process.execPath, ['scripts/write-start-analyses.mjs'], { encoding: 'utf8' });
  if (store.status !== 0) throw new Error(`writing the start analyses failed:\n${store.stdout}${store.stderr}`);
  process.env.MCP_FIREWALL_TEST_BUILT = '1';
}
