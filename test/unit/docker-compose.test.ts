import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { localPaths } from '../../src/local-neo4j/paths';
import { PROJECT_ROOT } from '../../src/project-root';
import { neo4jVersion } from '../../src/local-neo4j/provision';

/**
 * docker-compose.yml cannot be run here (no Docker engine); these checks read it as data.
 * .ci/run additionally has `docker-compose config -q` validate it against the Compose schema.
 */
const compose = parse(fs.readFileSync(path.join(PROJECT_ROOT, 'docker-compose.yml'), 'utf8'));

describe('docker-compose.yml', () => {
  it('runs the same Neo4j line as the local server', () => {
    const [major, minor] = neo4jVersion(localPaths()).split('.');
    expect(compose.services.neo4j.image).toBe(`neo4j:${major}.${minor}-community`);
  });

  it('keeps Neo4j data in a named volume', () => {
    expect(compose.services.neo4j.volumes).toContain('neo4j-data:/data');
    expect(Object.keys(compose.volumes)).toContain('neo4j-data');
  });

  it('checks Neo4j health by a Bolt query, and the API waits for it', () => {
    expect(compose.services.neo4j.healthcheck.test.join(' ')).toContain('cypher-shell');
    expect(compose.services.api.depends_on).toStrictEqual({
      neo4j: { condition: 'service_healthy' },
    });
  });

  it('calls the API healthy only once GET /ready says ready (plans warm), with what the image has', () => {
    const check = compose.services.api.healthcheck.test as string[];
    expect(check.slice(0, 3)).toStrictEqual(['CMD', 'node', '-e']);
    expect(check[3]).toContain("fetch('http://127.0.0.1:4000/ready')");
    expect(check[3]).toContain('process.exit(r.ok ? 0 : 1)');
  });

  it('gives the API the official driver settings for the neo4j service', () => {
    const env = compose.services.api.environment;
    expect(env.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(Object.keys(env)).toEqual(
      expect.arrayContaining(['NEO4J_USERNAME', 'NEO4J_PASSWORD', 'NEO4J_DATABASE']),
    );
    expect(compose.services.neo4j.environment.NEO4J_AUTH).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD:\?/);
  });
});
