import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { quoteInput } from '../quote-input.js';
import { FirewallError } from '../errors.js';
import { LineReader } from '../jsonrpc/line-reader.js';
import { classify, type JsonRpcId, type JsonRpcNotification, type JsonRpcRequest, type JsonRpcResponse } from '../jsonrpc/messages.js';
import type { LaunchSpec } from '../config/types.js';
import type { DownstreamLink, LinkHooks, LinkReport, RequestOptions } from './link.js';
import { abortError, answerPending, forwardProgress, type PendingRequest } from './pending-request.js';
import { signalGroup } from './process-group.js';
import { sandboxedCommand } from './sandbox-launch.js';

export type { RequestOptions } from './link.js';

/**
 * One tool server as a child process speaking newline-delimited JSON-RPC. It gets exactly the
 * environment its manifest allows. Failures surface as FirewallErrors whose messages carry no
 * downstream text; the raw facts go to the `onFault` hook for the operator's log.
 */

/**
 * The end of what a tool server wrote on stderr, for the operator: a few lines, each capped and
 * with control characters escaped. The audit log gets only `bytes` and `sha256`.
 */
export interface StderrTail {
  lines: string[];
  /** Everything the server wrote on stderr, in bytes. */
  bytes: number;
  /** sha256 of the kept lines as written, so an auditor can match a log excerpt. */
  sha256: string;
}

type Pending = PendingRequest;

const STDERR_LINES = 5;
const STDERR_LINE_CHARS = 200;

export class StdioChild implements DownstreamLink {
  private child: ChildProcess | undefined;
  private nextId = 1;
  private readonly pending = new Map<JsonRpcId, Pending>();
  private readonly stderrLines: string[] = [];
  private stderrPartial = '';
  private stderrBytes = 0;
  private stderrEnded: Promise<void> = Promise.resolve();
  private exited = false;

  constructor(
    private readonly spec: LaunchSpec,
    private readonly maxMessageBytes: number,
    private readonly hooks: LinkHooks,
  ) {}

  get alive(): boolean {
    return this.child !== undefined && !this.exited;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  open(): void {
    this.spawn();
  }

  report(): LinkReport {
    return { transport: 'stdio', facts: {} };
  }

  spawn(): void {
    const { command, args } = sandboxedCommand(this.spec);
    const child = spawn(command, args, {
      cwd: this.spec.cwd,
      env: this.spec.env,
      stdio: ['pipe', 'pipe', 'pipe'],
      windowsHide: true,
      // Its own process group, so stopping it also stops whatever it started (see process-group.ts).
      detached: true,
    });
    this.child = child;
    const reader = new LineReader(this.maxMessageBytes, (event) => {
      if (event.kind === 'oversized') this.failOversized(event.id, event.bytes);
      else this.onLine(event.text, event.bytes);
    });
    child.stdout!.on('data', (chunk: Buffer) => reader.push(chunk));
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (text: string) => this.keepStderr(text));
    this.stderrEnded = new Promise((resolve) => {
      child.stderr!.once('end', resolve);
      child.stderr!.once('close', resolve);
    });
    child.stdin!.on('error', () => undefined);
    child.on('error', () => this.onExit(null, 'spawn-error'));
    child.on('exit', (code, signal) => this.onExit(code, signal));
  }

  request(method: string, params: Record<string, unknown> | undefined, options: RequestOptions): Promise<{ result: unknown; bytes: number }> {
    if (!this.alive) return Promise.reject(new FirewallError('DOWNSTREAM_UNAVAILABLE'));
    if (options.signal?.aborted) return Promise.reject(abortError(options.signal));
    const id = this.nextId++;
    let sent = params;
    if (options.onProgress) sent = { ...params, _meta: { ...((params?._meta as object | undefined) ?? {}), progressToken: id } };
    return new Promise((resolve, reject) => {
      const onAbort = (): void => {
        const error = abortError(options.signal);
        this.settle(id)?.reject(error);
        this.notify('notifications/cancelled', { requestId: id, reason: error.code === 'CANCELLED' ? 'cancelled by the host' : 'the firewall is shutting down' });
      };
      const timer = setTimeout(() => {
        this.settle(id)?.reject(new FirewallError('DOWNSTREAM_TIMEOUT', `the tool server did not answer within ${options.timeoutMs} ms`));
        this.notify('notifications/cancelled', { requestId: id, reason: 'timed out at the firewall' });
      }, options.timeoutMs);
      options.signal?.addEventListener('abort', onAbort, { once: true });
      this.pending.set(id, {
        resolve,
        reject,
        timer,
        maxBytes: options.maxBytes ?? Number.POSITIVE_INFINITY,
        onProgress: options.onProgress,
        cleanup: () => options.signal?.removeEventListener('abort', onAbort),
      });
      this.write({ jsonrpc: '2.0', id, method, ...(sent ? { params: sent } : {}) });
      options.onSent?.(id);
    });
  }

