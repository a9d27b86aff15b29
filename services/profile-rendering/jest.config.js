module.exports = { ...require('../../jest.preset.js'), displayName: 'profile-rendering', rootDir: __dirname };
