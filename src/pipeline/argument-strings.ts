/**
 * Every string value in a call's arguments with its path (`body`, `attachments[0].text`), in
 * document order, walked without recursion (the arguments stage bounds nesting, but a walk need
 * not rely on it). `name` turns an object key into its path segment, so each caller decides what
 * a key may show; `visit` returns false to stop the walk.
 */
export function forEachArgumentString(
  args: Record<string, unknown>,
  name: (key: string, parentPath: string) => string,
  visit: (value: string, path: string) => boolean | void,
): void {
  const stack: Array<[unknown, string]> = [[args, '']];
  while (stack.length) {
    const [node, path] = stack.pop()!;
    if (typeof node === 'string') {
      if (visit(node, path || '(arguments)') === false) return;
    } else if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push([node[i], `${path}[${i}]`]);
    } else if (node !== null && typeof node === 'object') {
      const entries = Object.entries(node);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, value] = entries[i]!;
        const segment = name(key, path);
        stack.push([value, path ? `${path}.${segment}` : segment]);
      }
    }
  }
}
