import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from '../helpers/workspace.js';
import { connectHost, errorCode, texts, waitFor, type Host } from '../helpers/host.js';
import { hostileManifest, Workspace } from '../helpers/workspace.js';

/** A tool's own error result (isError: true) is tool output: scanned, wrapped, no host paths. */

const ws = new Workspace();
const files = join(ws.dir, 'files');
let host: Host;

beforeAll(async () => {
  mkdirSync(join(files, 'notes'), { recursive: true });
  writeFileSync(join(files, 'notes/plan.md'), 'Ship on Thursday.\n');
  ws.copyManifest('filesystem', (m) => {
    m.server.args = [m.server.args[0], files];
    m.tools = { read_text_file: m.tools.read_text_file };
    m.tools.read_text_file.arguments.properties.path['x-path-within'] = [files];
  });
  ws.writeManifest(await hostileManifest({ error_page: { capabilities: ['content.untrusted'] } }, { HOSTILE_ERRORS: '1', HOSTILE_ONLY: 'error_page', HOME: '/home/hostile-user' }, 'failing'));
  ws.writeConfig({ agents: { reader: { clearance: 'internal', capabilities: ['fs.read', 'content.untrusted'] } }, stdioAgent: 'reader' });
  host = await connectHost(ws.configFile);
}, 60_000);

afterAll(async () => {
  await host?.close();
  ws.cleanup();
});

describe('tool error results', () => {
  it('server-filesystem ENOENT: wrapped, with the path relative to the declared root', async () => {
    const result = await host.client.callTool({ name: 'filesystem__read_text_file', arguments: { path: 'notes/nope.md' } });
    expect(result.isError).toBe(true);
    const [text] = texts(result);
    expect(text).toMatch(/^<untrusted-data source="filesystem__read_text_file" id="\w{12}">\nENOENT: no such file or directory, open 'notes\/nope\.md'\n<\/untrusted-data id="\w{12}">/);
    expect(text).not.toContain(ws.dir);
    expect(text).not.toContain(REPO);
  });

  it('replaces other absolute host paths (server directory, home) with a placeholder', async () => {
    const result = await host.client.callTool({ name: 'failing__error_page', arguments: { variant: 'benign' } });
    expect(result.isError).toBe(true);
    const [text] = texts(result);
    expect(text).toMatch(/^<untrusted-data source="failing__error_page"/);
    expect(text).toContain('Error in [host path]: The quarterly report');
    expect(text).toContain('(config [host path])');
    expect(text).not.toContain('/home/hostile-user');
    expect(text).not.toContain(REPO);
  });

  it('scans them: injected instructions in an error text are blocked like any result', async () => {
    const result = await host.client.callTool({ name: 'failing__error_page', arguments: { variant: 'override' } });
    expect(errorCode(result)).toBe('SCAN_BLOCKED');
    expect(texts(result).join('\n')).not.toContain('developer mode');
    expect(await waitFor(() => ws.auditRecords().some((r) => r.exposed === 'failing__error_page' && r.decision === 'block'))).toBe(true);
  });

  it('scans them: a secret in an error text is redacted', async () => {
    const result = await host.client.callTool({ name: 'failing__error_page', arguments: { variant: 'aws' } });
    const [text] = texts(result);
    expect(text).toContain('[REDACTED:aws-access-key');
    expect(text).not.toContain('AKIAZ7QK4M2PLX9RT3VB');
  });
});
