/**
 * Every refusal the firewall makes carries one of these stable codes. Hosts, tests and
 * audit readers match on the code; the message is written to be safe to show a model.
 */
export const ERROR_CODES = {
  NOT_APPROVED: 'the tool is not approved by any loaded manifest',
  POLICY_DENIED: 'the agent lacks the clearance or capabilities the tool needs',
  ARGS_INVALID: 'the arguments do not match the tool manifest',
  ARGS_SECRET: 'an argument carries a credential, and the policy refuses to send credentials to tools',
  RESULT_INVALID: 'the tool result does not match the tool manifest',
  RESULT_TOO_LARGE: 'the tool result is larger than the manifest allows',
  SCAN_BLOCKED: 'the tool result was blocked by the content scanner',
  RATE_LIMITED: 'the rate limit or concurrency cap for this tool is exhausted',
  PIN_MISMATCH: 'the live tool definition no longer matches its pinned hash',
  TOOL_POISONED: 'the tool description carries hidden or injected instructions',
  NAME_CONFLICT: 'the tool server announced a duplicate or look-alike of an approved tool name',
  DOWNSTREAM_UNAVAILABLE: 'the tool server is not available',
  SANDBOX_UNAVAILABLE: 'the sandbox the tool server\'s manifest requires cannot be set up, so the server is not started',
  DOWNSTREAM_TIMEOUT: 'the tool server did not answer in time',
  DOWNSTREAM_ERROR: 'the tool server answered with an error',
  CIRCUIT_OPEN: 'the tool server kept crashing, so the firewall stopped restarting it for a cool-down; retry after it, or restart the firewall once the server is fixed',
  SHUTTING_DOWN: 'the firewall is shutting down, so the call was not completed; it may or may not have taken effect; retry once the firewall runs again',
  CONFIG_INVALID: 'the configuration or a manifest is invalid',
  MANIFEST_INVALID: 'a manifest is invalid',
  SIGNATURE_INVALID: 'a manifest signature is missing or invalid',
  TLS_REJECTED: 'the TLS connection to the tool server was rejected',
  PAYLOAD_TOO_LARGE: 'the message is larger than the firewall accepts',
  METHOD_NOT_ALLOWED: 'the firewall does not forward this method',
  INVALID_REQUEST: 'the message is not a valid JSON-RPC request',
  AUDIT_UNAVAILABLE: 'the audit log cannot be written, so the firewall serves nothing; the request was not answered',
  UNAUTHENTICATED: 'the request carries no valid agent key',
  ORIGIN_DENIED: 'the request comes from an origin that is not allowed',
  HOST_DENIED: 'the request names a host the front door does not serve',
  SESSION_UNKNOWN: 'the session does not exist, has expired, or belongs to another key',
  SESSIONS_EXHAUSTED: 'the firewall serves as many sessions as it allows',
  CANCELLED: 'the request was cancelled',
  HOST_TIMEOUT: 'the host did not answer the firewall\'s request in time',
  HOST_ERROR: 'the host refused or failed the firewall\'s request',
  HOST_CAPABILITY_MISSING: 'the host did not declare the capability this needs',
  TAINT_EGRESS_DENIED: 'the session has seen both private data and untrusted content, so this outbound call was not made without the user\'s approval',
  HOST_UNROUTABLE: 'the tool server\'s request cannot be tied to exactly one host session with a call in flight on that server',
  INTERNAL: 'the firewall failed while handling the request',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class FirewallError extends Error {
  override readonly name = 'FirewallError';

  constructor(
    readonly code: ErrorCode,
    /** Safe to show the model and the host: never raw payloads, paths of the host, or downstream internals. */
    message: string = ERROR_CODES[code],
    /** Audit-only facts (hashes, rule ids, counts). Never sent to the host. */
    readonly details: Record<string, unknown> = {},
    /** Hints the host may act on, sent in the refusal's `_meta` (e.g. when to retry). */
    readonly hints: { retryAfterMs?: number } = {},
  ) {
    super(message);
  }
}

export function isFirewallError(value: unknown): value is FirewallError {
  return value instanceof FirewallError;
}

/** Anything thrown that is not a FirewallError becomes INTERNAL: its text may hold internals. */
export function toFirewallError(value: unknown): FirewallError {
  if (isFirewallError(value)) return value;
  return new FirewallError('INTERNAL', ERROR_CODES.INTERNAL, {
    cause: value instanceof Error ? value.name : typeof value,
  });
}

/**
 * A load-time problem in a config or manifest file. The message names the file, the JSON
 * path and the fix so an admin can act on it without reading source.
 */
export class LoadError extends Error {
  override readonly name = 'LoadError';

  constructor(
    readonly file: string,
    readonly jsonPath: string,
    readonly problem: string,
    readonly fix: string,
  ) {
    super(`${file}: at ${jsonPath || '(root)'}: ${problem}. Fix: ${fix}`);
  }
}
