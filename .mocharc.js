// The unit suite. Files named on the command line run alone (`npx mocha test/unit/x.test.ts`);
// without them, every unit test runs (mocha would otherwise add the named files to the whole suite).
const named = process.argv.slice(2).some((arg) => !arg.startsWith('-') && /\.test\.ts$/.test(arg));

module.exports = {
  require: ['tsx/cjs'],
  extension: ['ts'],
  ...(named ? {} : { spec: ['test/unit/**/*.test.ts'] }),
  ui: 'bdd',
  timeout: 20000,
};
