import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExpected, mismatches } from '../../scripts/conformance/compare.js';
import { mapNames } from '../../scripts/conformance/name-map.mjs';
import { runDirect } from '../../scripts/conformance/runs.js';
import { ensureRunner, HOST_ADAPTER, runSuite } from '../../scripts/conformance/suite.js';
import { SERVER_ID, startFirewall, type FirewallTarget } from '../../scripts/conformance/targets.js';
import { connectHttp } from '../helpers/front-door.js';

// The MCP conformance suite (server scenarios), run by its own CLI on Node 22 from .conformance/,
// against the fixture server directly and through the firewall's HTTP front door.
// On a loaded machine a run takes longer, never differently: the limits below are generous.
const SUITE_MS = 150_000;
const expected = loadExpected();

beforeAll(() => void ensureRunner(), 300_000);

describe('conformance suite', () => {
  it('passes every scenario directly against the fixture server', { timeout: SUITE_MS + 30_000 }, async () => {
    const run = await runDirect(SUITE_MS);
    const failed = [...run.results.values()].filter((r) => r.outcome === 'fail').map((r) => `${r.scenario}: ${r.failures.join('; ')}`);
    expect(failed, run.output.slice(-4000)).toEqual([]);
    expect([...run.results.keys()].sort()).toEqual([...expected.keys()].sort());
  });

  describe('through the firewall front door', () => {
    let firewall: FirewallTarget;
    beforeAll(async () => {
      firewall = await startFirewall();
    }, 240_000);
    afterAll(async () => {
      if (!firewall) return;
      const children = childrenOf(firewall.frontDoor.child.pid!);
      await firewall.stop();
      expect(firewall.frontDoor.child.exitCode ?? firewall.frontDoor.child.signalCode).not.toBeNull();
      expect(children.length).toBeGreaterThan(0);
      expect(children.filter(isAlive)).toEqual([]);
    });

    it('gives the committed expected result for each scenario', { timeout: SUITE_MS + 30_000 }, async () => {
      const run = await runSuite(firewall.url, {
        preload: HOST_ADAPTER,
        env: { CONFORMANCE_TARGET: firewall.url, CONFORMANCE_BEARER_KEY: firewall.key, CONFORMANCE_SERVER_ID: SERVER_ID },
        timeoutMs: SUITE_MS,
      });
      expect(mismatches(run.results, expected), `${run.output.slice(-4000)}\n${firewall.frontDoor.stderr()}`).toEqual([]);
      // The expected set is not vacuous: tools, resources, prompts and the server's requests to
      // the host really pass through the firewall.
      for (const scenario of ['tools-call-mixed-content', 'resources-templates-read', 'prompts-get-with-args', 'tools-call-sampling', 'tools-call-elicitation']) {
        expect(run.results.get(scenario)?.outcome, scenario).toBe('pass');
      }
    });

    it('hands the host a tool schema with its 2020-12 keywords intact, under the namespaced name', { timeout: 60_000 }, async () => {
      const host = await connectHttp(new URL(firewall.url), firewall.key);
      try {
        const { tools } = await host.client.listTools();
        const tool = tools.find((t) => t.name === `${SERVER_ID}__json_schema_2020_12_tool`);
        expect(tool?.inputSchema).toMatchObject({
          $schema: 'https://json-schema.org/draft/2020-12/schema',
          $defs: { address: { type: 'object' } },
          properties: { address: { $ref: '#/$defs/address' } },
          additionalProperties: false,
        });
        expect(tools.some((t) => t.name === 'json_schema_2020_12_tool')).toBe(false);
      } finally {
        await host.close();
      }
    });

    it('forwards sampling and elicitation only because the manifest allows them', { timeout: 300_000 }, async () => {
      const closed = await startFirewall({ clientRequests: false });
      try {
        for (const scenario of ['tools-call-sampling', 'tools-call-elicitation']) {
          const run = await runSuite(closed.url, {
            scenario,
            preload: HOST_ADAPTER,
            env: { CONFORMANCE_TARGET: closed.url, CONFORMANCE_BEARER_KEY: closed.key, CONFORMANCE_SERVER_ID: SERVER_ID },
            timeoutMs: 90_000,
          });
          expect(run.results.get(scenario)?.outcome, scenario).toBe('fail');
          expect(run.results.get(scenario)?.failures.join(' '), scenario).toMatch(/did not request (sampling|elicitation)/);
        }
      } finally {
        await closed.stop();
      }
    });

    it('refuses the suite without the bearer key, as any caller', { timeout: 120_000 }, async () => {
      const run = await runSuite(firewall.url, { scenario: 'ping', timeoutMs: 90_000 });
      expect(run.results.get('ping')?.outcome).toBe('fail');
      expect(run.results.get('ping')?.failures.join(' ')).toMatch(/401|UNAUTHENTICATED/);
    });
  });
});

