/** ESM jest with ts-jest; see ../shared/STACK.md for why each setting is here. */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false }] },
  testTimeout: 120000,
  // Each test file gets its own XDG_STATE_HOME (the default run history) and no LEAKPROOF_HISTORY.
  setupFilesAfterEnv: ['<rootDir>/test/support/isolate-state.ts'],
};
