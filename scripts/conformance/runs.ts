import { HOST_ADAPTER, runSuite, type SuiteRun } from './suite.js';
import { SERVER_ID, startFirewall, startFixture } from './targets.js';

/** The suite against the fixture server on its own. */
export async function runDirect(timeoutMs?: number): Promise<SuiteRun> {
  const fixture = await startFixture();
  try {
    return await runSuite(fixture.url, timeoutMs === undefined ? {} : { timeoutMs });
  } finally {
    await fixture.stop();
  }
}

export interface FirewallRunOptions {
  /**
   * Send the suite's bare tool and prompt names and resource URIs as the firewall exposes them
   * (`conformance__<name>`, `conformance+<uri>`), as a host that read the lists would. Off: the
   * names and URIs as the suite sends them, which the firewall does not know.
   */
  mapNames: boolean;
  timeoutMs?: number;
}

/** The suite through the firewall's HTTP front door, with the fixture as its stdio downstream. */
export async function runThroughFirewall(options: FirewallRunOptions): Promise<SuiteRun & { frontDoorLog: string }> {
  const firewall = await startFirewall();
  try {
    const run = await runSuite(firewall.url, {
      preload: HOST_ADAPTER,
      env: { CONFORMANCE_TARGET: firewall.url, CONFORMANCE_BEARER_KEY: firewall.key, ...(options.mapNames ? { CONFORMANCE_SERVER_ID: SERVER_ID } : {}) },
      ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    });
    return { ...run, frontDoorLog: firewall.frontDoor.stderr() };
  } finally {
    await firewall.stop();
  }
}
