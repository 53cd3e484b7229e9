import { mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadPolicy } from '../../src/config/load-config.js';
import { LoadError } from '../../src/errors.js';
import type { CompiledServer, LaunchSpec } from '../../src/config/types.js';

type Json = Record<string, any>;

const REPO = resolve(import.meta.dirname, '../..');
const EXAMPLE_CONFIG = join(REPO, 'mcp.config.example.json');
const PIN = 'a'.repeat(64);

/** A throwaway config + manifests directory built from plain objects, edited per row, then written. */
class Workspace {
  readonly dir = realpathSync(mkdtempSync(join(tmpdir(), 'mcp-fw-unit-config-')));
  readonly configFile = join(this.dir, 'mcp.config.json');
  readonly manifestDir = join(this.dir, 'manifests');
  /** Raw text for the config file, replacing `config` when set. */
  configText: string | undefined;
  config: Json = {
    manifests: 'manifests',
    clearanceLevels: ['public', 'internal', 'confidential', 'secret'],
    agents: {
      assistant: { clearance: 'internal', capabilities: ['fs.read'] },
      guest: { clearance: 'public', capabilities: [] },
    },
    stdioAgent: 'assistant',
    audit: { file: 'audit.ndjson' },
  };
  /** Manifests by file name; a string value is written verbatim. */
  manifests: Record<string, Json | string> = { 'demo.json': demoManifest() };

  constructor() {
    mkdirSync(this.manifestDir);
    mkdirSync(join(this.dir, 'data'));
  }

  get demo(): Json {
    return this.manifests['demo.json'] as Json;
  }

  manifestFile(name: string): string {
    return join(this.manifestDir, name);
  }

