// bench: runs=5 quick=2
// child_process: spawn 50 short children of the runtime itself, one after another.
const { execFileSync } = require('child_process');
let out = '';
for (let i = 0; i < 50; i++) out += execFileSync(process.execPath, ['-e', 'process.stdout.write("x")']).toString();
console.log(out.length);
