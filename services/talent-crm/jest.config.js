module.exports = { ...require('../../jest.preset.js'), displayName: 'talent-crm', rootDir: __dirname };
