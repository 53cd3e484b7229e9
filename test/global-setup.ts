import { spawnSync } from 'node:child_process';

/**
 * End-to-end tests drive the shipped CLI (bin → dist), so build it once before any suite
 * runs, as `npm run build` does but past a type error: tsc still emits, and type errors fail
 * `npm run typecheck` in CI, while a missing build fails here.
 */
export default function setup(): void {
  // (each vitest project runs its global setup, in one process: build once)
  if (process.env.MCP_FIREWALL_TEST_BUILT === '1') return;
  const run = spawnSync(process.execPath, ['scripts/build.mjs', '--despite-type-errors'], { encoding: 'utf8' });
  // (tsc writes its errors to stdout: shown with the warning, as they were before the shared script)
  if (run.stderr) process.stderr.write(`${run.stdout}${run.stderr}`);
  if (run.status !== 0) throw new Error(`the build failed:\n${run.stdout}${run.stderr}`);
  process.env.MCP_FIREWALL_TEST_BUILT = '1';
}
