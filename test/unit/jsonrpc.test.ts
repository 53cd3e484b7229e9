import { describe, expect, it } from 'vitest';
import { ERROR_CODES, FirewallError, type ErrorCode } from '../../src/errors.js';
import { LineReader, type LineEvent } from '../../src/jsonrpc/line-reader.js';
import { classify, RPC } from '../../src/jsonrpc/messages.js';
import { ERROR_META_KEY, protocolError, toolRefusal } from '../../src/jsonrpc/wire-errors.js';

function reader(maxBytes: number): { events: LineEvent[]; push: (...chunks: Array<string | Buffer>) => void } {
  const events: LineEvent[] = [];
  const r = new LineReader(maxBytes, (e) => events.push(e));
  return { events, push: (...chunks) => chunks.forEach((c) => r.push(typeof c === 'string' ? Buffer.from(c, 'utf8') : c)) };
}

const line = (text: string): LineEvent => ({ kind: 'line', text, bytes: Buffer.byteLength(text) });

/** Splits a buffer into pieces of `size` bytes, cutting through multi-byte characters. */
function slices(buffer: Buffer, size: number): Buffer[] {
  const out: Buffer[] = [];
  for (let i = 0; i < buffer.length; i += size) out.push(buffer.subarray(i, i + size));
  return out;
}

describe('LineReader', () => {
  const a = '{"jsonrpc":"2.0","id":1,"method":"ping"}';
  const b = '{"jsonrpc":"2.0","method":"notifications/initialized"}';
  const c = '{"jsonrpc":"2.0","id":"x","result":{}}';

  it('delivers several messages from one chunk, in order', () => {
    const { events, push } = reader(1024);
    push(`${a}\n${b}\n${c}\n`);
    expect(events).toEqual([line(a), line(b), line(c)]);
  });

  it('holds an unterminated message until its newline arrives', () => {
    const { events, push } = reader(1024);
    push(`${a}\n${b}`);
    expect(events).toEqual([line(a)]);
    push('\n');
    expect(events).toEqual([line(a), line(b)]);
  });

  it('reassembles one message split over many chunks, including inside multi-byte UTF-8 characters', () => {
    const text = '{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"arguments":{"t":"é€😀 日本語"}}}';
    const bytes = Buffer.from(`${text}\n`, 'utf8');
    const { events, push } = reader(1024);
    push(...slices(bytes, 1));
    push(...slices(Buffer.from(`${text}\n`, 'utf8'), 3));
    expect(events).toEqual([line(text), line(text)]);
    expect(events[0]!.bytes).toBeGreaterThan(text.length);
  });

  it('ignores blank and whitespace-only lines', () => {
    const { events, push } = reader(1024);
    push('\n\n   \n\t\n', `${a}\n`, '\n', ' \n', `${b}\n\n`);
    expect(events).toEqual([line(a), line(b)]);
  });

  const pad = 'p'.repeat(400);
  type OversizedRow = [name: string, text: string, id: string | number | undefined];
  const OVERSIZED: OversizedRow[] = [
    ['a numeric id at the head', `{"jsonrpc":"2.0","id":7,"method":"tools/call","params":{"pad":"${pad}"}}`, 7],
    ['a negative numeric id at the head', `{"jsonrpc":"2.0","id":-3,"method":"x","params":{"pad":"${pad}"}}`, -3],
    ['a string id at the head', `{"jsonrpc":"2.0","id":"req-1","method":"x","params":{"pad":"${pad}"}}`, 'req-1'],
    ['a string id at the tail', `{"method":"tools/call","params":{"pad":"${pad}"},"jsonrpc":"2.0","id":"abc"}`, 'abc'],
    ['a numeric id at the tail', `{"result":{"pad":"${pad}"},"jsonrpc":"2.0","id":42}`, 42],
    ['an id with escaped quotes at the tail', `{"result":{"pad":"${pad}"},"jsonrpc":"2.0","id":"a\\"b"}`, 'a"b'],
    ['the head id wins over an id-like tail in the params', `{"jsonrpc":"2.0","id":1,"method":"x","params":{"pad":"${pad}","id":2}}`, 1],
    ['no id at either end', `{"jsonrpc":"2.0","method":"x","params":{"pad":"${pad}","more":1}}`, undefined],
    ['an id only in the middle', `{"method":"x","id":9,"params":{"pad":"${pad}"},"jsonrpc":"2.0"}`, undefined],
  ];

  it.each(OVERSIZED)('reports an oversized message with its byte count and %s', (_name, text, id) => {
    for (const chunkSize of [text.length + 1, 64, 7]) {
      const { events, push } = reader(256);
      push(...slices(Buffer.from(`${text}\n`), chunkSize));
      expect(events).toEqual([{ kind: 'oversized', bytes: Buffer.byteLength(text), id }]);
    }
  });

  it('counts the bytes of a multi-byte oversized message exactly', () => {
    const text = `{"jsonrpc":"2.0","id":5,"method":"x","params":{"t":"${'€'.repeat(300)}"}}`;
    const { events, push } = reader(256);
    push(...slices(Buffer.from(`${text}\n`), 5));
    expect(events).toEqual([{ kind: 'oversized', bytes: Buffer.byteLength(text), id: 5 }]);
  });

  it('accepts a message of exactly the cap and refuses one byte more', () => {
    const at = `{"jsonrpc":"2.0","id":1,"method":"x","params":{"p":"${'q'.repeat(200)}"}}`;
    const cap = Buffer.byteLength(at);
    const over = at.replace('"p":"', '"p":"q');
    const { events, push } = reader(cap);
    push(`${at}\n${over}\n`);
    expect(events).toEqual([line(at), { kind: 'oversized', bytes: cap + 1, id: 1 }]);
  });

  it('delivers the next normal message after an oversized one, in the same chunk or a later one', () => {
    const big = `{"jsonrpc":"2.0","id":7,"method":"x","params":{"pad":"${pad}"}}`;
    const { events, push } = reader(256);
    push(`${big}\n${a}\n`);
    push(big.slice(0, 100), big.slice(100), '\n');
    push(`${b}\n`);
    expect(events).toEqual([
      { kind: 'oversized', bytes: Buffer.byteLength(big), id: 7 },
      line(a),
      { kind: 'oversized', bytes: Buffer.byteLength(big), id: 7 },
      line(b),
    ]);
  });
});

