// module.syncBuiltinESMExports compared with Node 24 (and node:fs imported from ESM).
import fs, { readFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import * as osNs from 'node:os';
const orig = fs.readFileSync;
fs.readFileSync = () => 'patched';
console.log(readFileSync === orig);
syncBuiltinESMExports();
console.log(readFileSync(), readFileSync === fs.readFileSync);
fs.readFileSync = orig;
syncBuiltinESMExports();
console.log(readFileSync === orig, typeof osNs.hostname);
fs.newThing = 1;
syncBuiltinESMExports();
console.log('newThing' in (await import('node:fs')));
