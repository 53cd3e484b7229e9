// The firewall exposes every tool and prompt as `<server>__<name>`. A host learns those names
// from the lists; the conformance suite has its bare names built in. This rewrites a JSON-RPC
// request (or batch) the way such a host would name things; anything else passes unchanged.

/** @param {unknown} message @param {string} prefix */
export function mapNames(message, prefix) {
  if (!prefix) return message;
  if (Array.isArray(message)) return message.map((m) => mapNames(m, prefix));
  if (!message || typeof message !== 'object' || typeof message.method !== 'string' || !message.params) return message;
  const add = (name) => (typeof name === 'string' && !name.startsWith(prefix) ? `${prefix}${name}` : name);
  const params = message.params;
  if (message.method === 'tools/call' || message.method === 'prompts/get') return { ...message, params: { ...params, name: add(params.name) } };
  if (message.method === 'completion/complete' && params.ref?.type === 'ref/prompt') return { ...message, params: { ...params, ref: { ...params.ref, name: add(params.ref.name) } } };
  return message;
}