describe('classify', () => {
  type Row = [name: string, value: unknown, expected: Record<string, unknown>];
  const ROWS: Row[] = [
    ['a request with a numeric id', { jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'x' } }, { kind: 'request' }],
    ['a request with a string id', { jsonrpc: '2.0', id: 'a-1', method: 'tools/list' }, { kind: 'request' }],
    ['a request with id 0', { jsonrpc: '2.0', id: 0, method: 'ping' }, { kind: 'request' }],
    ['a notification (no id)', { jsonrpc: '2.0', method: 'notifications/cancelled', params: { requestId: 1 } }, { kind: 'notification' }],
    ['a response with a result', { jsonrpc: '2.0', id: 1, result: { tools: [] } }, { kind: 'response' }],
    ['a response whose result is null', { jsonrpc: '2.0', id: 1, result: null }, { kind: 'response' }],
    ['an error response', { jsonrpc: '2.0', id: 'a', error: { code: -32601, message: 'nope' } }, { kind: 'response' }],
    ['an error response with a null id', { jsonrpc: '2.0', id: null, error: { code: -32700, message: 'parse' } }, { kind: 'response' }],
    ['an empty batch', [], { kind: 'invalid', id: null, reason: 'batches are not supported' }],
    ['a batch of requests', [{ jsonrpc: '2.0', id: 1, method: 'ping' }], { kind: 'invalid', id: null, reason: 'batches are not supported' }],
    ['null', null, { kind: 'invalid', id: null, reason: 'a message must be a JSON object' }],
    ['a string', '{"jsonrpc":"2.0"}', { kind: 'invalid', id: null, reason: 'a message must be a JSON object' }],
    ['a number', 42, { kind: 'invalid', id: null, reason: 'a message must be a JSON object' }],
    ['missing jsonrpc keeps the id for the error reply', { id: 3, method: 'ping' }, { kind: 'invalid', id: 3, reason: 'jsonrpc must be "2.0"' }],
    ['jsonrpc "1.0"', { jsonrpc: '1.0', id: 'q', method: 'ping' }, { kind: 'invalid', id: 'q', reason: 'jsonrpc must be "2.0"' }],
    ['jsonrpc as the number 2', { jsonrpc: 2, id: 1, method: 'ping' }, { kind: 'invalid', id: 1, reason: 'jsonrpc must be "2.0"' }],
    ['a boolean id', { jsonrpc: '2.0', id: true, method: 'ping' }, { kind: 'invalid', id: null, reason: 'id must be a string or a number' }],
    ['an object id', { jsonrpc: '2.0', id: { a: 1 }, method: 'ping' }, { kind: 'invalid', id: null, reason: 'id must be a string or a number' }],
    ['an array id', { jsonrpc: '2.0', id: [1], method: 'ping' }, { kind: 'invalid', id: null, reason: 'id must be a string or a number' }],
    ['a null id on a request', { jsonrpc: '2.0', id: null, method: 'ping' }, { kind: 'invalid', id: null, reason: 'id must be a string or a number' }],
    ['a string id over 256 characters', { jsonrpc: '2.0', id: 'i'.repeat(257), method: 'ping' }, { kind: 'invalid', id: null, reason: 'id must be a string or a number' }],
    ['a non-finite id', { jsonrpc: '2.0', id: Number.POSITIVE_INFINITY, method: 'ping' }, { kind: 'invalid', id: null, reason: 'id must be a string or a number' }],
    ['an object id on a response', { jsonrpc: '2.0', id: {}, result: {} }, { kind: 'invalid', id: null, reason: 'id must be a string or a number' }],
    ['params as an array', { jsonrpc: '2.0', id: 4, method: 'tools/call', params: ['x'] }, { kind: 'invalid', id: 4, reason: 'params must be an object' }],
    ['params as null', { jsonrpc: '2.0', id: 4, method: 'tools/call', params: null }, { kind: 'invalid', id: 4, reason: 'params must be an object' }],
    ['params as a string', { jsonrpc: '2.0', method: 'notifications/x', params: 'x' }, { kind: 'invalid', id: null, reason: 'params must be an object' }],
    ['a method that is not a string', { jsonrpc: '2.0', id: 5, method: 7 }, { kind: 'invalid', id: 5, reason: 'not a request, notification or response' }],
    ['no method, result or error', { jsonrpc: '2.0', id: 6 }, { kind: 'invalid', id: 6, reason: 'not a request, notification or response' }],
  ];

  it.each(ROWS)('%s', (_name, value, expected) => {
    const classified = classify(value);
    expect(classified).toMatchObject(expected);
    if (classified.kind !== 'invalid') expect((classified as { message: unknown }).message).toBe(value);
  });
});

