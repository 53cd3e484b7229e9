import { dirname, resolve } from 'node:path';
import { AuditKeyError, resolveAuditKey } from '../audit/audit-key.js';
import { LoadError } from '../errors.js';
import type { ConfigDocument } from './config-schema.js';
import type { AuditPolicy } from './types.js';

/** The config's `audit` section, resolved: the file relative to the config, the key read once. */
export function compileAuditSettings(configFile: string, doc: Pick<ConfigDocument, 'audit'>, env: NodeJS.ProcessEnv = process.env): AuditPolicy {
  const dir = dirname(configFile);
  let key;
  if (doc.audit.key !== undefined) {
    try {
      key = resolveAuditKey(doc.audit.key, dir, env);
    } catch (err) {
      if (err instanceof AuditKeyError) throw new LoadError(configFile, '$.audit.key', err.message, err.fix);
      throw err;
    }
  }
  return { file: resolve(dir, doc.audit.file), key, onWriteFailure: doc.audit.onWriteFailure, checkpointEvery: doc.audit.checkpointEvery };
}
