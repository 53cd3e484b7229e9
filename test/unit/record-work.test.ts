import { describe, expect, it } from 'vitest';
import type { CompiledAgent } from '../../src/config/types.js';
import { deferToRecord, runRecordWork } from '../../src/pipeline/record-work.js';
import type { ExchangeContext, Verdict } from '../../src/pipeline/stage.js';
import { argumentSecretsStage } from '../../src/pipeline/stages/argument-secrets.js';
import type { CallRequest } from '../../src/pipeline/stages/request-stages.js';

// Assembled at run time so no scanner of this repository mistakes the fixture for a real key.
const FAKE_KEY = ['sk-ant-', 'api03-', 'Zq8'.repeat(31), 'AA'].join('');
const agent = { id: 'tester' } as CompiledAgent;
const context = (): ExchangeContext => ({ auditId: 'aud-1', session: 's', agent, method: 'tools/call', started: 0, rules: [], details: {}, finally: [] });

describe('record-only work', () => {
  it('runs the queued tasks once, in order, and clears the queue', () => {
    const ctx = context();
    const log: string[] = [];
    deferToRecord(ctx, { name: 'a', run: () => log.push('a') });
    deferToRecord(ctx, { name: 'b', run: () => log.push('b') });
    expect(log).toEqual([]);
    expect(runRecordWork(ctx)).toBeUndefined();
    expect(runRecordWork(ctx)).toBeUndefined();
    expect(log).toEqual(['a', 'b']);
  });

  it('fails closed: a task that throws is an INTERNAL fault named in the record, and the others still run', () => {
    const ctx = context();
    const log: string[] = [];
    deferToRecord(ctx, { name: 'broken', run: () => { throw new TypeError('bug'); } });
    deferToRecord(ctx, { name: 'after', run: () => log.push('after') });
    const fault = runRecordWork(ctx);
    expect(fault?.code).toBe('INTERNAL');
    expect(ctx.details.stageFault).toBe('broken');
    expect(log).toEqual(['after']);
  });
});

describe('argument credentials', () => {
  const request: CallRequest = { name: 'web__post', arguments: { note: 'hi', headers: { Authorization: `Bearer ${FAKE_KEY}` } } };

  it('audit mode passes the call at once and records the finding as record-only work', () => {
    const ctx = context();
    const verdict = argumentSecretsStage('audit').run(ctx, request) as Verdict<CallRequest>;
    expect(verdict.kind).toBe('pass');
    expect(ctx.rules).toEqual([]);
    expect(runRecordWork(ctx)).toBeUndefined();
    expect(ctx.rules).toEqual(['secret-arg:anthropic-key']);
    expect(ctx.details.argumentSecrets).toEqual(['headers.Authorization (anthropic-key)']);
    expect(JSON.stringify(ctx)).not.toContain(FAKE_KEY.slice(10, 30));
  });

  it('block mode refuses before anything is forwarded, with nothing deferred', () => {
    const ctx = context();
    const verdict = argumentSecretsStage('block').run(ctx, request) as Verdict<CallRequest>;
    expect(verdict.kind === 'reject' && verdict.error.code).toBe('ARGS_SECRET');
    expect(ctx.rules).toEqual(['secret-arg:anthropic-key']);
    expect(ctx.recordWork).toBeUndefined();
  });

  it('audit mode records nothing for clean arguments', () => {
    const ctx = context();
    argumentSecretsStage('audit').run(ctx, { name: 'x', arguments: { note: 'a plain note about keys and tokens' } });
    expect(runRecordWork(ctx)).toBeUndefined();
    expect(ctx.rules).toEqual([]);
    expect(ctx.details.argumentSecrets).toBeUndefined();
  });
});
