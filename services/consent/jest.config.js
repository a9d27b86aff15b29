module.exports = { ...require('../../jest.preset.js'), displayName: 'consent', rootDir: __dirname };
