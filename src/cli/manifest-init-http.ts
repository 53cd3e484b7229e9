import { dirname, relative, resolve } from 'node:path';
import { compileHttpTarget } from '../config/http-target.js';
import { httpServerSchema } from '../config/manifest-schema.js';
import type { HttpServer } from '../config/types.js';
import { UsageError, flagValue, type ParsedArgs } from './args.js';
import { loadErrorFromZod } from '../config/zod-issues.js';

/**
 * The `server` part of a draft manifest for `manifest init <id> --url URL`, and the compiled
 * server to probe. Paths given on the command line become `file:` references relative to the
 * manifest; header values must already be references, never literal secrets.
 */
export function httpDraftServer(id: string, url: string, args: ParsedArgs, manifestFile: string): { document: Record<string, unknown>; server: HttpServer } {
  const fileRef = (flag: string): string | undefined => {
    const value = flagValue(args, flag);
    return value === undefined ? undefined : `file:${relative(dirname(manifestFile), resolve(value))}`;
  };
  const headers: Record<string, string> = {};
  for (const entry of args.lists.get('--header') ?? []) {
    const eq = entry.indexOf('=');
    const [name, value] = [entry.slice(0, eq), entry.slice(eq + 1)];
    if (eq <= 0 || !/^(env:[A-Za-z_][A-Za-z0-9_]*|file:.+)$/.test(value)) {
      throw new UsageError(`--header takes Name=env:VAR or Name=file:path (got "${eq > 0 ? name : entry}=…"); literal secrets are never written to a manifest`);
    }
    headers[name] = value.startsWith('file:') ? `file:${relative(dirname(manifestFile), resolve(value.slice(5)))}` : value;
  }
  const tls = Object.fromEntries(
    Object.entries({
      ca: fileRef('--ca'),
      cert: fileRef('--cert'),
      key: fileRef('--key'),
      servername: flagValue(args, '--servername'),
      pins: args.lists.get('--pin'),
    }).filter(([, v]) => v !== undefined),
  );
  const document: Record<string, unknown> = {
    id,
    transport: 'http',
    url,
    ...(Object.keys(tls).length ? { tls } : {}),
    headers,
    ...(args.flags.has('--allow-insecure-loopback') ? { allowInsecureLoopback: true } : {}),
  };
  const parsed = httpServerSchema.safeParse(document);
  if (!parsed.success) throw loadErrorFromZod(manifestFile, withServerPath(parsed.error), 'schemas/manifest.schema.json');
  const http = compileHttpTarget(manifestFile, parsed.data, process.env);
  return { document, server: { id, manifestFile, transport: 'http', http, initTimeoutMs: parsed.data.initTimeoutMs, tools: new Map() } };
}

/** Issues from validating the server object alone, placed where they sit in the manifest. */
function withServerPath<E extends { issues: { path: PropertyKey[] }[] }>(error: E): E {
  for (const issue of error.issues) issue.path = ['server', ...issue.path];
  return error;
}
