import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Certificates made at test time with the openssl CLI, so nothing checked in can expire:
 * two CAs, leaves with chosen validity windows, key types and names, and openssl-computed
 * SPKI pins to compare the firewall's pinning against.
 */

export interface Issued {
  cert: string;
  key: string;
}

export interface LeafOptions {
  ca?: string;
  keyType?: 'rsa' | 'ec';
  /** Reuse an existing key (a renewed certificate with the same key). */
  key?: string;
  dns?: string[];
  ips?: string[];
  /** openssl ca dates, YYYYMMDDHHMMSSZ. Default: from yesterday for 30 days. */
  start?: string;
  end?: string;
  client?: boolean;
}

export class TestPki {
  readonly dir = mkdtempSync(join(tmpdir(), 'mcp-fw-pki-'));
  private serial = 1;

  constructor() {
    this.makeCa('root');
    this.makeCa('other');
  }

  path(name: string): string {
    return join(this.dir, name);
  }

  ca(name = 'root'): Issued {
    return { cert: this.path(`${name}-ca.pem`), key: this.path(`${name}-ca.key`) };
  }

  leaf(name: string, options: LeafOptions = {}): Issued {
    const ca = options.ca ?? 'root';
    const key = options.key ?? this.newKey(name, options.keyType ?? 'rsa');
    const csr = this.path(`${name}.csr`);
    this.openssl(['req', '-new', '-key', key, '-subj', `/CN=${options.client ? name : (options.dns ?? ['localhost'])[0]}/O=mcp-firewall tests`, '-out', csr]);
    const ext = this.path(`${name}.ext`);
    const san = [...(options.dns ?? (options.client ? [] : ['localhost'])).map((d) => `DNS:${d}`), ...(options.ips ?? (options.client ? [] : ['127.0.0.1'])).map((i) => `IP:${i}`)];
    writeFileSync(
      ext,
      ['[v3]', 'basicConstraints=critical,CA:FALSE', `extendedKeyUsage=${options.client ? 'clientAuth' : 'serverAuth'}`, 'keyUsage=critical,digitalSignature,keyEncipherment', ...(san.length ? [`subjectAltName=${san.join(',')}`] : [])].join('\n'),
    );
    const cert = this.path(`${name}.pem`);
    const day = 86_400_000;
    this.openssl([
      'ca', '-batch', '-notext', '-config', this.path(`${ca}-ca.cnf`), '-in', csr, '-out', cert,
      '-startdate', options.start ?? stamp(Date.now() - day), '-enddate', options.end ?? stamp(Date.now() + 30 * day),
      '-extfile', ext, '-extensions', 'v3',
    ]);
    return { cert, key };
  }

  selfSigned(name: string): Issued {
    const key = this.newKey(name, 'rsa');
    const cert = this.path(`${name}.pem`);
    this.openssl(['req', '-x509', '-new', '-key', key, '-subj', '/CN=localhost', '-days', '30', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1', '-out', cert]);
    return { cert, key };
  }

  /** The SPKI pin exactly as users compute it with openssl. */
  pin(certFile: string, encoding: 'base64' | 'hex' = 'base64'): string {
    const pub = execFileSync('openssl', ['x509', '-pubkey', '-noout', '-in', certFile]);
    const der = execFileSync('openssl', ['pkey', '-pubin', '-outform', 'der'], { input: pub });
    const digest = execFileSync('openssl', ['dgst', '-sha256', '-binary'], { input: der });
    return encoding === 'hex' ? digest.toString('hex') : digest.toString('base64');
  }

  read(file: string): string {
    return readFileSync(file, 'utf8');
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }

  private newKey(name: string, type: 'rsa' | 'ec'): string {
    const key = this.path(`${name}.key`);
    this.openssl(type === 'rsa' ? ['genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048', '-out', key] : ['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', key]);
    return key;
  }

  private makeCa(name: string): void {
    const { cert, key } = this.ca(name);
    this.openssl(['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', key]);
    this.openssl(['req', '-x509', '-new', '-key', key, '-subj', `/CN=${name} test CA`, '-days', '30', '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign', '-out', cert]);
    writeFileSync(this.path(`${name}-index.txt`), '');
    writeFileSync(
      this.path(`${name}-ca.cnf`),
      [
        '[ca]', 'default_ca=ca_default', '[ca_default]',
        `database=${this.path(`${name}-index.txt`)}`, `new_certs_dir=${this.dir}`, `certificate=${cert}`, `private_key=${key}`,
        `serial=${this.path(`${name}-serial`)}`, 'default_md=sha256', 'policy=policy_any', 'unique_subject=no', 'copy_extensions=none',
        '[policy_any]', 'commonName=supplied', 'organizationName=optional',
      ].join('\n'),
    );
    writeFileSync(this.path(`${name}-serial`), `${(this.serial++).toString(16).padStart(2, '0')}00\n`);
  }

  private openssl(args: string[]): void {
    execFileSync('openssl', args, { stdio: ['ignore', 'ignore', 'pipe'] });
  }
}

function stamp(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:T]/g, '').slice(0, 14) + 'Z';
}
