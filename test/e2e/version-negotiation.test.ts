import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { LATEST_PROTOCOL_VERSION, SUPPORTED_PROTOCOL_VERSIONS } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, errorCode, texts } from '../helpers/host.js';
import { hostileManifest, Workspace } from '../helpers/workspace.js';

/**
 * Protocol versions, negotiated on each side on its own: the host's requested version is
 * answered as the spec says (the same when supported, else the latest), for every version the
 * SDK knows, with the real SDK client; a tool server answering an older supported version is
 * used, one answering an unknown version is not.
 */

const ws = new Workspace();

beforeAll(async () => {
  const manifest = await hostileManifest({ fetch_page: {} });
  ws.writeManifest(manifest);
  // The tool definitions do not depend on the version; only the initialize answer does.
  for (const [id, version] of [['older', '2024-11-05'], ['alien', '1999-01-01']] as const) {
    ws.writeManifest({ ...manifest, server: { ...manifest.server, id, env: { HOSTILE_PROTOCOL_VERSION: version } } });
  }
  ws.writeConfig({ agents: { tester: { clearance: 'public', capabilities: [] } }, stdioAgent: 'tester' });
}, 60_000);

afterAll(() => ws.cleanup());

/** The real SDK client, with the version in its initialize request replaced by `requested`. */
async function connectAs(requested: string): Promise<{ client: Client; answered: string | undefined }> {
  const transport = new StdioClientTransport({ command: process.execPath, args: [BIN, 'serve', '--config', ws.configFile], stderr: 'pipe', env: { PATH: process.env.PATH ?? '' } });
  const send = transport.send.bind(transport);
  transport.send = (message: JSONRPCMessage) => {
    const m = message as { method?: string; params?: Record<string, unknown> };
    return send(m.method === 'initialize' ? ({ ...m, params: { ...m.params, protocolVersion: requested } } as unknown as JSONRPCMessage) : message);
  };
  let answered: string | undefined;
  const started = transport.start.bind(transport);
  transport.start = async () => {
    await started();
    const onmessage = transport.onmessage!;
    transport.onmessage = (message) => {
      const result = (message as { result?: { protocolVersion?: string } }).result;
      if (result?.protocolVersion && answered === undefined) answered = result.protocolVersion;
      onmessage(message);
    };
  };
  const client = new Client({ name: 'version-host', version: '1' });
  await client.connect(transport);
  return { client, get answered() { return answered; } } as { client: Client; answered: string | undefined };
}

describe('host side', () => {
  it.each([...SUPPORTED_PROTOCOL_VERSIONS])('answers %s with the same version and serves the session', async (version) => {
    const { client, answered } = await connectAs(version);
    try {
      expect(answered).toBe(version);
      expect((await client.listTools()).tools.map((t) => t.name)).toContain('hostile__fetch_page');
    } finally {
      await client.close();
    }
  });

  it('answers a version it does not support with the latest', async () => {
    const { client, answered } = await connectAs('2099-01-01');
    try {
      expect(answered).toBe(LATEST_PROTOCOL_VERSION);
    } finally {
      await client.close();
    }
  });
});

describe('tool server side', () => {
  it('uses a server that answers an older supported version, and refuses one that answers an unknown version', async () => {
    const { client } = await connectAs(LATEST_PROTOCOL_VERSION);
    try {
      expect(texts(await client.callTool({ name: 'older__fetch_page', arguments: { variant: 'benign' } })).join('')).toContain('revenue grew 4%');
      expect(errorCode(await client.callTool({ name: 'alien__fetch_page', arguments: { variant: 'benign' } }))).toBe('DOWNSTREAM_UNAVAILABLE');
      expect(ws.auditRecords().some((r) => r.method === 'downstream/start-failed' && r.server === 'alien' && r.details?.category === 'protocol-version')).toBe(true);
    } finally {
      await client.close();
    }
  });
});
