// Import attributes: Node's rules for `with { type: 'json' }`, static and dynamic.
import data from './fixtures/mods/lib/data.json' with { type: 'json' };
import { createRequire } from 'node:module';
console.log('static json', JSON.stringify(data));
const show = async (label, load) => {
  try {
    const ns = await load();
    console.log(label, 'ok', JSON.stringify(ns.default));
  } catch (err) {
    console.log(label, err.name, err.code, err.message.replace(/file:\/\/\S*\/tests\/diff\//, 'file:///…/'));
  }
};
await show('dynamic json', () => import('./fixtures/mods/lib/data.json', { with: { type: 'json' } }));
await show('json without type', () => import('./fixtures/mods/lib/data.json'));
await show('js with type json', () => import('./fixtures/mods/esm/helper.mjs', { with: { type: 'json' } }));
await show('unsupported type', () => import('./fixtures/mods/lib/data.json', { with: { type: 'css' } }));
await show('unknown key', () => import('./fixtures/mods/lib/data.json', { with: { type: 'json', mode: 'x' } }));
await show('builtin with type', () => import('node:path', { with: { type: 'json' } }));
await show('options not object', () => import('node:path', 1));
await show('with not object', () => import('node:path', { with: 1 }));
await show('value not string', () => import('node:path', { with: { type: 1 } }));
await show('data: json', () => import('data:application/json,{"x":[1,2]}', { with: { type: 'json' } }));
await show('data: js', () => import('data:text/javascript,export default 6*7'));
await show('data: base64', () => import('data:text/javascript;base64,ZXhwb3J0IGRlZmF1bHQgIm9rIg=='));
// A string that merely looks like an attribute clause is left alone.
console.log("from 'x' with { type: 'json' }", `import('y', { with: {} })`);
const require = createRequire(import.meta.url);
await show('cjs dynamic import with attributes', () => require('./fixtures/mods/lib/attrs-import.js'));