  notify(method: string, params?: Record<string, unknown>): void {
    if (this.alive) this.write({ jsonrpc: '2.0', method, ...(params ? { params } : {}) });
  }

  /** Ends stdin first so well-behaved servers exit on their own, then escalates. */
  async close(graceMs = 1500): Promise<void> {
    const child = this.child;
    if (!child || this.exited) return;
    const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.stdin?.end();
    const term = setTimeout(() => signalGroup(child, 'SIGTERM'), graceMs);
    const kill = setTimeout(() => signalGroup(child, 'SIGKILL'), graceMs * 2);
    await gone;
    clearTimeout(term);
    clearTimeout(kill);
  }

  /** For the synchronous exit path, where nothing can be awaited. */
  killNow(): void {
    // Not after its exit: by then onExit has cleared the group, and the id may belong to another.
    if (this.child && !this.exited) signalGroup(this.child, 'SIGKILL');
  }

  private write(message: JsonRpcRequest | JsonRpcNotification | JsonRpcResponse): void {
    this.child?.stdin?.write(`${JSON.stringify(message)}\n`);
  }

  private settle(id: JsonRpcId): Pending | undefined {
    const entry = this.pending.get(id);
    if (!entry) return undefined;
    this.pending.delete(id);
    clearTimeout(entry.timer);
    entry.cleanup();
    return entry;
  }

  private onLine(text: string, bytes: number): void {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return; // Servers that print non-protocol text on stdout are faulty; nothing to answer.
    }
    const message = classify(parsed);
    if (message.kind === 'response') {
      const id = message.message.id;
      const entry = id === null ? undefined : this.settle(id);
      if (entry) answerPending(entry, message.message, bytes);
    } else if (message.kind === 'notification') {
      if (message.message.method === 'notifications/progress') forwardProgress(this.pending, message.message.params);
      else this.hooks.onNotification(message.message);
    } else if (message.kind === 'request') {
      this.hooks.onServerRequest(message.message, (response) => this.alive && this.write(response), undefined);
    }
  }

  private failOversized(id: JsonRpcId | undefined, bytes: number): void {
    const entry = id === undefined ? undefined : this.settle(id);
    entry?.reject(new FirewallError('RESULT_TOO_LARGE', undefined, { bytes }));
  }

  /** The stderr tail once the stream has ended, or after `waitMs` if it does not. */
  async stderrTail(waitMs = 500): Promise<StderrTail> {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.stderrEnded, new Promise<void>((resolve) => (timer = setTimeout(resolve, waitMs)))]);
    clearTimeout(timer);
    return this.currentStderr();
  }

  private currentStderr(): StderrTail {
    const kept = this.stderrPartial ? [...this.stderrLines, this.stderrPartial].slice(-STDERR_LINES) : [...this.stderrLines];
    return {
      lines: kept.map((line) => quoteInput(line, STDERR_LINE_CHARS)),
      bytes: this.stderrBytes,
      sha256: createHash('sha256').update(kept.join('\n')).digest('hex'),
    };
  }

  private keepStderr(text: string): void {
    this.stderrBytes += Buffer.byteLength(text);
    const parts = (this.stderrPartial + text).split(/\r?\n/);
    // Only a bounded piece of an unterminated line is kept: a server may never print a newline.
    this.stderrPartial = parts.pop()!.slice(-4 * STDERR_LINE_CHARS);
    for (const line of parts) {
      if (!line.trim()) continue;
      this.stderrLines.push(line.length > 4 * STDERR_LINE_CHARS ? line.slice(0, 4 * STDERR_LINE_CHARS) : line);
      if (this.stderrLines.length > STDERR_LINES) this.stderrLines.shift();
    }
  }

  private onExit(code: number | null, signal: string | null): void {
    if (this.exited) return;
    this.exited = true;
    // Whatever the server started dies with it rather than living on as an orphan.
    if (this.child) signalGroup(this.child, 'SIGKILL');
    for (const id of [...this.pending.keys()]) {
      this.settle(id)?.reject(new FirewallError('DOWNSTREAM_UNAVAILABLE', 'the tool server stopped while handling the request', { fault: 'server-exited' }));
    }
    this.hooks.onClosed('exited', { code: code ?? -1, signal: signal ?? '' });
  }
}
