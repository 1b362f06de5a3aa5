const minimist = require('minimist');
console.log(minimist(['-a', '1', '--b=2', 'x', '--no-c', '-xyz', '--', 'rest']));
console.log(minimist(['--n', '5'], { string: ['n'], alias: { n: 'num' }, default: { d: 1 } }));
