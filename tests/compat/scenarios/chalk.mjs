import chalk from 'chalk';
const c = new chalk.constructor({ level: 1 });
console.log(JSON.stringify(c.red.bold('x')), JSON.stringify(c.bgBlue('y')), chalk.level >= 0);
