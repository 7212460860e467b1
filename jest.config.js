/** Two projects: `unit` needs nothing running; `e2e` gets a real Neo4j from test/setup/global-setup.ts. */
// Transpile only (tsconfig sets isolatedModules): `npm run typecheck` is the one type check.
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json' }];

module.exports = {
  // e2e specs start the app on a real Neo4j; Jest reads testTimeout only here, not per project.
  testTimeout: 120000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      roots: ['<rootDir>/test/unit'],
      testMatch: ['**/*.spec.ts'],
      transform: { '^.+\\.ts$': tsJest },
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      roots: ['<rootDir>/test/e2e'],
      testMatch: ['**/*.e2e-spec.ts'],
      transform: { '^.+\\.ts$': tsJest },
      globalSetup: '<rootDir>/test/setup/global-setup.ts',
      globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
    },
  ],
};
