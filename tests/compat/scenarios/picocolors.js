const pc = require('picocolors');
const c = pc.createColors(true);
console.log(JSON.stringify(c.red('x')), JSON.stringify(c.bold(c.green('y'))), typeof pc.isColorSupported);
