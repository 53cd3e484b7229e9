import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** How much of the end of the audit log `check` reads for circuit events. */
const TAIL_BYTES = 1024 * 1024;

export interface CircuitEvent {
  state: string;
  time: string;
}

/**
 * The latest circuit-breaker transition per server found near the end of the audit log, so
 * `check` can say that a running firewall stopped restarting a server. A missing or unreadable
 * log means no history, never a failure.
 */
export function latestCircuitEvents(file: string): Map<string, CircuitEvent> {
  const found = new Map<string, CircuitEvent>();
  let text: string;
  try {
    const fd = openSync(file, 'r');
    try {
      const size = fstatSync(fd).size;
      const length = Math.min(size, TAIL_BYTES);
      const buffer = Buffer.alloc(length);
      readSync(fd, buffer, 0, length, size - length);
      text = buffer.toString('utf8');
    } finally {
      closeSync(fd);
    }
  } catch {
    return found;
  }
  for (const line of text.split('\n')) {
    if (!line.includes('"downstream/circuit-')) continue;
    try {
      const record = JSON.parse(line) as { method?: unknown; server?: unknown; time?: unknown };
      if (typeof record.method !== 'string' || typeof record.server !== 'string' || typeof record.time !== 'string') continue;
      found.set(record.server, { state: record.method.slice('downstream/circuit-'.length), time: record.time });
    } catch {
      // the first line of the tail is usually cut
    }
  }
  return found;
}
