import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Tests that hold the scanner to a CPU-time limit (1 MB under a second). They run after every
 * other file: beside the end-to-end suites, which start a firewall and its servers per test and
 * so keep more processes running than the machine has cores, the CPU time of one scan more than
 * doubles (a core shared with another thread does less in each of its milliseconds), and a limit
 * on it would measure the other suites (the host-path rewrite's ratio of CPU times, 3.8 alone,
 * measured 12-14.5 beside them). The pattern tests run two at a time; the linear-time
 * test, whose densest 1 MB inputs take over half of their limit on their own, runs last and alone.
 */
const CPU_TIMED = ['test/scan/pattern-attacks.test.ts', 'test/scan/redos.test.ts', 'test/unit/error-paths.test.ts'];
const CPU_TIMED_ALONE = ['test/scan/linear-time.test.ts'];
/**
 * Test files share their worker's modules (isolate: false): importing the scanner again for each
 * file (its catalogues built, their start filters analysed, their patterns compiled) and the SDK
 * and helpers for each end-to-end file cost seconds per file, about a fifth of the run. The
 * suites keep no state in modules and close what they start. This one tests what a first import
 * does, so it gets a process of its own.
 */
const FRESH_IMPORT = ['test/scan/lazy-start-filter.test.ts'];
const TIMED = [...CPU_TIMED, ...CPU_TIMED_ALONE];

export default defineConfig({
  test: {
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // End-to-end suites spawn the firewall and real servers; two cores cannot run many at once.
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'suite', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, ...TIMED, ...FRESH_IMPORT], isolate: false, sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'fresh-import', include: FRESH_IMPORT, sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'cpu-timed', include: CPU_TIMED, sequence: { groupOrder: 1 } } },
      { extends: true, test: { name: 'cpu-timed-alone', include: CPU_TIMED_ALONE, sequence: { groupOrder: 2 } } },
    ],
  },
});
