import path from 'node:path';
import { PROJECT_ROOT } from '../project-root';

/** Re-exported for modules written before it moved to src/project-root.ts; import it from there. */
export { PROJECT_ROOT };

export interface LocalPaths {
  /** .neo4j: everything the local server owns, ignored by git. */
  readonly base: string;
  /** NEO4J_HOME for the official launchers: lib/, conf/, data/, logs/, run/. */
  readonly home: string;
  readonly lib: string;
  readonly conf: string;
  readonly data: string;
  readonly logs: string;
  /** Written by Neo4j's own launcher (run/neo4j.pid). */
  readonly pidFile: string;
  /** Present once the jars for `version` are completely copied. */
  readonly libMarker: string;
  readonly passwordFile: string;
  /** Held while one process starts or stops the server, so two starts cannot interleave. */
  readonly lockFile: string;
  /** The Maven descriptor and the settings committed with the project. */
  readonly pom: string;
  readonly confTemplate: string;
}

export function localPaths(root: string = PROJECT_ROOT): LocalPaths {
  const base = path.join(root, '.neo4j');
  const home = path.join(base, 'home');
  const lib = path.join(home, 'lib');
  return {
    base,
    home,
    lib,
    conf: path.join(home, 'conf'),
    data: path.join(home, 'data'),
    logs: path.join(home, 'logs'),
    pidFile: path.join(home, 'run', 'neo4j.pid'),
    libMarker: path.join(lib, '.complete'),
    passwordFile: path.join(base, 'password'),
    lockFile: path.join(base, 'start.lock'),
    pom: path.join(root, 'neo4j', 'pom.xml'),
    confTemplate: path.join(root, 'neo4j', 'neo4j.conf'),
  };
}
