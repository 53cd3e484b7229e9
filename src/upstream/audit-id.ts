import { randomBytes } from 'node:crypto';

/** Short random ids that tie a host-visible error to its audit record. */
export function newAuditId(): string {
  return randomBytes(9).toString('base64url');
}
