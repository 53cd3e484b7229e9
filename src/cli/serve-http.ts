import type { FirewallPolicy } from '../config/types.js';
import { isLoopback, parseListen, readPemRef } from '../config/http-config.js';
import { LoadError } from '../errors.js';
import { KeyRing } from '../upstream/agent-keys.js';
import type { Firewall } from '../upstream/firewall.js';
import { FrontDoor, MCP_PATH, type TlsMaterial } from '../upstream/http-front-door.js';
import { watchAgentKeys } from '../upstream/key-reload.js';
import { UsageError } from './args.js';
import type { Session } from '../upstream/session.js';

export interface HttpPlan {
  host: string;
  port: number;
  tls: TlsMaterial | undefined;
}

/**
 * Decides where and how to listen before anything starts: an address off the machine without
 * TLS is refused, since bearer keys would cross the network in clear text.
 */
export function planHttp(policy: FirewallPolicy, flag: string): HttpPlan {
  const address = flag === '' ? policy.http.listen : parseListen(flag);
  if (!address) {
    if (flag !== '') throw new UsageError(`--http needs HOST:PORT, e.g. 127.0.0.1:8750 or [::1]:8750 (got "${flag}")`);
    throw new LoadError(policy.configFile, '$.http.listen', 'serve --http was given no address and the config sets none', 'pass --http HOST:PORT or set "http": { "listen": "HOST:PORT" }');
  }
  const refs = policy.http.tls;
  if (!refs && !isLoopback(address.host)) {
    throw new LoadError(
      policy.configFile,
      '$.http.tls',
      `${address.host} is not a loopback address and no TLS certificate is configured; agent keys would cross the network unencrypted`,
      'set "http": { "tls": { "cert": "file:server.crt", "key": "file:server.key" } }, or listen on 127.0.0.1 behind your own TLS terminator',
    );
  }
  const tls = refs ? { cert: readPemRef(policy.configFile, '$.http.tls.cert', refs.cert), key: readPemRef(policy.configFile, '$.http.tls.key', refs.key) } : undefined;
  return { ...address, tls };
}

/** Runs the front door until SIGINT/SIGTERM; resolves with the exit code. */
export async function serveHttp(firewall: Firewall, plan: HttpPlan, shutdownFirewall: (sessions: Session[], why: string, closeHosts?: () => Promise<void>) => Promise<void>): Promise<number> {
  const policy = firewall.policy;
  const ring = new KeyRing(policy.agentKeys.filter((k) => policy.agents.has(k.agent)));
  const door = new FrontDoor(firewall, ring, policy.http);
  let address;
  try {
    address = await door.listen(plan.host, plan.port, plan.tls);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? (err instanceof Error ? err.message : 'error');
    process.stderr.write(`mcp-firewall: cannot listen on ${plan.host}:${plan.port} (${code})\n`);
    await shutdownFirewall([], 'listen-failed');
    return 1;
  }
  const unwatch = watchAgentKeys(firewall, ring);
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const ready = [...firewall.connections.values()].filter((c) => c.status === 'ready').length;
  process.stderr.write(
    `mcp-firewall ready: listening on ${plan.tls ? 'https' : 'http'}://${host}:${address.port}${MCP_PATH} servers=${ready}/${firewall.connections.size} agent keys=${ring.size} audit=${policy.auditFile}\n`,
  );
  if (ring.size === 0) process.stderr.write('mcp-firewall: no agent key is configured, so every request will get 401. Create one: mcp-firewall agent key add <agent>\n');
  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = async (why: string): Promise<void> => {
      if (stopping) return;
      stopping = true;
      unwatch();
      // Calls in flight are answered (SHUTTING_DOWN) and audited before the sessions close.
      await shutdownFirewall(door.sessionsOpen(), why, () => door.close());
      resolve(0);
    };
    process.once('SIGINT', () => void stop('SIGINT'));
    process.once('SIGTERM', () => void stop('SIGTERM'));
  });
}
