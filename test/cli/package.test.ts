import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/workspace.js';

/**
 * What a production install contains: the firewall, its schemas and its runtime dependencies,
 * not the example tool servers (development dependencies that the example config in a clone
 * runs). `.ci/run` installs the packed tarball and runs --help, init and check in it.
 */

const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
const EXAMPLE_SERVERS = ['@modelcontextprotocol/server-everything', '@modelcontextprotocol/server-filesystem', '@modelcontextprotocol/server-memory'];

function packedFiles(): string[] {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return (JSON.parse(out)[0].files as { path: string }[]).map((f) => f.path);
}

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.js'))
    .map((e) => join(e.parentPath, e.name));
}

describe('the published package', () => {
  it('does not install the example tool servers (server-everything with get-env among them) at runtime', () => {
    for (const name of EXAMPLE_SERVERS) {
      expect(pkg.dependencies).not.toHaveProperty(name);
      expect(pkg.devDependencies).toHaveProperty(name);
    }
  });

  it('ships the CLI, the build and the schemas, and none of the clone-only example files', () => {
    const files = packedFiles();
    for (const needed of ['bin/mcp-firewall.js', 'dist/cli/main.js', 'dist/cli/init.js', 'dist/admin/starter-config.js', 'schemas/config.schema.json', 'schemas/manifest.schema.json']) {
      expect(files).toContain(needed);
    }
    // The example manifests start servers from ../node_modules of a clone: they cannot run from an install.
    expect(files.filter((f) => /^(manifests|examples|test|src)\//.test(f) || f === 'mcp.config.example.json')).toEqual([]);
  });

  it('every package the built code imports is a runtime dependency', () => {
    const runtime = new Set(Object.keys(pkg.dependencies));
    const builtins = new Set(builtinModules);
    const missing = new Set<string>();
    for (const file of jsFiles(join(REPO, 'dist'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/(?:^|\s)(?:import|export)\b[^'"]*?\sfrom\s+['"]([^'"./][^'"]*)['"]|import\(\s*['"]([^'"./][^'"]*)['"]\s*\)/gm)) {
        const spec = (m[1] ?? m[2])!;
        if (spec.startsWith('node:') || builtins.has(spec)) continue;
        const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
        if (!runtime.has(name)) missing.add(`${name} (${file.slice(REPO.length + 1)})`);
      }
    }
    expect([...missing]).toEqual([]);
  });
});
