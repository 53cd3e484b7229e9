import { createHash, createPrivateKey, type KeyObject } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseConfig } from '../config/load-config.js';
import { checkSignature, signManifest } from '../config/manifest-signature.js';
import { readJsonFile } from '../config/read-json.js';
import { compileTrustedKeys } from '../config/trusted-keys.js';
import { flagValue, parseArgs, UsageError } from './args.js';
import { auditAdminChange } from './audit-admin.js';
import { configPath } from './config-path.js';

export const SIGN_USAGE = `usage: mcp-firewall manifest sign --key FILE [--config FILE] [<server|file.json>…]

Signs each named manifest (default: every manifest of the config) in place with the ed25519
private key FILE (from mcp-firewall keygen; must not be readable by others).

Exit codes: 0 signed, 1 signed but the audit record could not be written, 2 usage error or
an unusable key.
`;
export const VERIFY_USAGE = `usage: mcp-firewall manifest verify [--config FILE] [<server|file.json>…]

Prints, per manifest, whether it carries a valid signature by a key in the config's trustedKeys.

Exit codes: 0 every manifest is signed by a trusted key, 1 otherwise, 2 usage or
configuration error.
`;

/** Manifest files named on the command line (server ids or paths), else all in the config's directory. */
function manifestFiles(positional: string[], configFile: string): string[] {
  const dir = resolve(dirname(configFile), parseConfig(configFile).manifests);
  if (positional.length === 0) return readdirSync(dir).filter((n) => n.endsWith('.json')).sort().map((n) => join(dir, n));
  return positional.map((p) => (p.endsWith('.json') ? resolve(p) : join(dir, `${p}.json`)));
}

/** `manifest sign`: signs each manifest in place. Exit 0 signed, 2 usage or unusable key. */
export async function sign(argv: string[], out: NodeJS.WritableStream, errors: NodeJS.WritableStream): Promise<number> {
  const args = parseArgs(argv, { usage: SIGN_USAGE, values: ['--key', '--config'] });
  const keyFile = flagValue(args, '--key');
  if (!keyFile) throw new UsageError('--key FILE is required');
  const key = loadPrivateKey(resolve(keyFile));
  const configFile = configPath(flagValue(args, '--config'));
  let unaudited = false;
  for (const file of manifestFiles(args.positional, configFile)) {
    const raw = readJsonFile(file) as Record<string, unknown>;
    delete raw.signature;
    raw.signature = signManifest(raw, key);
    const text = `${JSON.stringify(raw, null, 2)}\n`;
    writeFileSync(file, text);
    const keyId = (raw.signature as { keyId: string }).keyId;
    out.write(`signed ${file} (key ${keyId})\n`);
    const server = (raw.server as { id?: unknown } | undefined)?.id;
    const problem = await auditAdminChange(configFile, {
      command: 'manifest sign',
      target: typeof server === 'string' ? server : basename(file),
      details: { manifest: file, keyId, manifestSha256: createHash('sha256').update(text).digest('hex') },
    });
    if (problem) {
      errors.write(`FAIL ${problem}\n`);
      unaudited = true;
    }
  }
  return unaudited ? 1 : 0;
}

function loadPrivateKey(file: string): KeyObject {
  let text: string;
  try {
    // A signing key others can read is a shared key: refuse it, as ssh does.
    if ((statSync(file).mode & 0o077) !== 0) throw new UsageError(`${file} is readable by other users; run chmod 600 ${file}`);
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(`cannot read the key file ${file}`);
  }
  let key: KeyObject;
  try {
    key = createPrivateKey(text);
  } catch {
    throw new UsageError(`${file} is not a PEM private key (use one written by mcp-firewall keygen)`);
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new UsageError(`${file} is not an ed25519 key`);
  return key;
}

const VERDICT = {
  ok: 'OK signed by trusted key',
  unsigned: 'UNSIGNED',
  untrusted: 'UNTRUSTED KEY',
  invalid: 'INVALID SIGNATURE: edited after signing',
} as const;

/** `manifest verify`: every manifest must carry a valid signature by a trusted key. Exit 0 all do, 1 otherwise. */
export async function verify(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  const args = parseArgs(argv, { usage: VERIFY_USAGE, values: ['--config'] });
  const configFile = configPath(flagValue(args, '--config'));
  const keys = compileTrustedKeys(configFile, dirname(configFile), parseConfig(configFile));
  let sound = true;
  for (const file of manifestFiles(args.positional, configFile)) {
    const { status, keyId } = checkSignature(readJsonFile(file) as Record<string, unknown>, keys);
    if (status !== 'ok') sound = false;
    out.write(`${VERDICT[status]}${keyId ? ` ${keyId}` : ''}: ${file}\n`);
  }
  return sound ? 0 : 1;
}
