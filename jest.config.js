/**
 * Tests are tiered by folder: test/unit (no database), test/integration (*.int.test.ts, a real
 * Neo4j over Bolt), test/e2e (*.e2e.test.ts, the HTTP server on port 0 against the real Neo4j).
 * The global setup provides that Neo4j: NEO4J_URI when given, else the project's local server.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  setupFiles: ['reflect-metadata'],
  testTimeout: 60_000,
};