  write(): string {
    writeFileSync(this.configFile, this.configText ?? JSON.stringify(this.config, null, 2));
    for (const [name, doc] of Object.entries(this.manifests)) {
      writeFileSync(this.manifestFile(name), typeof doc === 'string' ? doc : JSON.stringify(doc, null, 2));
    }
    return this.configFile;
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

function demoManifest(): Json {
  return {
    server: { id: 'demo', transport: 'stdio', command: 'node', args: ['server.js'] },
    tools: {
      echo: {
        clearance: 'public',
        capabilities: [],
        sha256: PIN,
        arguments: {
          type: 'object',
          properties: { message: { type: 'string', maxLength: 100 } },
          required: ['message'],
        },
      },
    },
  };
}

function loadError(run: () => unknown): LoadError {
  try {
    run();
  } catch (err) {
    expect(err).toBeInstanceOf(LoadError);
    return err as LoadError;
  }
  return expect.fail('expected a LoadError, but loading succeeded');
}

let workspaces: Workspace[] = [];
function workspace(): Workspace {
  const ws = new Workspace();
  workspaces.push(ws);
  return ws;
}

afterEach(() => {
  for (const ws of workspaces) ws.cleanup();
  workspaces = [];
});

describe('loadPolicy on the shipped example config', () => {
  it('compiles every tool listed in the manifests it points at, under <server>__<tool>', () => {
    const config = JSON.parse(readFileSync(EXAMPLE_CONFIG, 'utf8'));
    const manifestDir = resolve(dirname(EXAMPLE_CONFIG), config.manifests);
    const expected: string[] = [];
    for (const name of readdirSync(manifestDir).filter((n) => n.endsWith('.json'))) {
      const manifest = JSON.parse(readFileSync(join(manifestDir, name), 'utf8'));
      for (const tool of Object.keys(manifest.tools)) expected.push(`${manifest.server.id}__${tool}`);
    }
    expect(expected.length).toBeGreaterThan(0);

    const policy = loadPolicy(EXAMPLE_CONFIG, {});

    expect(policy.tools.size).toBe(expected.length);
    expect([...policy.tools.keys()].sort()).toEqual(expected.sort());
    expect(policy.servers.map((s) => s.id).sort()).toEqual(
      readdirSync(manifestDir).filter((n) => n.endsWith('.json')).map((n) => n.replace(/\.json$/, '')).sort(),
    );
    expect([...policy.agents.keys()].sort()).toEqual(Object.keys(config.agents).sort());
    expect(policy.stdioAgent).toBe(config.stdioAgent);
    expect(policy.clearanceLevels).toEqual(config.clearanceLevels);
  });
});

interface ErrorRow {
  name: string;
  edit: (ws: Workspace) => void;
  /** The file the error must name: the config, or a manifest file name. */
  file: 'config' | string;
  jsonPath: string;
  /** What the problem must say. */
  problem: RegExp;
  env?: NodeJS.ProcessEnv;
}

const args = (ws: Workspace): Json => ws.demo.tools.echo.arguments;
const prop = (ws: Workspace, name: string, schema: Json): void => {
  args(ws).properties[name] = schema;
};

const ERROR_ROWS: ErrorRow[] = [
  // --- config document ---
  { name: 'unknown key at the config root', edit: (ws) => { ws.config.agent = {}; }, file: 'config', jsonPath: '$', problem: /unknown key "agent"/ },
  { name: 'unknown key inside an agent', edit: (ws) => { ws.config.agents.assistant.role = 'admin'; }, file: 'config', jsonPath: '$.agents.assistant', problem: /unknown key "role"/ },
  { name: 'agent with an unknown clearance', edit: (ws) => { ws.config.agents.guest.clearance = 'top-secret'; }, file: 'config', jsonPath: '$.agents.guest.clearance', problem: /unknown clearance level "top-secret"/ },
  { name: 'stdioAgent that is not defined', edit: (ws) => { ws.config.stdioAgent = 'ghost'; }, file: 'config', jsonPath: '$.stdioAgent', problem: /agent "ghost" is not defined/ },
  { name: 'duplicate clearance level', edit: (ws) => { ws.config.clearanceLevels = ['public', 'internal', 'public']; }, file: 'config', jsonPath: '$.clearanceLevels', problem: /listed twice/ },
  {
    name: 'flagThreshold above blockThreshold',
    edit: (ws) => { ws.config.scan = { flagThreshold: 0.9, blockThreshold: 0.5 }; },
    file: 'config',
    jsonPath: '$.scan.flagThreshold',
    problem: /flagThreshold is above blockThreshold/,
  },
  { name: 'scan.frames that is not a mode', edit: (ws) => { ws.config.scan = { frames: 'ignore' }; }, file: 'config', jsonPath: '$.scan.frames', problem: /explain|flag/ },
  { name: 'missing manifests directory', edit: (ws) => { ws.config.manifests = 'no-such-dir'; }, file: 'config', jsonPath: '$.manifests', problem: /cannot be read/ },
  { name: 'a config value of the wrong type', edit: (ws) => { ws.config.limits = { maxConcurrentCalls: 'many' }; }, file: 'config', jsonPath: '$.limits.maxConcurrentCalls', problem: /number/ },
  { name: 'a config that does not exist', edit: (ws) => { rmSync(ws.configFile, { force: true }); ws.write = () => ws.configFile; }, file: 'config', jsonPath: '$', problem: /file not found/ },

  // --- invalid JSON: the message names the line and column ---
  { name: 'invalid JSON: a comment', edit: (ws) => { ws.configText = '{\n  // note\n  "manifests": "manifests"\n}'; }, file: 'config', jsonPath: '$', problem: /invalid JSON at line 2, column 3/ },
  { name: 'invalid JSON: trailing comma in an object', edit: (ws) => { ws.configText = '{\n  "a": 1,\n}'; }, file: 'config', jsonPath: '$', problem: /invalid JSON at line 3, column 1/ },
  { name: 'invalid JSON: trailing comma in an array', edit: (ws) => { ws.configText = '{\n  "a": [1, 2,]\n}'; }, file: 'config', jsonPath: '$', problem: /invalid JSON at line 2, column 14/ },
  { name: 'invalid JSON: a missing value', edit: (ws) => { ws.configText = '{\n  "a": 1,\n  "b": ,\n}'; }, file: 'config', jsonPath: '$', problem: /invalid JSON at line 3, column 8/ },
  { name: 'invalid JSON in a manifest', edit: (ws) => { ws.manifests['demo.json'] = '{\n  "server": {\n    "id": "demo",\n  }\n}'; }, file: 'demo.json', jsonPath: '$', problem: /invalid JSON at line 4, column 3/ },

  // --- manifest document ---
  {
    name: 'manifest file name differs from server.id',
    edit: (ws) => { ws.manifests['other.json'] = ws.demo; delete ws.manifests['demo.json']; },
    file: 'other.json',
    jsonPath: '$.server.id',
    problem: /does not match the file name/,
  },
  { name: 'manifest tool with an unknown clearance', edit: (ws) => { ws.demo.tools.echo.clearance = 'restricted'; }, file: 'demo.json', jsonPath: '$.tools.echo.clearance', problem: /unknown clearance level "restricted"/ },
  { name: 'unknown key in a manifest tool', edit: (ws) => { ws.demo.tools.echo.rate = 5; }, file: 'demo.json', jsonPath: '$.tools.echo', problem: /unknown key "rate"/ },
  { name: 'unknown key in the manifest server', edit: (ws) => { ws.demo.server.environment = {}; }, file: 'demo.json', jsonPath: '$.server', problem: /unknown key "environment"/ },
  { name: 'sha256 pin that is not 64 lowercase hex', edit: (ws) => { ws.demo.tools.echo.sha256 = 'A'.repeat(64); }, file: 'demo.json', jsonPath: '$.tools.echo.sha256', problem: /64 lowercase hex/ },
  { name: 'sha256 pin that is too short', edit: (ws) => { ws.demo.tools.echo.sha256 = 'abc'; }, file: 'demo.json', jsonPath: '$.tools.echo.sha256', problem: /64 lowercase hex/ },
  {
    name: 'exposed name over 64 characters',
    edit: (ws) => { ws.demo.tools['t'.repeat(59)] = ws.demo.tools.echo; },
    file: 'demo.json',
    jsonPath: `$.tools.${'t'.repeat(59)}`,
    problem: /is not host-safe/,
  },
  {
    name: 'exposed name with characters hosts reject',
    edit: (ws) => { ws.demo.tools['read file'] = ws.demo.tools.echo; },
    file: 'demo.json',
    jsonPath: '$.tools["read file"]',
    problem: /is not host-safe/,
  },
  {
    // Server ids are lowercase without "_", so exposed names can only collide within one manifest.
    name: 'exposed names that collide case-insensitively',
    edit: (ws) => { ws.demo.tools.Echo = ws.demo.tools.echo; },
    file: 'demo.json',
    jsonPath: '$.tools.Echo',
    problem: /tool "Echo" differs from tool "echo" of the same manifest only by case/,
  },
  { name: 'env referencing an unset env:NAME variable', edit: (ws) => { ws.demo.server.env = { API_TOKEN: 'env:MISSING_TOKEN' }; }, file: 'demo.json', jsonPath: '$.server.env.API_TOKEN', problem: /MISSING_TOKEN is not set/, env: { OTHER: 'x' } },
  { name: 'file: secret reference that does not exist', edit: (ws) => { ws.demo.server.env = { API_TOKEN: 'file:secrets/none.txt' }; }, file: 'demo.json', jsonPath: '$.server.env.API_TOKEN', problem: /secret file cannot be read/ },
  {
    name: 'x-path-within root that does not exist',
    edit: (ws) => prop(ws, 'path', { type: 'string', 'x-path-within': ['../no-such-root'] }),
    file: 'demo.json',
    jsonPath: '$.tools.echo.arguments.properties.path["x-path-within"]',
    problem: /root directory "..\/no-such-root" does not exist/,
  },

  // --- JSON Schema subset in "arguments" ---
  { name: 'unsupported keyword "if"', edit: (ws) => { Object.assign(args(ws), { if: { required: ['message'] }, then: {} }); }, file: 'demo.json', jsonPath: '$.tools.echo.arguments.if', problem: /unsupported JSON Schema keyword "if"/ },
  { name: 'unsupported keyword "oneOf"', edit: (ws) => { args(ws).oneOf = [{ required: ['message'] }]; }, file: 'demo.json', jsonPath: '$.tools.echo.arguments.oneOf', problem: /unsupported JSON Schema keyword "oneOf"/ },
  { name: 'unsupported keyword "$ref"', edit: (ws) => prop(ws, 'other', { $ref: '#/definitions/x' }), file: 'demo.json', jsonPath: '$.tools.echo.arguments.properties.other.$ref', problem: /unsupported JSON Schema keyword "\$ref"/ },
  { name: 'unsupported keyword "allOf"', edit: (ws) => prop(ws, 'other', { type: 'string', allOf: [{ minLength: 1 }] }), file: 'demo.json', jsonPath: '$.tools.echo.arguments.properties.other.allOf', problem: /unsupported JSON Schema keyword "allOf"/ },
  { name: 'unsupported keyword "patternProperties"', edit: (ws) => { args(ws).patternProperties = { '^x-': { type: 'string' } }; }, file: 'demo.json', jsonPath: '$.tools.echo.arguments.patternProperties', problem: /unsupported JSON Schema keyword "patternProperties"/ },
  { name: 'unsupported keyword "not"', edit: (ws) => prop(ws, 'other', { type: 'string', not: { const: 'x' } }), file: 'demo.json', jsonPath: '$.tools.echo.arguments.properties.other.not', problem: /unsupported JSON Schema keyword "not"/ },
  { name: 'keyword that does not apply to the type (minLength on a number)', edit: (ws) => prop(ws, 'count', { type: 'number', minLength: 1 }), file: 'demo.json', jsonPath: '$.tools.echo.arguments.properties.count.minLength', problem: /keyword "minLength" does not apply to type number/ },
  { name: 'keyword that does not apply to the type (items on an object)', edit: (ws) => { args(ws).items = { type: 'string' }; }, file: 'demo.json', jsonPath: '$.tools.echo.arguments.items', problem: /keyword "items" does not apply to type object/ },
  { name: 'unsupported format', edit: (ws) => prop(ws, 'when', { type: 'string', format: 'duration' }), file: 'demo.json', jsonPath: '$.tools.echo.arguments.properties.when.format', problem: /unsupported format "duration"/ },
  { name: 'tuple-form items', edit: (ws) => prop(ws, 'pair', { type: 'array', items: [{ type: 'string' }, { type: 'number' }] }), file: 'demo.json', jsonPath: '$.tools.echo.arguments.properties.pair.items', problem: /tuple-form "items" is not supported/ },
  { name: 'required name not in properties', edit: (ws) => { args(ws).required = ['message', 'mesage']; }, file: 'demo.json', jsonPath: '$.tools.echo.arguments.required', problem: /required property "mesage" is not declared/ },
  { name: 'required name that is an Object.prototype member', edit: (ws) => { args(ws).required = ['message', 'constructor']; }, file: 'demo.json', jsonPath: '$.tools.echo.arguments.required', problem: /required property "constructor" is not declared/ },
  { name: 'unknown type', edit: (ws) => prop(ws, 'n', { type: 'float' }), file: 'demo.json', jsonPath: '$.tools.echo.arguments.properties.n.type', problem: /unknown type "float"/ },
  { name: 'schema without a type', edit: (ws) => prop(ws, 'n', { minimum: 1 }), file: 'demo.json', jsonPath: '$.tools.echo.arguments.properties.n.minimum', problem: /does not apply to type \(none\)/ },
  { name: 'invalid regular expression in pattern', edit: (ws) => prop(ws, 'code', { type: 'string', pattern: '([a-z' }), file: 'demo.json', jsonPath: '$.tools.echo.arguments.properties.code.pattern', problem: /not a valid regular expression/ },
  {
    name: 'unsupported keyword in result.structuredContent',
    edit: (ws) => { ws.demo.tools.echo.result = { structuredContent: { type: 'object', oneOf: [] } }; },
    file: 'demo.json',
    jsonPath: '$.tools.echo.result.structuredContent.oneOf',
    problem: /unsupported JSON Schema keyword "oneOf"/,
  },
];

describe('loadPolicy load errors name the file, the exact JSON path and a fix', () => {
  it.each(ERROR_ROWS.map((row) => [row.name, row] as const))('%s', (_name, row) => {
    const ws = workspace();
    row.edit(ws);
    const configFile = ws.write();

    const error = loadError(() => loadPolicy(configFile, row.env ?? {}));

    expect(error.file).toBe(row.file === 'config' ? ws.configFile : ws.manifestFile(row.file));
    expect(error.jsonPath).toBe(row.jsonPath);
    expect(error.problem).toMatch(row.problem);
    expect(error.fix.length).toBeGreaterThan(0);
    expect(error.message).toContain(error.file);
    expect(error.message).toContain(`at ${row.jsonPath}`);
    expect(error.message).toContain(`Fix: ${error.fix}`);
  });

  it('loads the base workspace used by the rows above (so each row fails only for its own edit)', () => {
    const ws = workspace();
    const policy = loadPolicy(ws.write(), {});
    expect([...policy.tools.keys()]).toEqual(['demo__echo']);
    expect(policy.scan.frames).toBe('explain');
  });

  it('passes scan.frames to the scanner policy', () => {
    const ws = workspace();
    ws.config.scan = { frames: 'flag' };
    expect(loadPolicy(ws.write(), {}).scan.frames).toBe('flag');
  });
});

function launchOf(server: CompiledServer): LaunchSpec {
  if (server.transport !== 'stdio') throw new Error('not a stdio server');
  return server.launch;
}

describe('server launch spec', () => {
  it('passes only inherited variables that are set, and resolves literal, env: and file: values', () => {
    const ws = workspace();
    mkdirSync(join(ws.manifestDir, 'secrets'));
    writeFileSync(join(ws.manifestDir, 'secrets', 'token.txt'), '  file-secret\n');
    ws.demo.server.inheritEnv = ['PATH', 'LANG', 'NOT_SET_ANYWHERE'];
    ws.demo.server.env = {
      LITERAL: 'plain value',
      FROM_ENV: 'env:UPSTREAM_TOKEN',
      FROM_FILE: 'file:secrets/token.txt',
      DATA_DIR: '${manifestDir}/data',
    };
    const firewallEnv = { PATH: '/usr/bin:/bin', LANG: 'C.UTF-8', HOME: '/home/fw', UPSTREAM_TOKEN: 'tok-123', AWS_SECRET_ACCESS_KEY: 'never-passed' };

    const policy = loadPolicy(ws.write(), firewallEnv);
    const env = launchOf(policy.servers[0]!).env;

    expect(Object.keys(env).sort()).toEqual(['DATA_DIR', 'FROM_ENV', 'FROM_FILE', 'LANG', 'LITERAL', 'PATH']);
    expect(env).toEqual({
      PATH: '/usr/bin:/bin',
      LANG: 'C.UTF-8',
      LITERAL: 'plain value',
      FROM_ENV: 'tok-123',
      FROM_FILE: 'file-secret',
      DATA_DIR: `${ws.manifestDir}/data`,
    });
  });

  it('never reads the firewall process environment directly: an empty env map gives an empty launch env', () => {
    const ws = workspace();
    ws.demo.server.inheritEnv = ['PATH', 'HOME'];
    const policy = loadPolicy(ws.write(), {});
    expect(launchOf(policy.servers[0]!).env).toEqual({});
  });

  it('resolves "command": "node" to the running Node.js and expands ${manifestDir} in args and cwd', () => {
    const ws = workspace();
    ws.demo.server.args = ['${manifestDir}/server.js', '--root', '${manifestDir}/../data', 'plain'];
    ws.demo.server.cwd = '${manifestDir}/../data';
    const launch = launchOf(loadPolicy(ws.write(), {}).servers[0]!);

    expect(launch.command).toBe(process.execPath);
    expect(launch.args).toEqual([`${ws.manifestDir}/server.js`, '--root', `${ws.manifestDir}/../data`, 'plain']);
    expect(launch.cwd).toBe(join(ws.dir, 'data'));
  });

  it('defaults cwd to the manifest directory and keeps other commands as written, expanded', () => {
    const ws = workspace();
    ws.demo.server.command = '${manifestDir}/bin/server';
    const launch = launchOf(loadPolicy(ws.write(), {}).servers[0]!);

    expect(launch.command).toBe(`${ws.manifestDir}/bin/server`);
    expect(launch.cwd).toBe(ws.manifestDir);
  });
});
