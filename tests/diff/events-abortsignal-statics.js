'use strict';
// AbortSignal.abort/timeout/any compared with Node 24.
const util = require('util');
function show(f) { try { const r = f(); console.log('ok', util.inspect(r)); } catch (e) { console.log(e.name, e.code, e.message); } }
const s1 = AbortSignal.abort();
console.log(s1.aborted, s1.reason.name, s1.reason.message, s1.reason.code);
const s2 = AbortSignal.abort('why'); console.log(s2.reason);
show(() => AbortSignal.timeout(-1));
show(() => AbortSignal.timeout('x'));
show(() => AbortSignal.any(5));
show(() => AbortSignal.any([5]));
const t = AbortSignal.timeout(5);
t.addEventListener('abort', () => console.log('timeout abort', t.reason.name, t.reason.message, t.reason.code));
const c1 = new AbortController(); const c2 = new AbortController();
const any = AbortSignal.any([c1.signal, c2.signal]);
any.onabort = () => console.log('any aborted', any.reason);
c2.abort('second'); c1.abort('first');
console.log(AbortSignal.any([AbortSignal.abort('pre')]).reason);
const dep = AbortSignal.any([t]); dep.addEventListener('abort', () => console.log('dep', dep.reason.name));
show(() => new AbortSignal());
show(() => { const c = new AbortController(); c.signal.throwIfAborted(); c.abort(); c.signal.throwIfAborted(); });
console.log(util.inspect(new AbortController()), util.inspect(AbortSignal.abort()));
const ac = new AbortController(); ac.abort(); ac.abort('again'); console.log(ac.signal.reason.name);
setTimeout(() => console.log('end', t.aborted), 30);
