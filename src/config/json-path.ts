/** Renders a path as `$.tools["read-file"].clearance`, the form every load error uses. */
export function jsonPath(segments: ReadonlyArray<PropertyKey>): string {
  let out = '$';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(segment)) out += `.${segment}`;
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out;
}

export function childPath(base: string, ...segments: PropertyKey[]): string {
  return base + jsonPath(segments).slice(1);
}
