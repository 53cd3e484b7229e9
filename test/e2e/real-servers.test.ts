import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { EmptyResultSchema } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPolicy } from '../../src/config/load-config.js';
import { checkAccess } from '../../src/policy/access.js';
import { BIN, connectHost, errorCode, isAlive, texts, waitFor, type Host } from '../helpers/host.js';
import { Workspace } from '../helpers/workspace.js';
import { DOWNSTREAM_TRANSPORTS, RemoteServers } from '../helpers/downstream-transport.js';

/**
 * The firewall as a host sees it, in front of the three real reference servers, with the
 * example policy; once with every server a stdio child, once with server-everything reached
 * over HTTPS (TLS 1.3, pinned). Expectations about visibility come from the policy itself, not a fixed list.
 */

describe.each(DOWNSTREAM_TRANSPORTS)('with server-everything over %s', (transport) => {
  const ws = new Workspace();
  const remote = new RemoteServers();
  const filesRoot = join(ws.dir, 'files');
  let host: Host;

  beforeAll(async () => {
    mkdirSync(join(filesRoot, 'notes'), { recursive: true });
    writeFileSync(join(filesRoot, 'notes/plan.md'), 'Ship the release on Thursday.\n');
    writeFileSync(join(ws.dir, 'outside.txt'), 'outside the root\n');
    symlinkSync(join(ws.dir, 'outside.txt'), join(filesRoot, 'escape-link.txt'));
    const everything = ws.copyManifest('everything');
    if (transport === 'https') ws.writeManifest(await remote.serveOverHttps(everything));
    ws.copyManifest('memory', (m) => (m.server.env.MEMORY_FILE_PATH = join(ws.dir, 'memory.jsonl')));
    ws.copyManifest('filesystem', (m) => {
      m.server.args = [m.server.args[0], filesRoot];
      for (const tool of Object.values<any>(m.tools)) {
        for (const prop of Object.values<any>(tool.arguments.properties ?? {})) {
          if (prop['x-path-within']) prop['x-path-within'] = [filesRoot];
        }
      }
    });
    ws.writeConfig({
      agents: {
        assistant: { clearance: 'internal', capabilities: ['fs.read', 'data.private', 'content.untrusted'] },
        maintainer: { clearance: 'confidential', capabilities: ['fs.read', 'fs.write', 'data.private', 'memory.write', 'content.untrusted'] },
        guest: { clearance: 'public', capabilities: [] },
        root: { clearance: 'secret', capabilities: ['data.private'] },
      },
    });
    host = await connectHost(ws.configFile, 'assistant', { FIREWALL_CANARY_SECRET: 'canary-7f3a9' });
  }, 60_000);

  afterAll(async () => {
    await host?.close();
    await remote.close();
    ws.cleanup();
  });

  describe('tools/list', () => {
    it('shows exactly the approved tools this agent may call, with host-safe names', async () => {
      const policy = loadPolicy(ws.configFile);
      const agent = policy.agents.get('assistant')!;
      const expected = [...policy.tools.values()].filter((t) => checkAccess(agent, t).ok).map((t) => t.exposed).sort();
      const { tools } = await host.client.listTools();
      const names = tools.map((t) => t.name).sort();
      expect(names).toEqual(expected);
      expect(names.length).toBeGreaterThan(5);
      for (const name of names) expect(name).toMatch(/^[a-zA-Z0-9_-]{1,64}$/);
      // Real tools the servers offer but no manifest approves stay invisible.
      expect(names).not.toContain('everything__get-tiny-image');
      expect(names).not.toContain('filesystem__read_file');
      expect(names).not.toContain('memory__delete_entities');
    });

    it('differs per agent: a guest sees only public tools without capabilities', async () => {
      const guest = await connectHost(ws.configFile, 'guest');
      try {
        const names = (await guest.client.listTools()).tools.map((t) => t.name);
        const policy = loadPolicy(ws.configFile);
        for (const name of names) {
          const tool = policy.tools.get(name)!;
          expect(tool.clearance).toBe('public');
          expect(tool.capabilities).toEqual([]);
        }
        expect(names).toContain('everything__echo');
        expect(names).not.toContain('filesystem__read_text_file');
      } finally {
        await guest.close();
      }
    });
  });

  describe('tools/call', () => {
    it('forwards an allowed call and wraps the text in per-response markers', async () => {
      const first = await host.client.callTool({ name: 'everything__echo', arguments: { message: 'hello firewall' } });
      const second = await host.client.callTool({ name: 'everything__echo', arguments: { message: 'hello again' } });
      const [text] = texts(first);
      const match = /^<untrusted-data source="everything__echo" id="([A-Za-z0-9]{12})">\n([\s\S]*)\n<\/untrusted-data id="\1">\n/.exec(text!);
      expect(match, text).not.toBeNull();
      expect(match![2]).toBe('Echo: hello firewall');
      const secondId = /id="([A-Za-z0-9]{12})"/.exec(texts(second)[0]!)![1];
      expect(secondId).not.toBe(match![1]);
    });

    it.each([
      ['an unlisted tool', 'everything__get-tiny-image', {}, 'NOT_APPROVED'],
      ['a raw downstream name', 'echo', { message: 'x' }, 'NOT_APPROVED'],
      ['a clearance shortfall', 'filesystem__write_file', { path: 'notes/x.md', content: 'x' }, 'POLICY_DENIED'],
      ['a missing capability', 'memory__create_entities', { entities: [] }, 'POLICY_DENIED'],
      ['an unknown argument key', 'everything__echo', { message: 'x', extra: true }, 'ARGS_INVALID'],
      ['an out-of-range number', 'everything__get-sum', { a: 1e12, b: 1 }, 'ARGS_INVALID'],
      ['a wrong type', 'everything__get-sum', { a: 'one', b: 1 }, 'ARGS_INVALID'],
      ['a value outside the enum', 'everything__get-structured-content', { location: 'Paris' }, 'ARGS_INVALID'],
      ['a path escaping the root with ..', 'filesystem__read_text_file', { path: '../outside.txt' }, 'ARGS_INVALID'],
      ['an absolute path outside the root', 'filesystem__read_text_file', { path: '/etc/passwd' }, 'ARGS_INVALID'],
      ['a symlink pointing outside the root', 'filesystem__read_text_file', { path: 'escape-link.txt' }, 'ARGS_INVALID'],
    ])('refuses %s', async (_label, name, args, code) => {
      const result = await host.client.callTool({ name, arguments: args });
      expect(result.isError).toBe(true);
      expect(errorCode(result)).toBe(code);
      expect(texts(result)[0]).toContain(code);
    });

    it('reads a file inside the root through a relative path', async () => {
      const result = await host.client.callTool({ name: 'filesystem__read_text_file', arguments: { path: 'notes/plan.md' } });
      expect(result.isError).toBeFalsy();
      expect(texts(result)[0]).toContain('Ship the release on Thursday.');
    });

    it('validates structuredContent against the manifest schema and passes it on', async () => {
      const result = await host.client.callTool({ name: 'everything__get-structured-content', arguments: { location: 'Chicago' } });
      expect(result.isError).toBeFalsy();
      const structured = result.structuredContent as Record<string, unknown>;
      expect(Object.keys(structured).sort()).toEqual(['conditions', 'humidity', 'temperature']);
      expect(typeof structured.temperature).toBe('number');
    });

    // A remote server's environment is its operator's; the firewall controls only its children's.
    it.skipIf(transport === 'https')('starts tool servers with only the environment their manifest allows', async () => {
      const root = await connectHost(ws.configFile, 'root', { FIREWALL_CANARY_SECRET: 'canary-7f3a9' });
      try {
        const result = await root.client.callTool({ name: 'everything__get-env', arguments: {} });
        expect(result.isError).toBeFalsy();
        const body = texts(result)[0]!;
        expect(body).not.toContain('canary-7f3a9');
        expect(body).not.toContain('FIREWALL_CANARY_SECRET');
        expect(body).not.toContain(process.env.HOME ?? '/root');
      } finally {
        await root.close();
      }
    });

    it('forwards progress with the host token and keeps the firewall responsive meanwhile', async () => {
      const progress: number[] = [];
      const result = await host.client.callTool(
        { name: 'everything__trigger-long-running-operation', arguments: { duration: 1, steps: 3 } },
        undefined,
        { onprogress: (p) => progress.push(p.progress), timeout: 20_000 },
      );
      expect(result.isError).toBeFalsy();
      expect(progress.length).toBeGreaterThanOrEqual(2);
    });

    it('refuses methods it does not offer with a JSON-RPC error', async () => {
      await expect(host.client.request({ method: 'tasks/list', params: {} }, EmptyResultSchema)).rejects.toThrow(/METHOD_NOT_ALLOWED|-32601/);
    });
  });

  describe('audit log', () => {
    it('holds one record per exchange, no raw payloads, and a chain that verify accepts', async () => {
      const before = ws.auditRecords().filter((r) => r.method === 'tools/call').length;
      const canary = 'payload-canary-91c2';
      await host.client.callTool({ name: 'everything__echo', arguments: { message: canary } });
      await host.client.callTool({ name: 'everything__echo', arguments: { message: canary, nope: 1 } });
      const ok = await waitFor(() => ws.auditRecords().filter((r) => r.method === 'tools/call').length === before + 2);
      expect(ok).toBe(true);
      const raw = readFileSync(ws.auditFile, 'utf8');
      expect(raw).not.toContain(canary);
      const calls = ws.auditRecords().filter((r) => r.method === 'tools/call').slice(-2);
      expect(calls.map((r) => [r.exposed, r.decision, r.reason])).toEqual([
        ['everything__echo', 'allow', 'ok'],
        ['everything__echo', 'deny', 'ARGS_INVALID'],
      ]);
      for (const record of calls) {
        expect(record.argsHash).toMatch(/^[0-9a-f]{64}$/);
        expect(record.hash).toMatch(/^[0-9a-f]{64}$/);
      }
      const verify = execFileSync(process.execPath, [BIN, 'audit', 'verify', ws.auditFile], { encoding: 'utf8' });
      expect(verify).toMatch(/^OK/);
    });

    it('audit verify fails on a copy with one edited line and names it', () => {
      const lines = readFileSync(ws.auditFile, 'utf8').split('\n');
      const target = Math.min(2, lines.length - 2);
      lines[target] = lines[target]!.replace(/"decision":"(\w+)"/, (_m, d) => `"decision":"${d === 'allow' ? 'deny' : 'allow'}"`);
      expect(lines[target]).not.toBe(readFileSync(ws.auditFile, 'utf8').split('\n')[target]);
      const copy = join(ws.dir, 'edited.ndjson');
      writeFileSync(copy, lines.join('\n'));
      let status = 0;
      let output = '';
      try {
        execFileSync(process.execPath, [BIN, 'audit', 'verify', copy], { encoding: 'utf8' });
      } catch (err: any) {
        status = err.status;
        output = String(err.stdout) + String(err.stderr);
      }
      expect(status).toBe(1);
      expect(output).toContain(`line ${target + 1}`);
    });
  });

  describe('lifecycle', () => {
    it('exits and stops its children when the host closes stdin', async () => {
      const other = await connectHost(ws.configFile, 'guest');
      await other.client.listTools();
      const children = childPids(other.pid);
      expect(children.length).toBe(transport === 'https' ? 2 : 3);
      await other.close();
      expect(await waitFor(() => !isAlive(other.pid), 10_000)).toBe(true);
      expect(await waitFor(() => children.every((pid) => !isAlive(pid)), 10_000)).toBe(true);
    });
  });
});

function childPids(parent: number): number[] {
  const out = execFileSync('ps', ['-o', 'pid=', '--ppid', String(parent)], { encoding: 'utf8' });
  return out.split('\n').map((s) => Number(s.trim())).filter((n) => n > 0);
}
