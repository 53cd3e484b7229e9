// Front-door targets: the firewall serving Streamable HTTP (plain, over loopback, and with TLS
// 1.3), called by the SDK's StreamableHTTPClientTransport with a bearer key, for comparison
// with the same firewall over stdio.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { makeCertificates, nodeFetch, startFrontDoor } from '../test/helpers/front-door.js';
import { REPO } from './firewall-setup.js';
import { killProcs, processTree, waitGone } from './procs.js';
import type { Target, TargetSpec } from './targets.js';

export interface FrontDoorSetup {
  plainConfig: string;
  tlsConfig: string;
  key: string;
  ca: string;
}

/** Adds a key for `agent` to the bench config (through the real CLI) and a TLS twin of the config. */
export function prepareFrontDoor(tempDir: string, configFile: string, agent: string): FrontDoorSetup {
  const run = spawnSync(process.execPath, [join(REPO, 'bin', 'mcp-firewall.js'), 'agent', 'key', 'add', agent, '--config', configFile], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`agent key add failed: ${run.stderr.trim()}`);
  const certs = makeCertificates(tempDir);
  const doc = JSON.parse(readFileSync(configFile, 'utf8'));
  doc.http = { tls: { cert: `file:${certs.certFile}`, key: `file:${certs.keyFile}` } };
  const tlsConfig = join(tempDir, 'mcp.config.tls.json');
  writeFileSync(tlsConfig, `${JSON.stringify(doc, null, 2)}\n`);
  return { plainConfig: configFile, tlsConfig, key: run.stdout.trim(), ca: certs.ca };
}

export async function connectFrontDoor(label: string, configFile: string, setup: FrontDoorSetup, onPid: (pid: number) => void): Promise<Target> {
  const door = await startFrontDoor(configFile, '127.0.0.1:0');
  const pid = door.child.pid ?? -1;
  onPid(pid);
  const known = processTree(pid);
  const transport = new StreamableHTTPClientTransport(door.url, {
    requestInit: { headers: { authorization: `Bearer ${setup.key}` } },
    fetch: nodeFetch({ ca: setup.ca }),
  });
  const client = new Client({ name: 'mcp-firewall-bench', version: '0.0.0' }, { capabilities: {} });
  await client.connect(transport);
  const spec: TargetSpec = { label, command: process.execPath, args: ['serve', '--http', door.url.host], cwd: REPO, tool: 'everything__echo' };
  const result = await client.callTool({ name: spec.tool, arguments: { message: 'hello' } });
  if (result.isError || !JSON.stringify(result.content).includes('hello')) throw new Error(`${label}: echo failed: ${JSON.stringify(result).slice(0, 300)}`);
  return {
    spec,
    client,
    pid,
    errors: 0,
    stderrTail: () => door.stderr().slice(-4000),
    close: async () => {
      await transport.terminateSession().catch(() => undefined);
      await client.close().catch(() => undefined);
      await door.stop();
      const leaked = await waitGone(known, 5000);
      killProcs(leaked);
      return leaked.map((id) => id.pid);
    },
    kill: () => killProcs(processTree(pid).length ? processTree(pid) : known),
  };
}
