import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { LoadError } from '../errors.js';
import { jsonErrorOffset } from './json-error-position.js';

/** Reads a JSON document, turning I/O and syntax errors into LoadErrors that say where and what to do. */
export function readJsonFile(file: string): unknown {
  return readJsonDocument(file).value;
}

/** The parsed document and the sha256 of the exact bytes it was parsed from (what the audit log names). */
export function readJsonDocument(file: string): { value: unknown; sha256: string } {
  let text: string;
  let sha256: string;
  try {
    const bytes = readFileSync(file);
    sha256 = createHash('sha256').update(bytes).digest('hex');
    text = bytes.toString('utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new LoadError(
      file,
      '$',
      code === 'ENOENT' ? 'file not found' : `cannot read the file (${code ?? 'error'})`,
      code === 'ENOENT' ? 'create it (see mcp.config.example.json) or pass the right --config path' : 'check its permissions',
    );
  }
  try {
    return { value: JSON.parse(text), sha256 };
  } catch {
    const where = positionOf(text);
    throw new LoadError(file, '$', `invalid JSON${where}`, 'fix the syntax (JSON allows no comments or trailing commas)');
  }
}

function positionOf(text: string): string {
  const offset = jsonErrorOffset(text);
  if (offset < 0) return '';
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return ` at line ${line}, column ${column}`;
}
