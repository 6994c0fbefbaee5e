// Jest runs in ESM mode because @actions/core 3 and @actions/github 9 are ESM-only.
/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  // The corpus suites read 31 real folders; on a loaded 2-core CI machine one test can pass 5 s.
  testTimeout: 60_000,
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false }]
  },
  testMatch: ['**/__tests__/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  collectCoverageFrom: ['src/**/*.ts']
};
