import { globSync } from 'glob';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
const here = path.dirname(fileURLToPath(import.meta.url));
console.log(globSync('s*.js', { cwd: here }).sort());
