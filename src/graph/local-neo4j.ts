/**
 * Runs the real Neo4j Community server from the Maven Central jars resolved by infra/neo4j/pom.xml
 * (no Docker needed). One instance per home folder (`.neo4j/` for the service, `.neo4j-test/` for the tests):
 * config in <home>/conf, data in <home>/data, logs in <home>/logs, the generated password in <home>/password,
 * the running process in <home>/run/instance.json. Used by `npm run neo4j:*`, by `npm start` and by the test setup.
 */
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { AddressInfo, connect, createServer } from 'node:net';
import { join, resolve } from 'node:path';
import neo4j, { Driver } from 'neo4j-driver';
import { projectRoot } from '../config/project-root';

export interface LocalNeo4jOptions {
  /** Folder that holds this instance's conf, data, logs and password. */
  home: string;
  boltPort: number;
  httpPort: number;
  /** How long to wait for the server to answer after launching it. */
  startTimeoutMs?: number;
}

export interface LocalNeo4jInstance {
  uri: string;
  user: string;
  password: string;
  httpUrl: string;
  browserUrl: string;
  pid: number;
  /** False when an instance that was already running in this home was reused. */
  startedHere: boolean;
}

export interface LocalNeo4jStatus {
  running: boolean;
  pid?: number;
  boltPort: number;
  httpPort: number;
  home: string;
  password?: string;
}

/** A problem the user can act on; its message is one line (plus log lines for a failed start). */
export class LocalNeo4jError extends Error {
  override readonly name = 'LocalNeo4jError';
}

export const NEO4J_USER = 'neo4j';
export const DEFAULT_START_TIMEOUT_MS = 180_000;

const STOP_TIMEOUT_MS = 60_000;
const INITIAL_PASSWORD = 'neo4j';
const APOC_JAR = /^apoc-.*\.jar$/;

/** The instance `npm start` and `npm run neo4j:*` use by default. */
export function defaultLocalNeo4j(): LocalNeo4jOptions {
  return { home: join(projectRoot(), '.neo4j'), boltPort: 7687, httpPort: 7474 };
}

/** The separate instance the tests fall back to, so they never touch the user's data. */
export function testLocalNeo4j(): LocalNeo4jOptions {
  return { home: join(projectRoot(), '.neo4j-test'), boltPort: 7688, httpPort: 7475 };
}

export function browserUrl(httpPort: number, boltPort: number): string {
  return `http://127.0.0.1:${httpPort}/browser/?dbms=neo4j://${NEO4J_USER}@127.0.0.1:${boltPort}`;
}

export function readLocalPassword(home: string): string | undefined {
  const file = join(home, 'password');
  return existsSync(file) ? readFileSync(file, 'utf8').trim() || undefined : undefined;
}

export async function localNeo4jStatus(options: LocalNeo4jOptions): Promise<LocalNeo4jStatus> {
  const home = resolve(options.home);
  const instance = runningInstance(home);
  return {
    running: instance !== undefined,
    pid: instance?.pid,
    boltPort: instance?.boltPort ?? options.boltPort,
    httpPort: instance?.httpPort ?? options.httpPort,
    home,
    password: readLocalPassword(home),
  };
}

/** Starts the server in options.home, or reuses the one already running there; resolves once it answers queries. */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4jInstance> {
  const home = resolve(options.home);
  const running = runningInstance(home);
  if (running) {
    const password = await waitUntilReady(home, running.boltPort, running.httpPort, running.pid, options);
    return instanceDetails(running.pid, running.boltPort, running.httpPort, password, false);
  }

  const java = findJava();
  await assertPortFree(options.boltPort, 'Bolt', home);
  await assertPortFree(options.httpPort, 'HTTP', home);
  const lib = await ensureJars(projectRoot());
  prepareHome(home, lib, options);

  const consoleLog = join(home, 'logs', 'console.log');
  const logFd = openSync(consoleLog, 'a');
  let child: ChildProcess;
  try {
    child = spawn(java, jvmArguments(home, lib), { cwd: home, detached: true, stdio: ['ignore', logFd, logFd] });
  } finally {
    closeSync(logFd);
  }
  child.unref();
  const pid = child.pid;
  if (pid === undefined) throw new LocalNeo4jError(`could not launch ${java}`);
  writeInstance(home, { pid, boltPort: options.boltPort, httpPort: options.httpPort });

  try {
    const password = await waitUntilReady(home, options.boltPort, options.httpPort, pid, options);
    return instanceDetails(pid, options.boltPort, options.httpPort, password, true);
  } catch (error) {
    await stopProcess(home, pid);
    throw error;
  }
}

