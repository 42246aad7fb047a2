import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { LocalPaths } from './paths';
import { runCommand } from './process';

/**
 * Lays out a Neo4j home the official launchers accept: the server's jars (fetched once with
 * Maven, then reused), the committed neo4j.conf plus the Bolt address, and a generated password.
 */

export const NEO4J_USERNAME = 'neo4j';

/** Reads the version from the committed pom, so the pom stays the one place it is written. */
export function neo4jVersion(paths: LocalPaths): string {
  const pom = fs.readFileSync(paths.pom, 'utf8');
  const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(pom);
  if (!match?.[1]) throw new Error(`${paths.pom} has no <neo4j.version>`);
  return match[1];
}

export async function ensureJars(paths: LocalPaths, log: (line: string) => void): Promise<void> {
  const version = neo4jVersion(paths);
  if (readIfExists(paths.libMarker)?.trim() === version) return;

  log(`Fetching Neo4j ${version} Community from Maven Central (first run only)…`);
  const started = Date.now();
  fs.rmSync(paths.lib, { recursive: true, force: true });
  fs.mkdirSync(paths.lib, { recursive: true });
  await runCommand(
    'mvn',
    [
      '-B',
      '-q',
      '-f',
      paths.pom,
      'dependency:copy-dependencies',
      `-DoutputDirectory=${paths.lib}`,
      '-DexcludeTypes=pom',
      '-DincludeScope=runtime',
    ],
    {
      missing:
        'Maven (mvn) is not installed: install Java 17+ and Maven, or set NEO4J_URI to an existing Neo4j, or use docker compose',
    },
  );
  // Written last: an interrupted copy leaves no marker and is redone next time.
  fs.writeFileSync(paths.libMarker, version + '\n');
  log(`Fetched Neo4j ${version} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Writes conf/neo4j.conf: the committed settings plus this machine's Bolt address. */
export function writeConfig(paths: LocalPaths, boltPort: number): void {
  fs.mkdirSync(paths.conf, { recursive: true });
  const template = fs.readFileSync(paths.confTemplate, 'utf8');
  const generated = [
    '',
    '# Appended by src/local-neo4j/provision.ts',
    `server.bolt.listen_address=127.0.0.1:${boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${boltPort}`,
    '',
  ].join('\n');
  fs.writeFileSync(path.join(paths.conf, 'neo4j.conf'), template + generated);
}

/**
 * Returns the local server's password, creating one on first use. Neo4j takes it through the
 * official `neo4j-admin dbms set-initial-password`, which only works before the first start.
 */
export async function ensurePassword(paths: LocalPaths, java: JavaLauncher): Promise<string> {
  const existing = readIfExists(paths.passwordFile)?.trim();
  const authFile = path.join(paths.data, 'dbms', 'auth.ini');
  if (existing && fs.existsSync(authFile)) return existing;
  if (!existing && fs.existsSync(authFile)) {
    throw new Error(
      `${paths.passwordFile} is missing but ${paths.data} already has a password; delete ${paths.base} to start afresh`,
    );
  }
  // Hex, not base64url: neo4j-admin reads a password that starts with "-" as an option and fails.
  const password = existing ?? randomBytes(18).toString('hex');
  fs.mkdirSync(paths.base, { recursive: true });
  fs.writeFileSync(paths.passwordFile, password + '\n', { mode: 0o600 });
  await java.admin(['dbms', 'set-initial-password', password]);
  return password;
}

export interface JavaLauncher {
  /** `bin/neo4j <args>`: the official Neo4jBoot. */
  server(args: string[]): Promise<string>;
  /** `bin/neo4j-admin <args>`: the official Neo4jAdminBoot. */
  admin(args: string[]): Promise<string>;
}

export function javaLauncher(paths: LocalPaths): JavaLauncher {
  const java = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  const env = { ...process.env, NEO4J_HOME: paths.home, NEO4J_CONF: paths.conf };
  const run = (mainClass: string, args: string[]) =>
    runCommand(java, ['-cp', path.join(paths.lib, '*'), mainClass, ...args], {
      env,
      missing: 'Java is not installed: Neo4j 5.26 needs Java 17 or 21 (or set NEO4J_URI)',
    });
  return {
    server: (args) => run('org.neo4j.server.startup.Neo4jBoot', args),
    admin: (args) => run('org.neo4j.server.startup.Neo4jAdminBoot', args),
  };
}

function readIfExists(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
