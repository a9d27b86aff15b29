module.exports = { ...require('../../jest.preset.js'), displayName: 'candidates', rootDir: __dirname };
