import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectHost, type Host } from '../helpers/host.js';
import { Workspace } from '../helpers/workspace.js';

/**
 * The bundled example manifest against the real server-everything: the approved static
 * documents, text template and prompts work through the firewall; the rest does not exist.
 */

type Json = Record<string, any>;
const ws = new Workspace();
let assistant: Host;
let guest: Host;

beforeAll(async () => {
  ws.copyManifest('everything');
  ws.writeConfig({ stdioAgent: 'assistant' });
  [assistant, guest] = await Promise.all([connectHost(ws.configFile, 'assistant'), connectHost(ws.configFile, 'guest')]);
}, 60_000);

afterAll(async () => {
  await Promise.all([assistant?.close(), guest?.close()]);
  ws.cleanup();
});

const refusal = async (promise: Promise<unknown>): Promise<string | undefined> => {
  try {
    await promise;
    return 'no refusal';
  } catch (err) {
    return (err as { data?: { code?: string } }).data?.code;
  }
};

describe('server-everything resources through the example manifest', () => {
  it('lists only the approved documents and the text template', async () => {
    const { resources } = await assistant.client.listResources();
    expect(resources.map((r) => r.uri).sort()).toEqual(['everything+demo://resource/static/document/architecture.md', 'everything+demo://resource/static/document/features.md']);
    const { resourceTemplates } = await assistant.client.listResourceTemplates();
    expect(resourceTemplates.map((t) => t.uriTemplate)).toEqual(['everything+demo://resource/dynamic/text/{resourceId}']);
  });

  it('reads an approved document and a template expansion, wrapped', async () => {
    const doc = (await assistant.client.readResource({ uri: 'everything+demo://resource/static/document/architecture.md' })) as Json;
    expect(doc.contents[0]).toMatchObject({ uri: 'everything+demo://resource/static/document/architecture.md', mimeType: 'text/markdown' });
    expect(doc.contents[0].text).toMatch(/^<untrusted-data source="everything:architecture\.md" id="\w+">\n/);
    const generated = (await assistant.client.readResource({ uri: 'everything+demo://resource/dynamic/text/7' })) as Json;
    expect(generated.contents[0].text).toContain('Resource 7: This is a plaintext resource');
  });

  it('refuses unapproved documents and the blob template', async () => {
    expect(await refusal(assistant.client.readResource({ uri: 'everything+demo://resource/static/document/startup.md' }))).toBe('NOT_APPROVED');
    expect(await refusal(assistant.client.readResource({ uri: 'everything+demo://resource/dynamic/blob/1' }))).toBe('NOT_APPROVED');
  });

  it('subscribes to an approved document only', async () => {
    expect(await assistant.client.subscribeResource({ uri: 'everything+demo://resource/static/document/features.md' })).toEqual({});
    expect(await refusal(assistant.client.subscribeResource({ uri: 'everything+demo://resource/static/document/startup.md' }))).toBe('NOT_APPROVED');
  });
});

describe('server-everything prompts and completion through the example manifest', () => {
  it('lists the approved prompts the agent reaches', async () => {
    expect((await assistant.client.listPrompts()).prompts.map((p) => p.name).sort()).toEqual(['everything__args-prompt', 'everything__completable-prompt', 'everything__simple-prompt']);
    expect((await guest.client.listPrompts()).prompts.map((p) => p.name).sort()).toEqual(['everything__args-prompt', 'everything__simple-prompt']);
  });

  it('gets a prompt with arguments, wrapped', async () => {
    const result = (await assistant.client.getPrompt({ name: 'everything__args-prompt', arguments: { city: 'Lisbon' } })) as Json;
    expect(result.messages[0].content.text).toContain("What's weather in Lisbon?");
    expect(result.messages[0].content.text).toMatch(/^<untrusted-data source="everything__args-prompt"/);
  });

  it('refuses an unapproved prompt, and one above the agent\'s clearance', async () => {
    expect(await refusal(assistant.client.getPrompt({ name: 'everything__resource-prompt', arguments: { resourceType: 'Text', resourceId: '1' } }))).toBe('NOT_APPROVED');
    expect(await refusal(guest.client.getPrompt({ name: 'everything__completable-prompt', arguments: { department: 'Sales', name: 'Eve' } }))).toBe('POLICY_DENIED');
  });

  it('completes an approved prompt argument and template variable', async () => {
    const prompt = (await assistant.client.complete({ ref: { type: 'ref/prompt', name: 'everything__completable-prompt' }, argument: { name: 'name', value: 'D' }, context: { arguments: { department: 'Sales' } } })) as Json;
    expect(prompt.completion.values).toEqual(['David']);
    const template = (await assistant.client.complete({ ref: { type: 'ref/resource', uri: 'everything+demo://resource/dynamic/text/{resourceId}' }, argument: { name: 'resourceId', value: '12' } })) as Json;
    expect(template.completion.values).toEqual(['12']);
    expect(await refusal(guest.client.complete({ ref: { type: 'ref/prompt', name: 'everything__completable-prompt' }, argument: { name: 'department', value: 'E' } }))).toBe('POLICY_DENIED');
  });
});

describe('capabilities follow what the agent can see', () => {
  it('advertises resources, prompts and completions to agents that reach some', () => {
    expect(assistant.client.getServerCapabilities()).toMatchObject({ resources: { subscribe: true }, prompts: { listChanged: true }, completions: {} });
  });
});
