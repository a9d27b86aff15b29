// Runs every package's tests against one shared local infrastructure (Kafka, FerretDB, Redis),
// started before the first test and stopped after the last one when this run started it.
const path = require('node:path');
const fs = require('node:fs');

const packageDirs = ['protos', 'deploy', 'e2e', ...fs.readdirSync(path.join(__dirname, 'services')).map((d) => `services/${d}`)]
  .filter((dir) => fs.existsSync(path.join(__dirname, dir, 'jest.config.js')));

/** @type {import('jest').Config} */
module.exports = {
  // Tests talk to real brokers and databases; a global option, so it lives here and not in the preset.
  testTimeout: 60_000,
  transform: require('./jest.preset.js').transform,
  projects: packageDirs.map((dir) => `<rootDir>/${dir}`),
  globalSetup: '<rootDir>/services/platform/src/testkit/global-setup.ts',
  globalTeardown: '<rootDir>/services/platform/src/testkit/global-teardown.ts',
};
