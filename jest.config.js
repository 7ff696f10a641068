// Test projects: unit (rules, schemas, kernel — fast, in process),
// integration (the real local runtime in a child process on a free port),
// e2e (the H5 build and the admin page in headless Chromium),
// weapp (the compiled mini-program rendered with miniprogram-simulate + wcc).
const transform = {
  '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } } }]
}
const base = { transform, testEnvironment: 'node', moduleFileExtensions: ['ts', 'tsx', 'js', 'json'] }
const slow = { ...base, setupFilesAfterEnv: ['<rootDir>/test/support/slow-tests.ts'] }

module.exports = {
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    { ...slow, displayName: 'integration', testMatch: ['<rootDir>/test/integration/**/*.test.ts'] },
    { ...slow, displayName: 'e2e', testMatch: ['<rootDir>/test/e2e/**/*.test.ts'] },
    { ...slow, displayName: 'weapp', testMatch: ['<rootDir>/test/weapp/**/*.test.ts'] }
  ]
}
