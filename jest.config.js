// Test projects: unit (rules, schemas, kernel — fast, in process),
// integration (the real local runtime in a child process on a free port),
// e2e (the H5 build and the admin page in headless Chromium),
// weapp (the compiled mini-program rendered with miniprogram-simulate + wcc).
const transform = {
  '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } } }]
}
const base = { transform, testEnvironment: 'node', moduleFileExtensions: ['ts', 'tsx', 'js', 'json'] }

module.exports = {
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    { ...base, displayName: 'integration', testMatch: ['<rootDir>/test/integration/**/*.test.ts'], testTimeout: 60000 },
    { ...base, displayName: 'e2e', testMatch: ['<rootDir>/test/e2e/**/*.test.ts'], testTimeout: 120000 },
    { ...base, displayName: 'weapp', testMatch: ['<rootDir>/test/weapp/**/*.test.ts'], testTimeout: 120000 }
  ]
}
