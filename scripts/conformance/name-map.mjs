// The firewall exposes every tool and prompt as `<server>__<name>`, and every resource URI and
// template as `<server>+<uri>`. A host learns those from the lists; the conformance suite has
// the fixture's bare names and URIs built in. This rewrites a JSON-RPC request (or batch) the
// way such a host would name things; anything else passes unchanged.

/** @param {unknown} message @param {string} server */
export function mapNames(message, server) {
  if (!server) return message;
  if (Array.isArray(message)) return message.map((m) => mapNames(m, server));
  if (!message || typeof message !== 'object' || typeof message.method !== 'string' || !message.params) return message;
  const name = (value) => withPrefix(value, `${server}__`);
  const uri = (value) => withPrefix(value, `${server}+`);
  const params = message.params;
  switch (message.method) {
    case 'tools/call':
    case 'prompts/get':
      return { ...message, params: { ...params, name: name(params.name) } };
    case 'resources/read':
    case 'resources/subscribe':
    case 'resources/unsubscribe':
      return { ...message, params: { ...params, uri: uri(params.uri) } };
    case 'completion/complete':
      if (params.ref?.type === 'ref/prompt') return { ...message, params: { ...params, ref: { ...params.ref, name: name(params.ref.name) } } };
      if (params.ref?.type === 'ref/resource') return { ...message, params: { ...params, ref: { ...params.ref, uri: uri(params.ref.uri) } } };
      return message;
    default:
      return message;
  }
}

function withPrefix(value, prefix) {
  return typeof value === 'string' && !value.startsWith(prefix) ? `${prefix}${value}` : value;
}