/** Stops the server running in `home` with SIGTERM (a clean shutdown); resolves false when none was running. */
export async function stopLocalNeo4j(home: string): Promise<boolean> {
  const instance = runningInstance(resolve(home));
  if (!instance) return false;
  await stopProcess(resolve(home), instance.pid);
  return true;
}

interface InstanceFile {
  pid: number;
  boltPort: number;
  httpPort: number;
}

function instanceFile(home: string): string {
  return join(home, 'run', 'instance.json');
}

function writeInstance(home: string, instance: InstanceFile): void {
  mkdirSync(join(home, 'run'), { recursive: true });
  writeFileSync(instanceFile(home), JSON.stringify(instance) + '\n');
}

/** The instance recorded in this home, if its process is still the Neo4j server for this home. */
function runningInstance(home: string): InstanceFile | undefined {
  const file = instanceFile(home);
  if (!existsSync(file)) return undefined;
  let instance: InstanceFile;
  try {
    instance = JSON.parse(readFileSync(file, 'utf8')) as InstanceFile;
  } catch {
    return undefined;
  }
  if (isNeo4jProcess(instance.pid, home)) return instance;
  rmSync(file, { force: true });
  return undefined;
}

function isNeo4jProcess(pid: number, home: string): boolean {
  if (!isAlive(pid)) return false;
  const cmdline = `/proc/${pid}/cmdline`;
  if (!existsSync('/proc/self/cmdline')) return true;
  try {
    return readFileSync(cmdline, 'utf8').includes(`--home-dir=${home}\0`);
  } catch {
    return false;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function stopProcess(home: string, pid: number): Promise<void> {
  if (isAlive(pid)) process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (isAlive(pid) && Date.now() < deadline) await sleep(200);
  if (isAlive(pid)) {
    process.stderr.write(`Neo4j (pid ${pid}) did not stop within ${STOP_TIMEOUT_MS / 1000} s; killing it\n`);
    process.kill(pid, 'SIGKILL');
    while (isAlive(pid)) await sleep(100);
  }
  rmSync(instanceFile(home), { force: true });
}

/** The first Java 17 or 21 found in JAVA_HOME, on PATH, or under /usr/lib/jvm (Neo4j 5.26 runs on no other). */
export function findJava(): string {
  const candidates: string[] = [];
  if (process.env.JAVA_HOME) candidates.push(join(process.env.JAVA_HOME, 'bin', 'java'));
  candidates.push('java');
  for (const root of ['/usr/lib/jvm', '/Library/Java/JavaVirtualMachines']) {
    if (!existsSync(root)) continue;
    for (const jdk of readdirSync(root).sort()) {
      candidates.push(join(root, jdk, 'bin', 'java'), join(root, jdk, 'Contents', 'Home', 'bin', 'java'));
    }
  }
  const seen: string[] = [];
  for (const candidate of new Set(candidates)) {
    const major = javaMajorVersion(candidate);
    if (major === undefined) continue;
    if (major === 17 || major === 21) return candidate;
    seen.push(`${candidate} is Java ${major}`);
  }
  throw new LocalNeo4jError(
    `Neo4j 5.26 needs Java 17 or 21 and none was found (${seen.join('; ') || 'no java at all'}): ` +
      'install a JDK 17 or 21 and set JAVA_HOME, or set NEO4J_URI to use a Neo4j you already run',
  );
}

function javaMajorVersion(java: string): number | undefined {
  if (java !== 'java' && !existsSync(java)) return undefined;
  const result = spawnSync(java, ['-version'], { encoding: 'utf8' });
  const match = /version "(\d+)(?:\.(\d+))?/.exec(`${result.stderr ?? ''}${result.stdout ?? ''}`);
  if (!match) return undefined;
  const major = Number(match[1]);
  return major === 1 ? Number(match[2]) : major;
}

/** True when nothing listens on 127.0.0.1:port (IPv4 or IPv6-mapped) and it can be bound. */
export async function isPortFree(port: number): Promise<boolean> {
  const answers = await new Promise<boolean>((resolveConnect) => {
    const socket = connect({ host: '127.0.0.1', port, timeout: 1000 });
    const settle = (listening: boolean) => {
      socket.destroy();
      resolveConnect(listening);
    };
    socket.once('connect', () => settle(true));
    socket.once('timeout', () => settle(true));
    socket.once('error', () => settle(false));
  });
  if (answers) return false;
  return new Promise<boolean>((resolveBind) => {
    const server = createServer();
    server.once('error', () => resolveBind(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolveBind(true)));
  });
}

/** A port on 127.0.0.1 that is free right now, chosen by the operating system. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolvePort(port));
    });
  });
}

async function assertPortFree(port: number, what: string, home: string): Promise<void> {
  if (!(await isPortFree(port))) {
    throw new LocalNeo4jError(
      `port ${port} (Neo4j ${what}) is already taken by another process, not by the Neo4j in ${home}: ` +
        'stop that process, or choose other ports, or set NEO4J_URI to use the Neo4j that listens there',
    );
  }
}

/** Copies the server's jars into infra/neo4j/target/lib with Maven, once per version of the pom. */
async function ensureJars(root: string): Promise<string> {
  const pom = join(root, 'infra', 'neo4j', 'pom.xml');
  const lib = join(root, 'infra', 'neo4j', 'target', 'lib');
  const stampFile = join(lib, '.pom.sha256');
  const stamp = createHash('sha256').update(readFileSync(pom)).digest('hex');
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8').trim() === stamp) return lib;

  const mvn = process.platform === 'win32' ? 'mvn.cmd' : 'mvn';
  if (spawnSync(mvn, ['-v'], { stdio: 'ignore' }).error) {
    throw new LocalNeo4jError(
      'Maven (mvn) is not on PATH: it fetches the Neo4j server jars from Maven Central once; ' +
        'install Maven 3.6 or newer, or set NEO4J_URI to use a Neo4j you already run',
    );
  }
  process.stderr.write(
    'Fetching Neo4j Community 5.26, Neo4j Browser and APOC from Maven Central into infra/neo4j/target/lib ' +
      '(first run only, about 140 MB)...\n',
  );
  rmSync(lib, { recursive: true, force: true });
  const args = ['-f', pom, 'dependency:copy-dependencies'];
  if (!process.stderr.isTTY) args.unshift('--batch-mode');
  const code = await new Promise<number | null>((resolveExit, reject) => {
    const maven = spawn(mvn, args, { stdio: ['ignore', process.stderr, process.stderr] });
    maven.once('error', reject);
    maven.once('exit', resolveExit);
  });
  if (code !== 0) throw new LocalNeo4jError(`Maven could not fetch the Neo4j jars (exit code ${code}); see its output above`);
  writeFileSync(stampFile, stamp + '\n');
  return lib;
}

function prepareHome(home: string, lib: string, options: LocalNeo4jOptions): void {
  for (const dir of ['conf', 'data', 'logs', 'plugins', 'run']) mkdirSync(join(home, dir), { recursive: true });
  // APOC goes in plugins/, which is also on the classpath, as bin/neo4j and the official image do.
  for (const jar of readdirSync(join(home, 'plugins')).filter((name) => APOC_JAR.test(name))) {
    rmSync(join(home, 'plugins', jar));
  }
  for (const jar of readdirSync(lib).filter((name) => APOC_JAR.test(name))) {
    copyFileSync(join(lib, jar), join(home, 'plugins', jar));
  }
  const conf = [
    '# Written by src/graph/local-neo4j.ts on every start; edits here are overwritten.',
    'server.default_listen_address=127.0.0.1',
    'server.default_advertised_address=127.0.0.1',
    `server.bolt.listen_address=:${options.boltPort}`,
    `server.http.listen_address=:${options.httpPort}`,
    'server.https.enabled=false',
    'server.memory.pagecache.size=512m',
    'dbms.security.auth_enabled=true',
    'dbms.security.procedures.unrestricted=apoc.*',
    'dbms.usage_report.enabled=false',
    '',
  ];
  writeFileSync(join(home, 'conf', 'neo4j.conf'), conf.join('\n'));
}

function jvmArguments(home: string, lib: string): string[] {
  return [
    '-Xms512m',
    '-Xmx1g',
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+UnlockExperimentalVMOptions',
    '-XX:+TrustFinalNonStaticFields',
    '-XX:+DisableExplicitGC',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--enable-native-access=ALL-UNNAMED',
    '-Dlog4j2.disable.jmx=true',
    '-Dfile.encoding=UTF-8',
    '-cp',
    classpath(lib, join(home, 'plugins')),
    'org.neo4j.server.CommunityEntryPoint',
    `--home-dir=${home}`,
    `--config-dir=${join(home, 'conf')}`,
    '--console-mode',
  ];
}

function classpath(lib: string, plugins: string): string {
  const separator = process.platform === 'win32' ? ';' : ':';
  const jars = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.jar')).map((name) => join(dir, name));
  return [...jars(lib).filter((jar) => !APOC_JAR.test(jar.slice(lib.length + 1))), ...jars(plugins)].join(separator);
}

/** Waits until Bolt accepts the generated password and the default database answers; sets the password on first start. */
async function waitUntilReady(
  home: string,
  boltPort: number,
  httpPort: number,
  pid: number,
  options: LocalNeo4jOptions,
): Promise<string> {
  const timeoutMs = options.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS;
  const deadline = Date.now() + timeoutMs;
  const uri = `bolt://127.0.0.1:${boltPort}`;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) throw startFailure(home, `Neo4j exited during start-up`);
    if (await httpAnswers(httpPort)) {
      try {
        return await ensurePassword(home, uri);
      } catch (error) {
        if (error instanceof LocalNeo4jError) throw error;
        lastError = error;
      }
    }
    await sleep(500);
  }
  const reason = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
  throw startFailure(home, `Neo4j did not become ready within ${Math.round(timeoutMs / 1000)} s${reason}`);
}

