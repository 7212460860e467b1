/**
 * The local Neo4j is no door either: it listens on loopback only, runs with authentication on, rejects a wrong
 * password, and its generated password stays out of git. Checked on the tests' local instance, which the same code
 * (src/graph/local-neo4j.ts) configures as the one `npm start` runs.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import neo4j from 'neo4j-driver';
import { projectRoot } from '../../src/config/project-root';
import { defaultLocalNeo4j } from '../../src/graph/local-neo4j';
import { localTestNeo4j, testNeo4jSource } from '../support/test-neo4j';

const local = localTestNeo4j();
if (!local) console.warn(`security-neo4j skipped: the tests' Neo4j came from ${testNeo4jSource()}, not from the local server`);

/** Local addresses of the sockets listening on `port`, from /proc/net/tcp and tcp6 (Linux). */
function listeningAddresses(port: number): string[] {
  const addresses: string[] = [];
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
      const [, localAddress, , state] = line.trim().split(/\s+/);
      if (!localAddress || state !== '0A') continue;
      const [hexAddress, hexPort] = localAddress.split(':');
      if (parseInt(hexPort, 16) === port) addresses.push(hexAddress);
    }
  }
  return addresses;
}

const IPV4_LOOPBACK = '0100007F';
const IPV6_LOOPBACK = '00000000000000000000000001000000';
/** ::ffff:127.0.0.1, as Java binds 127.0.0.1 on a dual-stack socket. */
const IPV4_MAPPED_LOOPBACK = '0000000000000000FFFF00000100007F';
const LOOPBACK = new Set([IPV4_LOOPBACK, IPV6_LOOPBACK, IPV4_MAPPED_LOOPBACK]);

(local ? describe : describe.skip)('the local Neo4j', () => {
  it('is configured for loopback only, with authentication on', () => {
    const conf = readFileSync(join(local!.home, 'conf', 'neo4j.conf'), 'utf8');
    expect(conf).toMatch(/^server\.default_listen_address=127\.0\.0\.1$/m);
    expect(conf).toMatch(/^dbms\.security\.auth_enabled=true$/m);
    for (const [, key, value] of conf.matchAll(/^(server\.[\w.]*listen_address)=(.*)$/gm)) {
      expect({ key, value }).toEqual({ key, value: expect.stringMatching(/^(127\.0\.0\.1)?:\d+$|^127\.0\.0\.1$/) });
    }
  });

  (existsSync('/proc/net/tcp') ? it : it.skip)('listens on loopback addresses only (Bolt and HTTP)', () => {
    for (const port of [local!.boltPort, local!.httpPort]) {
      const addresses = listeningAddresses(port);
      expect(addresses.length).toBeGreaterThan(0);
      expect(addresses.filter((address) => !LOOPBACK.has(address))).toEqual([]);
    }
  });

  it('rejects a wrong password and answers the generated one', async () => {
    const uri = `bolt://127.0.0.1:${local!.boltPort}`;
    const wrong = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'not-the-password'));
    try {
      await expect(wrong.verifyConnectivity()).rejects.toMatchObject({ code: 'Neo.ClientError.Security.Unauthorized' });
    } finally {
      await wrong.close();
    }
    const password = readFileSync(join(local!.home, 'password'), 'utf8').trim();
    expect(password).not.toBe('neo4j');
    expect(password.length).toBeGreaterThanOrEqual(16);
    const right = neo4j.driver(uri, neo4j.auth.basic('neo4j', password));
    try {
      await expect(right.getServerInfo()).resolves.toMatchObject({ agent: expect.stringMatching(/^Neo4j\//) });
    } finally {
      await right.close();
    }
  });

  it('keeps the password file private to its owner and out of git', () => {
    const file = join(local!.home, 'password');
    expect(statSync(file).mode & 0o077).toBe(0);
    const root = projectRoot();
    for (const home of [local!.home, defaultLocalNeo4j().home]) {
      const path = relative(root, join(home, 'password'));
      expect(execFileSync('git', ['check-ignore', path], { cwd: root, encoding: 'utf8' }).trim()).toBe(path);
    }
  });
});
