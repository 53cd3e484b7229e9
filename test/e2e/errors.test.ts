import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, connectHost, errorCode, texts, type Host } from '../helpers/host.js';
import { Workspace } from '../helpers/workspace.js';

/** What a host gets back when its input is hostile: short, inert errors with stable codes. */

const ws = new Workspace();
let host: Host;

beforeAll(async () => {
  ws.copyManifest('everything');
  ws.writeConfig();
  host = await connectHost(ws.configFile, 'assistant');
}, 60_000);

afterAll(async () => {
  await host?.close();
  ws.cleanup();
});

const nested = (depth: number): unknown => {
  let value: unknown = 'x';
  for (let i = 0; i < depth; i += 1) value = i % 2 ? { k: value } : [value];
  return value;
};

describe('errors that echo input stay short and inert', () => {
  it('caps a 5 MB unknown argument key', async () => {
    const key = 'k'.repeat(5 * 1024 * 1024);
    const result = await host.client.callTool({ name: 'everything__echo', arguments: { message: 'x', [key]: 1 } }, undefined, { timeout: 30_000 });
    expect(errorCode(result)).toBe('ARGS_INVALID');
    const text = texts(result)[0]!;
    expect(text.length).toBeLessThan(600);
    expect(text).toContain(`unknown key "${'k'.repeat(64)}… (${key.length} characters in all)"`);
  }, 40_000);

  it('caps a long unknown tool name and a long unknown method', async () => {
    const result = await host.client.callTool({ name: 'n'.repeat(100_000), arguments: {} });
    expect(errorCode(result)).toBe('NOT_APPROVED');
    expect(texts(result)[0]!.length).toBeLessThan(300);
    const refused = host.client.request({ method: `x/${'m'.repeat(100_000)}` } as never, (await import('zod')).z.any());
    await expect(refused).rejects.toThrow(/METHOD_NOT_ALLOWED/);
    const message = await refused.catch((err: Error) => err.message);
    expect(message.length).toBeLessThan(300);
  });

  it('escapes control and bidi characters in echoed keys and names', async () => {
    const key = 'a\u001b[2J\u202eb\nc';
    const result = await host.client.callTool({ name: 'everything__echo', arguments: { message: 'x', [key]: 1 } });
    const text = texts(result)[0]!;
    expect(text).toContain('a\\u{1b}[2J\\u{202e}b\\u{a}c');
    expect(text).not.toMatch(/[\u001b\u202e\n]/);
    const named = await host.client.callTool({ name: 'tool\u001b]0;pwned\u0007', arguments: {} });
    expect(texts(named)[0]).toContain('tool\\u{1b}]0;pwned\\u{7}');
  });
});

describe('argument nesting limit', () => {
  it('refuses arguments nested 50,000 deep with ARGS_INVALID, not INTERNAL', async () => {
    // Written as raw bytes: the SDK client itself cannot serialize such a value.
    const deep = `${'['.repeat(50_000)}"x"${']'.repeat(50_000)}`;
    const replies = await rawExchange([
      '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"raw","version":"1"}}}',
      '{"jsonrpc":"2.0","method":"notifications/initialized"}',
      `{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"everything__echo","arguments":{"message":${deep}}}}`,
      '{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"everything__echo","arguments":{"message":"still up"}}}',
    ], 3);
    const refused = replies.get(2)!.result;
    expect(errorCode(refused)).toBe('ARGS_INVALID');
    expect(texts(refused)[0]).toContain('nested deeper than 64 levels');
    expect(replies.get(3)!.result.isError).toBeUndefined();
  }, 30_000);

  it('measures depth from the arguments object: 64 levels pass the limit, 65 do not', async () => {
    // The limit is checked first; the schema then refuses a non-string message as usual.
    const at = await host.client.callTool({ name: 'everything__echo', arguments: { message: nested(63) } });
    expect(texts(at)[0]).not.toContain('nested deeper');
    const over = await host.client.callTool({ name: 'everything__echo', arguments: { message: nested(64) } });
    expect(texts(over)[0]).toContain('nested deeper than 64 levels');
  });
});

/** Runs `serve`, writes raw lines, and collects responses by id until `last` has answered. */
async function rawExchange(lines: string[], last: number): Promise<Map<number, any>> {
  const child = spawn(process.execPath, [BIN, 'serve', '--config', ws.configFile], { stdio: ['pipe', 'pipe', 'ignore'] });
  const replies = new Map<number, any>();
  let buffer = '';
  try {
    await new Promise<void>((resolve, reject) => {
      child.on('exit', () => reject(new Error('serve exited')));
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (chunk: string) => {
        buffer += chunk;
        for (let nl = buffer.indexOf('\n'); nl >= 0; nl = buffer.indexOf('\n')) {
          const message = JSON.parse(buffer.slice(0, nl));
          buffer = buffer.slice(nl + 1);
          if (message.id !== undefined) replies.set(message.id, message);
          if (message.id === last) resolve();
        }
      });
      for (const line of lines) child.stdin.write(`${line}\n`);
    });
  } finally {
    child.stdin.end();
    await new Promise((resolve) => (child.exitCode !== null ? resolve(undefined) : child.once('exit', resolve)));
  }
  return replies;
}