async function httpAnswers(port: number): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(2000) });
    return response.ok;
  } catch {
    return false;
  }
}

/** Returns the password kept in <home>/password, generating it and replacing the initial one on the first start. */
async function ensurePassword(home: string, uri: string): Promise<string> {
  const file = join(home, 'password');
  let password = readLocalPassword(home);
  if (!password) {
    password = randomBytes(18).toString('base64url');
    writeFileSync(file, password + '\n', { mode: 0o600 });
  }
  if (await opensDatabase(uri, password)) return password;

  const driver = neo4j.driver(uri, neo4j.auth.basic(NEO4J_USER, INITIAL_PASSWORD));
  const session = driver.session({ database: 'system' });
  try {
    await session.run('ALTER CURRENT USER SET PASSWORD FROM $current TO $next', { current: INITIAL_PASSWORD, next: password });
  } catch (error) {
    if (isUnauthorized(error)) {
      throw new LocalNeo4jError(
        `the password in ${file} does not open the database in ${join(home, 'data')}: ` +
          `put the right one in that file, or delete ${join(home, 'data', 'dbms', 'auth.ini')} to start from a new password`,
      );
    }
    throw error;
  } finally {
    await session.close();
    await driver.close();
  }
  if (await opensDatabase(uri, password)) return password;
  throw new Error('the default database is not online yet');
}

