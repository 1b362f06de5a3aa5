// Every builtin of the everyday library imports as an ES module, and its namespace holds each
// export of require(id) with the same value (lazy exports included).
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const ids = ['assert', 'async_hooks', 'buffer', 'console', 'diagnostics_channel', 'events', 'fs',
  'fs/promises', 'module', 'os', 'path', 'perf_hooks', 'process', 'punycode', 'querystring',
  'readline', 'readline/promises', 'stream', 'stream/consumers', 'stream/promises', 'stream/web',
  'string_decoder', 'timers', 'timers/promises', 'tty', 'url', 'util', 'zlib'];
process.noDeprecation = true;  // punycode's DEP0040
for (const id of ids) {
  const ns = await import(`node:${id}`);
  const cjs = require(id);
  const missing = Object.keys(cjs).filter((k) => k !== 'default' && !Object.is(ns[k], cjs[k]));
  console.log(id, ns.default === cjs, missing.length === 0 ? 'all exports' : `differ: ${missing.join(',')}`);
}
