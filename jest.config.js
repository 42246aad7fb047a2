/**
 * Tests are tiered by folder, one jest project each: test/unit (no database: `npm run test:unit`
 * runs them alone and starts no Neo4j), and the tiers that need the real Neo4j — test/integration
 * (*.int.test.ts, over Bolt), test/e2e (*.e2e.test.ts, the HTTP server on port 0) and test/fuzz.
 * The Neo4j project's global setup provides that Neo4j (NEO4J_URI when given, else the project's
 * local server); jest runs a project's global setup only when one of its tests runs.
 * @type {import('jest').Config}
 */
const shared = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  setupFiles: ['reflect-metadata'],
};

module.exports = {
  testTimeout: 60_000,
  projects: [
    { ...shared, displayName: 'unit', roots: ['<rootDir>/test/unit'], testMatch: ['**/*.test.ts'] },
    {
      ...shared,
      displayName: 'neo4j',
      roots: [
        '<rootDir>/test/integration',
        '<rootDir>/test/e2e',
        '<rootDir>/test/fuzz',
        '<rootDir>/test/browser',
      ],
      testMatch: ['**/*.test.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};
