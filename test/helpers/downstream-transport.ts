import { TestPki } from '../https/pki.js';
import { startFixture, type Fixture } from '../https/fixture-server.js';

/**
 * End-to-end suites run once with their tool servers as stdio children and once with one of
 * them reached over HTTPS: the same stdio server, relayed per session by a TLS-terminating
 * Streamable HTTP fixture, with a CA made for the run and its key pinned. Everything the
 * suite asserts must hold either way.
 */

export type DownstreamTransport = 'stdio' | 'https';

export const DOWNSTREAM_TRANSPORTS: DownstreamTransport[] = ['stdio', 'https'];

type Json = Record<string, any>;

export class RemoteServers {
  private pki: TestPki | undefined;
  private readonly fixtures: Fixture[] = [];

  /** Rewrites a stdio manifest (in place) to reach the same server over HTTPS. */
  async serveOverHttps(manifest: Json): Promise<Json> {
    this.pki ??= new TestPki();
    const cert = this.pki.leaf(`server-${this.fixtures.length}`, { keyType: 'ec' });
    const server = manifest.server;
    const command = server.command === 'node' ? process.execPath : server.command;
    const fixture = await startFixture({ cert: cert.cert, key: cert.key, relayEnv: server.env ?? {}, ...(server.cwd ? { relayCwd: server.cwd } : {}) }, [command, ...(server.args ?? [])]);
    this.fixtures.push(fixture);
    manifest.server = {
      id: server.id,
      transport: 'http',
      url: `https://localhost:${fixture.port}/mcp`,
      tls: { ca: `file:${this.pki.ca().cert}`, pins: [this.pki.pin(cert.cert)] },
      ...(server.pins ? { pins: server.pins } : {}),
    };
    return manifest;
  }

  async close(): Promise<void> {
    await Promise.all(this.fixtures.map((f) => f.close()));
    this.pki?.cleanup();
  }
}
