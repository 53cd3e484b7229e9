import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { dirname, resolve } from 'node:path';
import { LoadError } from '../errors.js';
import type { ConfigDocument } from './config-schema.js';
import { childPath } from './json-path.js';
import type { CompiledAgentKey, CompiledHttp } from './types.js';

/** Compiles the `http` section and the agents' key lists once, at load. */

export function compileHttp(file: string, doc: ConfigDocument): CompiledHttp {
  const http = doc.http;
  const listen = http?.listen === undefined ? undefined : parseListen(http.listen);
  if (http?.listen !== undefined && !listen) {
    throw new LoadError(file, '$.http.listen', `"${http.listen}" is not HOST:PORT`, 'write e.g. "127.0.0.1:8750", "0.0.0.0:8443" or "[::1]:8750"');
  }
  return {
    listen,
    tls: http?.tls ? { cert: http.tls.cert, key: http.tls.key } : undefined,
    allowedOrigins: new Set((http?.allowedOrigins ?? []).map((o) => o.toLowerCase())),
    allowedHosts: http?.allowedHosts ? new Set(http.allowedHosts.map((h) => h.toLowerCase())) : undefined,
    idleTimeoutMs: (http?.idleTimeoutSeconds ?? 900) * 1000,
    maxSessions: http?.maxSessions ?? 256,
    maxBodyBytes: Math.min(http?.maxBodyBytes ?? doc.limits.maxMessageBytes, doc.limits.maxMessageBytes),
  };
}

export function compileAgentKeys(file: string, doc: ConfigDocument): CompiledAgentKey[] {
  const keys: CompiledAgentKey[] = [];
  const ids = new Map<string, string>();
  const hashes = new Map<string, string>();
  for (const [agent, entry] of Object.entries(doc.agents)) {
    entry.keys.forEach((key, i) => {
      const path = childPath('$', 'agents', agent, 'keys', i);
      const notBefore = Date.parse(key.notBefore);
      const expires = Date.parse(key.expires);
      if (!(expires > notBefore)) throw new LoadError(file, `${path}.expires`, 'the key expires before it becomes valid', 'set "expires" after "notBefore"');
      const twin = ids.get(key.id);
      if (twin !== undefined) throw new LoadError(file, `${path}.id`, `key id ${key.id} is also used at ${twin}`, 'give each key its own id (`agent key add` makes one)');
      ids.set(key.id, path);
      const same = hashes.get(key.sha256);
      // Two entries for one secret would make `revoke` of one leave the key working.
      if (same !== undefined) throw new LoadError(file, `${path}.sha256`, `the same key is also stored at ${same}`, 'keep one entry per key');
      hashes.set(key.sha256, path);
      keys.push({ id: key.id, agent, sha256: Buffer.from(key.sha256, 'hex'), notBefore, expires });
    });
  }
  return keys;
}

/** "host:port", "[v6]:port"; undefined when it is neither. */
export function parseListen(text: string): { host: string; port: number } | undefined {
  const match = /^(?:\[([0-9a-fA-F:.]+)\]|([^:\s[\]]+)):(\d{1,5})$/.exec(text);
  if (!match) return undefined;
  const port = Number(match[3]);
  if (port > 65_535) return undefined;
  return { host: match[1] ?? match[2]!, port };
}

/** The host part of a Host header value: "[::1]:8750" → "::1", "localhost:8750" → "localhost". */
export function hostOnly(value: string): string {
  if (value.startsWith('[')) {
    const end = value.indexOf(']');
    return value.slice(1, end < 0 ? undefined : end);
  }
  const colon = value.indexOf(':');
  return colon < 0 ? value : value.slice(0, colon);
}

/** Only addresses that cannot leave the machine count; a name other than localhost may resolve anywhere. */
export function isLoopback(host: string): boolean {
  if (host === 'localhost') return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  if (isIP(host) === 6) return host === '::1' || /^::ffff:127\./i.test(host);
  return false;
}

/**
 * Reads a PEM given as "file:path" (relative to the config's directory) or "env:NAME". Errors
 * name the config file and the JSON path; the PEM text itself is never echoed.
 */
export function readPemRef(configFile: string, jsonPath: string, ref: string, env: NodeJS.ProcessEnv = process.env): string {
  let text: string | undefined;
  if (ref.startsWith('env:')) {
    text = env[ref.slice(4)];
    if (!text) throw new LoadError(configFile, jsonPath, `environment variable ${ref.slice(4)} is not set`, 'set it to the PEM text, or use "file:path"');
  } else if (ref.startsWith('file:')) {
    const path = resolve(dirname(configFile), ref.slice(5));
    try {
      text = readFileSync(path, 'utf8');
    } catch (err) {
      throw new LoadError(configFile, jsonPath, `cannot read ${path} (${(err as NodeJS.ErrnoException).code ?? 'error'})`, 'point it at a readable PEM file (relative to the config file)');
    }
  } else {
    throw new LoadError(configFile, jsonPath, 'not a "file:" or "env:" reference', 'write "file:path/to/file.pem" or "env:NAME"; never paste key material into the config');
  }
  if (!text.includes('-----BEGIN ')) throw new LoadError(configFile, jsonPath, 'the value is not PEM', 'use a PEM file ("-----BEGIN ...")');
  return text;
}
