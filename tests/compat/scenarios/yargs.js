const yargs = require('yargs/yargs');
const argv = yargs(['serve', '--port', '8080', '-v']).command('serve', 'start').option('port', { type: 'number' })
  .option('v', { type: 'boolean' }).parse();
console.log(argv._, argv.port, argv.v);