describe('wire errors', () => {
  const secretDetails = { path: '/home/admin/.ssh/id_rsa', downstream: 'ECONNREFUSED 10.0.0.7:8443', token: 'sk-live-123' };

  it('toolRefusal is one text item with the code, the safe message and the audit id, and nothing else', () => {
    const error = new FirewallError('POLICY_DENIED', 'agent "guest" lacks clearance "internal" for this tool', secretDetails);
    const refusal = toolRefusal(error, 'aud-123');

    expect(refusal).toEqual({
      content: [{ type: 'text', text: '[mcp-firewall] POLICY_DENIED: agent "guest" lacks clearance "internal" for this tool. (audit id aud-123)' }],
      isError: true,
      _meta: { [ERROR_META_KEY]: { code: 'POLICY_DENIED', auditId: 'aud-123' } },
    });
    for (const secret of Object.values(secretDetails)) expect(JSON.stringify(refusal)).not.toContain(secret);
  });

  type ProtocolRow = [code: ErrorCode, rpcCode: number];
  const PROTOCOL_ROWS: ProtocolRow[] = [
    ['INVALID_REQUEST', RPC.INVALID_REQUEST],
    ['PAYLOAD_TOO_LARGE', RPC.INVALID_REQUEST],
    ['METHOD_NOT_ALLOWED', RPC.METHOD_NOT_FOUND],
    ['ARGS_INVALID', RPC.INVALID_PARAMS],
    ['INTERNAL', RPC.INTERNAL_ERROR],
    ['DOWNSTREAM_UNAVAILABLE', RPC.INTERNAL_ERROR],
    ['NOT_APPROVED', RPC.INTERNAL_ERROR],
  ];

  it.each(PROTOCOL_ROWS)('protocolError for %s is JSON-RPC code %i with the code and audit id only', (code, rpcCode) => {
    const error = new FirewallError(code, ERROR_CODES[code], secretDetails);
    const response = protocolError(9, error, 'aud-9');

    expect(response).toEqual({
      jsonrpc: '2.0',
      id: 9,
      error: { code: rpcCode, message: `${code}: ${ERROR_CODES[code]}`, data: { code, auditId: 'aud-9' } },
    });
    for (const secret of Object.values(secretDetails)) expect(JSON.stringify(response)).not.toContain(secret);
  });

  it('protocolError keeps a null id for messages whose id could not be read', () => {
    expect(protocolError(null, new FirewallError('INVALID_REQUEST'), 'aud-0').id).toBeNull();
  });
});
