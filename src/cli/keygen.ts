import { generateKeyPairSync } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { keyIdOf } from '../config/manifest-signature.js';
import { flagValue, parseArgs, UsageError } from './args.js';

const USAGE = 'usage: mcp-firewall keygen --out FILE   (writes FILE, mode 0600, and FILE.pub)';

/**
 * `mcp-firewall keygen`: an ed25519 key pair for signing manifests. The private key is
 * written with mode 0600 and never overwritten. Exit 0 written, 1 a file exists, 2 usage.
 */
export async function main(argv: string[], out: NodeJS.WritableStream = process.stdout): Promise<number> {
  const args = parseArgs(argv, { values: ['--out'] });
  const target = flagValue(args, '--out');
  if (!target || args.positional.length) throw new UsageError(USAGE);
  const privateFile = resolve(target);
  const publicFile = `${privateFile}.pub`;
  for (const file of [privateFile, publicFile]) {
    if (existsSync(file)) {
      out.write(`FAIL ${file} exists; keygen never overwrites a key. Choose another --out.\n`);
      return 1;
    }
  }
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  // `wx` fails if the file appeared meanwhile; the mode applies at creation, so the key is never readable by others.
  writeFileSync(privateFile, privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600, flag: 'wx' });
  writeFileSync(publicFile, publicKey.export({ format: 'pem', type: 'spki' }), { mode: 0o644, flag: 'wx' });
  const id = keyIdOf(publicKey);
  out.write(`wrote private key ${privateFile} (mode 0600) and public key ${publicFile}\nkey id ${id}\n`);
  out.write(`add to the config's trustedKeys:\n  { "id": "${id}", "publicKey": "file:${publicFile}" }\n`);
  return 0;
}
