// A throwaway certificate authority and a server certificate for 127.0.0.1, made with openssl, so that a
// test server can speak TLS that a client trusts only when told to (NODE_EXTRA_CA_CERTS).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scratchDir } from './run-cli.js';

export interface TestCertificates {
  ca: string;
  cert: string;
  key: string;
}

export function makeTestCertificates(): TestCertificates {
  const dir = scratchDir();
  const at = (f: string) => join(dir, f);
  const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: ['ignore', 'ignore', 'pipe'] });
  openssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=mlreview test CA', '-keyout', at('ca-key.pem'), '-out', at('ca.pem'));
  openssl('req', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=127.0.0.1', '-keyout', at('key.pem'), '-out', at('server.csr'));
  writeFileSync(at('san.ext'), 'subjectAltName = IP:127.0.0.1, DNS:localhost\n');
  openssl('x509', '-req', '-in', at('server.csr'), '-CA', at('ca.pem'), '-CAkey', at('ca-key.pem'), '-CAcreateserial', '-days', '2', '-extfile', at('san.ext'), '-out', at('cert.pem'));
  return { ca: at('ca.pem'), cert: at('cert.pem'), key: at('key.pem') };
}
