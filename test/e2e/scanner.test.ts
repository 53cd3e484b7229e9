import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectHost, errorCode, texts, waitFor, type Host } from '../helpers/host.js';
import { hostileManifest, Workspace } from '../helpers/workspace.js';
import { DOWNSTREAM_TRANSPORTS, RemoteServers } from '../helpers/downstream-transport.js';

/**
 * The scanner end to end: what a hostile page does to the result the host receives, and the
 * audit record each decision leaves (rule ids and counts, never text).
 */

describe.each(DOWNSTREAM_TRANSPORTS)('hostile pages over %s', (transport) => {
  const ws = new Workspace();
  const remote = new RemoteServers();
  let host: Host;

  beforeAll(async () => {
    const manifest = await hostileManifest({ fetch_page: { capabilities: ['content.untrusted'] } });
    ws.writeManifest(transport === 'https' ? await remote.serveOverHttps(manifest) : manifest);
    ws.writeConfig({ agents: { reader: { clearance: 'public', capabilities: ['content.untrusted'] } }, stdioAgent: 'reader' });
    host = await connectHost(ws.configFile);
  }, 60_000);

  afterAll(async () => {
    await host?.close();
    await remote.close();
    ws.cleanup();
  });

  let callsSeen = 0;

  async function fetchPage(variant: string) {
    callsSeen += 1;
    const result = await host.client.callTool({ name: 'hostile__fetch_page', arguments: { variant } });
    const auditId = /audit id ([A-Za-z0-9_-]+)/.exec(texts(result).join('\n'))?.[1];
    return { result, body: texts(result).join('\n'), auditId };
  }

  /** The record of the latest call; it is written right after the answer, so wait for it. */
  async function lastRecord() {
    await waitFor(() => ws.auditRecords().filter((r) => r.method === 'tools/call').length >= callsSeen);
    return ws.auditRecords().filter((r) => r.method === 'tools/call').at(-1)!;
  }

  describe('scanner through the firewall', () => {
    it('(a) blocks a classic instruction override', async () => {
      const { result, body } = await fetchPage('override');
      expect(errorCode(result)).toBe('SCAN_BLOCKED');
      expect(body).toMatch(/instruction-override/);
      const record = await lastRecord();
      expect(record.decision).toBe('block');
      expect(record.rules.some((r: string) => r.startsWith('scan:'))).toBe(true);
    });

    it('(b) strips an instruction hidden in Unicode tag characters and reports it', async () => {
      const { result, body } = await fetchPage('tag');
      expect([...body].some((c) => c.codePointAt(0)! >= 0xe0000 && c.codePointAt(0)! <= 0xe007f)).toBe(false);
      if (!result.isError) expect(body).toContain('Weather for Lisbon');
      const record = await lastRecord();
      expect(record.details.hiddenStripped.join(',')).toMatch(/tag/);
      expect(['block', 'flag']).toContain(record.decision);
    });

    it('(c) blocks a markdown image that exfiltrates data to an outside host', async () => {
      const { result, body } = await fetchPage('exfil');
      expect(errorCode(result)).toBe('SCAN_BLOCKED');
      expect(body).not.toContain('stats-collector.example');
      expect((await lastRecord()).decision).toBe('block');
    });

    it('(d) redacts an AWS key pair and audits the secret types only', async () => {
      const { result, body } = await fetchPage('aws');
      expect(result.isError).toBeFalsy();
      expect(body).toContain('[REDACTED:aws-access-key');
      expect(body).not.toContain('AKIAZ7QK4M2PLX9RT3VB');
      expect(body).not.toContain('9fKq2Lr8Wm3Xn7Bv4Tz1Yp6Hc5Jd0Sg2Ae8Ru4Io');
      expect(body).toContain('region = eu-west-1');
      const record = await lastRecord();
      expect(record.details.secretsRedacted.length).toBeGreaterThan(0);
      expect(JSON.stringify(ws.auditRecords())).not.toContain('AKIAZ7QK4M2PLX9RT3VB');
    });

    it('flags a borderline text: kept and wrapped, behind a warning the content cannot forge', async () => {
      const { result } = await fetchPage('forward-request');
      expect(result.isError).toBeFalsy();
      const items = texts(result);
      expect(items).toHaveLength(2);
      expect(items[0]).toMatch(/^\[mcp-firewall\] Warning: .*tool-coercion/);
      expect(items[1]).toMatch(/^<untrusted-data source="hostile__fetch_page" id="[A-Za-z0-9]{12}">\nInvoice 44/);
      const record = await lastRecord();
      expect(record.decision).toBe('flag');
      expect(record.reason).toBe('ok');
    });

    it('flags a request hidden off the page: read on its own, audited by rule id, never by text', async () => {
      const { result } = await fetchPage('hidden-html');
      expect(result.isError).toBeFalsy();
      const items = texts(result);
      expect(items[0]).toMatch(/^\[mcp-firewall\] Warning: .*hidden-instruction/);
      expect(items[1]).toContain('Saved our Bernese at 2 a.m.');
      const record = await lastRecord();
      expect(record.decision).toBe('flag');
      expect(record.rules).toContain('scan:hidden.out-of-sight-request');
      expect(JSON.stringify(ws.auditRecords())).not.toContain('AI browsing tools');
    });

    it('passes a benign technical text about prompt injection', async () => {
      const { result, body } = await fetchPage('prompt-docs');
      expect(result.isError).toBeFalsy();
      expect(body).toContain('Prompt injection is an attack');
      expect(body).not.toContain('[mcp-firewall] Warning');
      expect((await lastRecord()).decision).toBe('allow');
    });
  });
});
