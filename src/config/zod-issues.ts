import type { z } from 'zod';
import { LoadError } from '../errors.js';
import { jsonPath } from './json-path.js';

/**
 * Turns the first zod issue into a LoadError that names the file, the JSON path and a fix.
 * Input values are never echoed: a config may hold things that look like secrets.
 */
export function loadErrorFromZod(file: string, error: z.ZodError, schemaFile: string): LoadError {
  const issue = error.issues[0];
  if (!issue) return new LoadError(file, '$', 'invalid document', `check it against ${schemaFile}`);
  const path = jsonPath(issue.path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const keys = issue.keys.map((k) => JSON.stringify(k)).join(', ');
      return new LoadError(
        file,
        path,
        `unknown key ${keys}`,
        `remove it or correct its spelling; allowed keys are listed in ${schemaFile}`,
      );
    }
    case 'invalid_type':
      return new LoadError(
        file,
        path,
        issue.message.includes('received undefined') ? `missing required value (${issue.expected})` : issue.message,
        `set it to a value of type ${issue.expected}`,
      );
    case 'invalid_value':
      return new LoadError(file, path, issue.message, `use one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`);
    case 'invalid_union': {
      // A discriminated union (the manifest's server.transport): name the allowed values.
      const options = (issue as { options?: unknown[] }).options;
      if (Array.isArray(options) && options.length) {
        return new LoadError(file, path, issue.message, `set it to one of ${options.map((o) => JSON.stringify(o)).join(', ')}`);
      }
      return new LoadError(file, path, issue.message, `correct the value; see ${schemaFile}`);
    }
    default:
      return new LoadError(file, path, issue.message, `correct the value; see ${schemaFile}`);
  }
}
