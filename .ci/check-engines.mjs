#!/usr/bin/env node
// Fails when an installed package's `engines.node` excludes the oldest Node this project
// promises. `npm ci --engine-strict` only compares with the Node that runs CI, so a
// dependency that needs a newer Node than the README promises would pass on a newer CI image.
// Production packages must admit the minimum of package.json `engines.node`; development
// packages the minimum of `devEngines.runtime.version` (what the test suite needs).
// Usage: node .ci/check-engines.mjs [PROJECT_DIR]
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? join(import.meta.dirname, '..'));
const semver = loadSemver();
const project = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
const runtimeFloor = semver.minVersion(project.engines.node).version;
const devRange = project.devEngines?.runtime?.version ?? project.engines.node;
const devFloor = semver.minVersion(devRange).version;

const problems = [];
let checked = 0;
for (const [path, entry] of Object.entries(lock.packages ?? {})) {
  if (!path || entry.link) continue;
  const file = join(root, path, 'package.json');
  // Optional platform packages for other systems are not installed; nothing of them runs here.
  if (!existsSync(file)) continue;
  const range = JSON.parse(readFileSync(file, 'utf8')).engines?.node;
  if (typeof range !== 'string') continue;
  checked += 1;
  const floor = entry.dev ? devFloor : runtimeFloor;
  if (!semver.satisfies(floor, range, { includePrerelease: true })) {
    problems.push(`${path.replace(/^.*node_modules\//, '')} requires node ${range}, but ${entry.dev ? 'development' : 'the runtime'} must work on node ${floor}`);
  }
}
if (problems.length) {
  process.stderr.write(`engine check FAILED (${problems.length}):\n${problems.map((p) => `  ${p}`).join('\n')}\n`);
  process.exit(1);
}
process.stdout.write(`engine check OK: ${checked} packages declare engines; runtime ones admit node ${runtimeFloor}, development ones node ${devFloor}\n`);

/** semver from the project if present, else the copy npm itself ships (no extra dependency). */
function loadSemver() {
  const candidates = [join(root, 'package.json'), join(dirname(process.execPath), '../lib/node_modules/npm/package.json'), join(dirname(process.execPath), 'node_modules/npm/package.json')];
  for (const from of candidates) {
    try {
      return createRequire(from)('semver');
    } catch {
      // try the next place
    }
  }
  process.stderr.write('engine check: cannot find the semver module (neither in the project nor in npm)\n');
  process.exit(2);
}
