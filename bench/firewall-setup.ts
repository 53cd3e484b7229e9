// Prepares the firewall for the benchmark: compiles dist/, and writes a temporary copy of the
// example config and manifests (absolute paths, audit log in the temp dir, no rate limit on the
// benchmarked tool) so the benchmark neither trips the example's rate limit nor litters the repo.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '..');

/** Runs `tsc -p tsconfig.build.json`; returns undefined on success, else the compiler output. */
export function buildFirewall(): string | undefined {
  const tsc = join(REPO, 'node_modules', 'typescript', 'bin', 'tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: REPO, encoding: 'utf8' });
  if (result.status === 0) return undefined;
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}`.trim();
  return output || `tsc exited with status ${String(result.status)}`;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Relative paths in a manifest resolve against its own directory: make them absolute. */
function absolutize(manifest: JsonObject, dir: string): void {
  const abs = (value: string): string => {
    const expanded = value.replaceAll('${manifestDir}', dir);
    return isAbsolute(expanded) ? expanded : resolve(dir, expanded);
  };
  const server = manifest['server'];
  if (isObject(server)) {
    // `${manifestDir}` would expand to the copy's directory: pin it to the original one.
    const pin = (value: string): string => value.replaceAll('${manifestDir}', dir);
    if (typeof server['command'] === 'string') server['command'] = pin(server['command']);
    const args = server['args'];
    if (Array.isArray(args)) {
      server['args'] = args.map((a) => (typeof a !== 'string' ? a : a.startsWith('../') || a.startsWith('./') ? abs(a) : pin(a)));
    }
    server['cwd'] = abs(typeof server['cwd'] === 'string' ? server['cwd'] : '.');
    const env = server['env'];
    if (isObject(env)) {
      for (const [name, value] of Object.entries(env)) {
        if (typeof value !== 'string') continue;
        env[name] = value.startsWith('file:') ? `file:${abs(value.slice(5))}` : pin(value);
      }
    }
  }
  const walk = (node: Json): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!isObject(node)) return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'x-path-within' && Array.isArray(value)) {
        node[key] = value.map((v) => (typeof v === 'string' ? abs(v) : v));
      } else {
        walk(value);
      }
    }
  };
  walk(manifest['tools'] ?? null);
}

/**
 * Writes `<tempDir>/mcp.config.json` and `<tempDir>/manifests/*.json` from the repo's example
 * and returns the config path. `unlimited` lists `server/tool` pairs whose rateLimit is removed.
 */
export function writeBenchConfig(tempDir: string, unlimited: readonly string[]): string {
  const manifestsDir = join(REPO, 'manifests');
  const outDir = join(tempDir, 'manifests');
  mkdirSync(outDir, { recursive: true });
  for (const name of readdirSync(manifestsDir).filter((n) => n.endsWith('.json'))) {
    const manifest = JSON.parse(readFileSync(join(manifestsDir, name), 'utf8')) as JsonObject;
    absolutize(manifest, manifestsDir);
    const server = manifest['server'];
    const tools = manifest['tools'];
    const id = isObject(server) && typeof server['id'] === 'string' ? server['id'] : '';
    if (isObject(tools)) {
      for (const [tool, spec] of Object.entries(tools)) {
        if (unlimited.includes(`${id}/${tool}`) && isObject(spec)) delete spec['rateLimit'];
      }
    }
    if (typeof manifest['$schema'] === 'string') manifest['$schema'] = resolve(manifestsDir, manifest['$schema']);
    writeFileSync(join(outDir, name), `${JSON.stringify(manifest, null, 2)}\n`);
  }
  const config = JSON.parse(readFileSync(join(REPO, 'mcp.config.example.json'), 'utf8')) as JsonObject;
  if (typeof config['$schema'] === 'string') config['$schema'] = resolve(REPO, config['$schema']);
  config['manifests'] = outDir;
  config['audit'] = { ...(isObject(config['audit']) ? config['audit'] : {}), file: join(tempDir, 'bench.audit.ndjson') };
  const file = join(tempDir, 'mcp.config.json');
  writeFileSync(file, `${JSON.stringify(config, null, 2)}\n`);
  return file;
}
