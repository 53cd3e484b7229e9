import { randomId } from '../random-id.js';

/** Short random ids that tie a host-visible error to its audit record. */
export function newAuditId(): string {
  return randomId(12);
}
