// Integration, e2e and weapp tests start processes and browsers: give them time.
// (Jest reads testTimeout only from the root config, not per project.)
jest.setTimeout(120_000)