/** The pids whose parent is `pid` (Linux /proc). */
function childrenOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((name) => {
      try {
        return readFileSync(`/proc/${name}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ')[1] === String(pid);
      } catch {
        return false;
      }
    })
    .map(Number);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('the host adapter names tools, prompts and resources as the firewall exposes them', () => {
  const p = 'conformance';
  const rows: [string, unknown, unknown][] = [
    ['tools/call', { method: 'tools/call', params: { name: 'test_simple_text' } }, { method: 'tools/call', params: { name: 'conformance__test_simple_text' } }],
    ['prompts/get', { method: 'prompts/get', params: { name: 'x', arguments: { a: '1' } } }, { method: 'prompts/get', params: { name: 'conformance__x', arguments: { a: '1' } } }],
    [
      'completion of a prompt argument',
      { method: 'completion/complete', params: { ref: { type: 'ref/prompt', name: 'p' }, argument: { name: 'a', value: 'v' } } },
      { method: 'completion/complete', params: { ref: { type: 'ref/prompt', name: 'conformance__p' }, argument: { name: 'a', value: 'v' } } },
    ],
    ['an already exposed name', { method: 'tools/call', params: { name: 'conformance__t' } }, { method: 'tools/call', params: { name: 'conformance__t' } }],
    ['resources/read', { method: 'resources/read', params: { uri: 'test://static-text' } }, { method: 'resources/read', params: { uri: 'conformance+test://static-text' } }],
    ['resources/subscribe', { method: 'resources/subscribe', params: { uri: 'test://watched-resource' } }, { method: 'resources/subscribe', params: { uri: 'conformance+test://watched-resource' } }],
    ['resources/unsubscribe', { method: 'resources/unsubscribe', params: { uri: 'test://watched-resource' } }, { method: 'resources/unsubscribe', params: { uri: 'conformance+test://watched-resource' } }],
    [
      'completion of a template variable',
      { method: 'completion/complete', params: { ref: { type: 'ref/resource', uri: 'test://template/{id}/data' }, argument: { name: 'id', value: '1' } } },
      { method: 'completion/complete', params: { ref: { type: 'ref/resource', uri: 'conformance+test://template/{id}/data' }, argument: { name: 'id', value: '1' } } },
    ],
    ['an already exposed URI', { method: 'resources/read', params: { uri: 'conformance+test://x' } }, { method: 'resources/read', params: { uri: 'conformance+test://x' } }],
    ['a URI in prompt arguments (data for the prompt, not a request target)', { method: 'prompts/get', params: { name: 'p', arguments: { resourceUri: 'test://x' } } }, { method: 'prompts/get', params: { name: 'conformance__p', arguments: { resourceUri: 'test://x' } } }],
    ['a response', { id: 1, result: { name: 't', contents: [{ uri: 'test://x' }] } }, { id: 1, result: { name: 't', contents: [{ uri: 'test://x' }] } }],
    ['a batch', [{ method: 'tools/call', params: { name: 'a' } }, { method: 'ping' }], [{ method: 'tools/call', params: { name: 'conformance__a' } }, { method: 'ping' }]],
  ];
  it.each(rows)('%s', (_name, input, output) => {
    expect(mapNames(input, p)).toEqual(output);
  });
  it('changes nothing without a server id', () => {
    const message = { method: 'tools/call', params: { name: 't' } };
    expect(mapNames(message, '')).toBe(message);
  });
});
