'use strict';
// fs.watch / watchFile: argument errors, object shapes, and one awaited event of each kind.
const fs = require('fs');
const os = require('os');
const path = require('path');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'fsx-w-'));
const rel = (s) => String(s).split(root).join('<root>');
const show = (label, e) => console.log(label, e.name, e.code, rel(e.message), Object.keys(e).map((k) => `${k}=${rel(e[k])}`).join(' '));

try { fs.watch(path.join(root, 'missing')); } catch (e) { show('missing', e); }
try { fs.watch(path.join(root, 'missing'), { recursive: true }); } catch (e) { console.log('missing recursive', e.code); }
for (const [label, args] of [
  ['number path', [1]], ['bad recursive', [root, { recursive: 1 }]], ['bad encoding', [root, { encoding: 'bogus' }]],
  ['bad ignore', [root, { ignore: 5 }]], ['bad ignore entry', [root, { ignore: ['*.x', 5] }]],
  ['bad signal', [root, { signal: {} }]], ['bad options', [root, 5]],
]) {
  try { const w = fs.watch(...args); console.log(label, 'no error'); w.close(); } catch (e) { show(label, e); }
}
for (const [label, args] of [
  ['watchFile no listener', [root]], ['watchFile bad interval', [root, { interval: 'x' }, () => {}]],
  ['watchFile number', [5, () => {}]], ['unwatchFile number', [5]],
]) {
  try { (label.startsWith('un') ? fs.unwatchFile : fs.watchFile)(...args); console.log(label, 'no error'); } catch (e) { show(label, e); }
}
const w = fs.watch(root);
console.log(w.constructor.name, Object.keys(w), typeof w.close, w.ref() === w, w.unref() === w);
const s = fs.watchFile(path.join(root, 'polled'), { interval: 25 }, () => {});
console.log(s.constructor.name, Object.keys(s), s.ref() === s, s.unref() === s, s.listenerCount('change'));
fs.unwatchFile(path.join(root, 'polled'));
console.log('after unwatch', s.listenerCount('change'));
s.on('stop', () => console.log('stop event'));

(async () => {
  const ev = await new Promise((resolve) => {
    w.once('change', (type, name) => resolve([type, name]));
    fs.writeFileSync(path.join(root, 'new.txt'), 'x');
  });
  console.log('first event', ev);
  await new Promise((resolve) => { w.on('close', resolve); w.close(); });
  console.log('closed; close again is a no-op', w.close());
  const [curr, prev] = await new Promise((resolve) => {
    fs.watchFile(path.join(root, 'new.txt'), { interval: 20 }, (c, p) => resolve([c, p]));
    setTimeout(() => fs.writeFileSync(path.join(root, 'new.txt'), 'longer'), 60);
  });
  fs.unwatchFile(path.join(root, 'new.txt'));
  console.log('watchFile', curr.constructor.name, curr.size, prev.size, curr.isFile(), curr.mtimeMs >= prev.mtimeMs);
  const ac = new AbortController();
  const it = fs.promises.watch(root, { signal: ac.signal });
  const next = it.next();
  setTimeout(() => fs.writeFileSync(path.join(root, 'third.txt'), ''), 30);
  const { value } = await next;
  console.log('promises.watch', value.eventType, value.filename);
  ac.abort();
  await it.next().catch((e) => console.log('after abort', e.name));
  fs.rmSync(root, { recursive: true });
})();
