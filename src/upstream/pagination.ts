import { LRUCache } from 'lru-cache';
import { FirewallError } from '../errors.js';
import { randomId } from '../random-id.js';

/**
 * Pages of tools/list, resources/list, resources/templates/list and prompts/list, with cursors
 * the firewall issues itself. A downstream server's cursors never reach the host: the firewall
 * lists every server completely when it verifies it, filters for the agent, and pages that.
 *
 * The first page fixes a snapshot of the agent's list; its cursor is a random id (per session)
 * plus an offset, so following the cursors returns every item exactly once even when the
 * list changes meanwhile (the host learns of the change by list_changed and lists again).
 * A cursor is useless outside its session and cannot be forged into anything the agent was
 * not already shown.
 */

const MAX_SNAPSHOTS = 32;
const CURSOR = /^([A-Za-z0-9]{16})\.(\d{1,9})$/;

export interface Page<T> {
  items: T[];
  nextCursor?: string;
}

export class Pager {
  private readonly snapshots = new LRUCache<string, { kind: string; items: readonly unknown[] }>({ max: MAX_SNAPSHOTS });

  constructor(private readonly pageSize: number) {}

  page<T>(kind: string, items: readonly T[], cursor: unknown): Page<T> {
    if (cursor === undefined) return this.slice(kind, items, 0, undefined);
    const parsed = typeof cursor === 'string' ? CURSOR.exec(cursor) : null;
    const snapshot = parsed ? this.snapshots.get(parsed[1]!) : undefined;
    const offset = parsed ? Number(parsed[2]) : -1;
    if (!parsed || !snapshot || snapshot.kind !== kind || offset > snapshot.items.length) {
      throw new FirewallError('ARGS_INVALID', `the cursor is not one this session was given for ${kind} (or it expired); list again without a cursor`);
    }
    return this.slice(kind, snapshot.items as readonly T[], offset, parsed[1]);
  }

  private slice<T>(kind: string, items: readonly T[], offset: number, id: string | undefined): Page<T> {
    const end = offset + this.pageSize;
    if (end >= items.length) return { items: items.slice(offset) };
    let snapshotId = id;
    if (snapshotId === undefined) {
      snapshotId = randomId(16);
      this.snapshots.set(snapshotId, { kind, items });
    }
    return { items: items.slice(offset, end), nextCursor: `${snapshotId}.${end}` };
  }
}
