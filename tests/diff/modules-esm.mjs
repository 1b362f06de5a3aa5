// ES modules: static and dynamic imports, CJS interop, JSON, builtins, import.meta.
import path from 'node:path';
import { basename } from 'path';
import * as helper from './fixtures/mods/esm/helper.mjs';
import plain from './fixtures/mods/node_modules/plain/lib/main.js';
import { alpha, beta, gamma } from './fixtures/mods/node_modules/dual/index.js';
import data from './fixtures/mods/lib/data.json' with { type: 'json' };
import { ready } from './fixtures/mods/esm/tla.mjs';
import { EventEmitter } from 'node:events';
import { createRequire } from 'node:module';

console.log('default + named builtin', typeof path.join, basename('/a/b.txt'));
console.log('namespace', helper.value, helper.default.fromDefault);
console.log('cjs default', plain.name);
console.log('cjs named', alpha, beta, gamma);
console.log('json', JSON.stringify(data));
console.log('tla dep', ready);
console.log('named class', typeof EventEmitter);
console.log('meta', import.meta.url.startsWith('file:///'), basename(import.meta.filename), basename(import.meta.dirname));
console.log('meta.resolve', import.meta.resolve('./fixtures/mods/esm/helper.mjs').endsWith('/helper.mjs'));
const require = createRequire(import.meta.url);
console.log('createRequire', require('./fixtures/mods/lib/internal.js'));
const dyn = await import('./fixtures/mods/esm/helper.mjs');
console.log('dynamic import same instance', dyn === helper);
const cjsDyn = await import('./fixtures/mods/node_modules/dual/index.js');
console.log('dynamic cjs', cjsDyn.default.alpha, cjsDyn.alpha);
try { await import('./fixtures/mods/nope.mjs'); } catch (e) { console.log('missing', e.code); }
try { await import('./fixtures/mods/lib/dir'); } catch (e) { console.log('dir import', e.code); }
try { await import('node:nope'); } catch (e) { console.log('bad builtin', e.code); }
const pkg = await import('./fixtures/mods/node_modules/esm-only/index.js');
console.log('esm pkg', pkg.default('there'), pkg.answer);
console.log('this at top level', this);