/** True when the password logs in and the default database answers; false when the password is refused. */
async function opensDatabase(uri: string, password: string): Promise<boolean> {
  const driver: Driver = neo4j.driver(uri, neo4j.auth.basic(NEO4J_USER, password), { connectionTimeout: 5000 });
  try {
    await driver.executeQuery('RETURN 1');
    return true;
  } catch (error) {
    if (isUnauthorized(error)) return false;
    throw error;
  } finally {
    await driver.close();
  }
}

function isUnauthorized(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  return code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.CredentialsExpired';
}

function startFailure(home: string, headline: string): LocalNeo4jError {
  const log = join(home, 'logs', 'console.log');
  const tail = existsSync(log) ? readFileSync(log, 'utf8').trimEnd().split('\n').slice(-15) : [];
  const text = tail.join('\n');
  if (/Another process may be using|FileLockException|Lock file has been locked/i.test(text)) {
    return new LocalNeo4jError(`the data folder ${join(home, 'data')} is in use by another Neo4j process: stop that process first`);
  }
  if (/Address already in use|BindException/i.test(text)) {
    return new LocalNeo4jError(`Neo4j could not bind its ports (already in use); see ${log}`);
  }
  return new LocalNeo4jError(`${headline}; last lines of ${log}:\n${text}`);
}

function instanceDetails(pid: number, boltPort: number, httpPort: number, password: string, startedHere: boolean): LocalNeo4jInstance {
  return {
    uri: `bolt://127.0.0.1:${boltPort}`,
    user: NEO4J_USER,
    password,
    httpUrl: `http://127.0.0.1:${httpPort}`,
    browserUrl: browserUrl(httpPort, boltPort),
    pid,
    startedHere,
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolveSleep) => setTimeout(resolveSleep, ms));
}
