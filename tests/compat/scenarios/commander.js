const { Command } = require('commander');
const program = new Command();
program.name('tool').option('-d, --debug', 'debug').option('-p, --port <n>', 'port', '80')
  .argument('<file>').action((file, opts) => console.log('file', file, opts));
program.parse(['node', 'tool', '-d', '--port', '9', 'a.txt']);
console.log(program.helpInformation().split('\n')[0]);
