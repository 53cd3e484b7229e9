// How the benchmark launches bench/bare-proxy.ts. By default it is transpiled once (TypeScript's
// transpileModule, types stripped, nothing else) to plain JS in the temp dir and run with plain
// `node`, like the firewall's compiled dist/: the tsx loader adds about 40 MB of RSS to a process,
// which would make the bare proxy's memory look far worse than it is. BENCH_BARE_TSX=1 runs it
// with `node --import tsx bench/bare-proxy.ts` instead.
import { mkdirSync, readFileSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { REPO } from './firewall-setup.js';

export interface BareLaunch { args: string[]; how: string }

/**
 * Writes `<tempDir>/bench/bare-proxy.mjs` next to a `<tempDir>/node_modules` symlink to the repo's
 * node_modules, so the file's imports and its `../node_modules/...` path resolve as in the repo.
 */
export function prepareBareProxy(tempDir: string): BareLaunch {
  const source = join(REPO, 'bench', 'bare-proxy.ts');
  if (process.env['BENCH_BARE_TSX'] === '1') {
    return { args: ['--import', 'tsx', source], how: 'node --import tsx bench/bare-proxy.ts' };
  }
  const { outputText } = ts.transpileModule(readFileSync(source, 'utf8'), {
    fileName: 'bare-proxy.ts',
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true },
  });
  mkdirSync(join(tempDir, 'bench'), { recursive: true });
  symlinkSync(join(REPO, 'node_modules'), join(tempDir, 'node_modules'), 'dir');
  const file = join(tempDir, 'bench', 'bare-proxy.mjs');
  writeFileSync(file, outputText);
  return { args: [file], how: 'bench/bare-proxy.ts transpiled to plain JS, run with node' };
}

/** Removes the node_modules symlink alone, before the temp dir is deleted. */
export function unlinkBareProxy(tempDir: string): void {
  try {
    unlinkSync(join(tempDir, 'node_modules'));
  } catch {
    // not created
  }
}
