import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { keyIdOf } from '../config/manifest-signature.js';
import { flagValue, parseArgs, UsageError } from './args.js';

const USAGE = `usage: mcp-firewall keygen --out FILE

Writes an ed25519 key pair for signing manifests: FILE (the private key, mode 0600) and
FILE.pub. A missing directory is created with mode 0700. An existing key is never overwritten.

Exit codes: 0 written, 1 a file exists or cannot be written, 2 usage error.
`;

/**
 * `mcp-firewall keygen`: an ed25519 key pair for signing manifests. The private key is
 * written with mode 0600 and never overwritten; a missing directory is made with mode 0700.
 */
export async function main(argv: string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  const args = parseArgs(argv, { usage: USAGE, values: ['--out'] });
  const target = flagValue(args, '--out');
  if (!target) throw new UsageError('--out FILE is required');
  if (args.positional.length) throw new UsageError(`unexpected argument ${JSON.stringify(args.positional[0])}`);
  const privateFile = resolve(target);
  const publicFile = `${privateFile}.pub`;
  for (const file of [privateFile, publicFile]) {
    if (existsSync(file)) {
      err.write(`FAIL ${file} exists; keygen never overwrites a key. Choose another --out.\n`);
      return 1;
    }
  }
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  try {
    // Only directories keygen creates get 0700; an existing one keeps the mode its owner chose.
    mkdirSync(dirname(privateFile), { recursive: true, mode: 0o700 });
    // `wx` fails if the file appeared meanwhile; the mode applies at creation, so the key is never readable by others.
    writeFileSync(privateFile, privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600, flag: 'wx' });
    writeFileSync(publicFile, publicKey.export({ format: 'pem', type: 'spki' }), { mode: 0o644, flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    const path = (error as NodeJS.ErrnoException).path ?? privateFile;
    err.write(`FAIL cannot write ${path} (${code}). Fix: choose an --out in a directory you can write to\n`);
    return 1;
  }
  const id = keyIdOf(publicKey);
  out.write(`wrote private key ${privateFile} (mode 0600) and public key ${publicFile}\nkey id ${id}\n`);
  out.write(`add to the config's trustedKeys:\n  { "id": "${id}", "publicKey": "file:${publicFile}" }\n`);
  return 0;
}
