// Timeout objects: ref/unref/hasRef/refresh, numeric coercion, clearTimeout by id.
const t = setTimeout(() => console.log('refreshed timer fired'), 300);  // well after the 20 ms one, even on a loaded machine
console.log('hasRef', t.hasRef());
t.unref();
console.log('after unref', t.hasRef());
t.ref();
console.log('after ref', t.hasRef());
console.log('same object', t.refresh() === t);
const id = +setTimeout(() => console.log('cleared by number: should not print'), 10);
console.log('numeric id is a number', typeof id === 'number' && id > 0);
clearTimeout(id);
const id2 = setTimeout(() => console.log('cleared by string: should not print'), 10);
clearTimeout(String(+id2));
// an unref'd timer alone does not keep the process alive
setTimeout(() => console.log('unref timer: should not print'), 100000).unref();
const i = setImmediate(() => console.log('immediate ran'));
console.log('immediate hasRef', i.hasRef());
setTimeout((a, b) => console.log('args', a, b), 20, 'x', 42);  // after the immediate
try { setTimeout('nope'); } catch (e) { console.log(e.code, e.name); }
process.on('exit', (code) => console.log('exit', code));
