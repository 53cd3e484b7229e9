import type { CompiledServer } from '../config/types.js';
import type { ServerConnection } from '../downstream/server-connection.js';
import type { StderrTail } from '../downstream/stdio-child.js';
import type { VerifyOptions } from '../downstream/tool-verify.js';

/**
 * Starts one server the way serve would, collects everything it announces (tools, the
 * initialize instructions, prompts, resource templates) and stops it again.
 */
export async function probeServer<T>(server: CompiledServer, maxMessageBytes: number, verify: VerifyOptions, use: (connection: ServerConnection) => T | Promise<T>): Promise<T> {
  const faults: string[] = [];
  let stderr: StderrTail | undefined;
  const fault = (_id: string, event: string, details: Record<string, unknown>, tail?: StderrTail): void => {
    faults.push([event, details.code, details.category].filter((v) => typeof v === 'string').join(' '));
    if (tail?.lines.length) stderr = tail;
  };
  // Loaded here, not at import: it brings the scanner, about a second of start-up that `--help`
  // and a usage error of every manifest subcommand would otherwise wait for.
  const { ServerConnection } = await import('../downstream/server-connection.js');
  const connection = new ServerConnection(server, maxMessageBytes, { toolsChanged: () => undefined, fault }, { verify, inventory: true });
  try {
    await connection.start();
    if (connection.status !== 'ready' && connection.quarantined.length === 0) {
      const tail = stderr ? `\n  last lines of its stderr:\n${stderr.lines.map((l) => `    | ${l}`).join('\n')}` : '';
      throw new ProbeError(`server ${server.id} did not start (${faults.join(', ') || 'unknown fault'}); ${server.transport === 'http' ? 'check its URL, TLS settings and credentials' : 'check its command, arguments and environment'}${tail}`);
    }
    return await use(connection);
  } finally {
    await connection.close();
  }
}

export class ProbeError extends Error {
  override readonly name = 'ProbeError';
}
