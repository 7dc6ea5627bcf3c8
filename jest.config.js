/**
 * Two projects, both run by `npm test` (`jest --runInBand`):
 * - unit: needs neither Neo4j nor the linguistic layer, so no global setup (`npm run test:unit`, well under a
 *   minute). A test joins it by its path below; unit tests beside the code (src/**\/*.test.ts) are unit too.
 * - integration: everything else, against a real Neo4j and the real linguistic layer, which
 *   test/global-setup.ts starts unless NEO4J_URI / NLP_URL point at running ones.
 * Every test imports src/ through ts-jest; only test/cli runs the built binary (and builds it when stale).
 */
const UNIT = [
  'src/**/*.test.ts',
  'test/parse/**/*.test.ts',
  'test/graph/**/*.test.ts',
  'test/lint/**/*.test.ts',
  'test/extract/rules.test.ts',
  'test/extract/gold-floors.test.ts',
].map((p) => `${__dirname}/${p}`);

const common = {
  rootDir: __dirname,
  testEnvironment: 'node',
  roots: ['<rootDir>/test', '<rootDir>/src'],
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
};

module.exports = {
  testTimeout: 60000,
  projects: [
    { ...common, displayName: 'unit', testMatch: UNIT },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/**/*.test.ts', '<rootDir>/src/**/*.test.ts', ...UNIT.map((p) => `!${p}`)],
      globalSetup: '<rootDir>/test/global-setup.ts',
      globalTeardown: '<rootDir>/test/global-teardown.ts',
    },
  ],
};
