'use strict';
// Headers: inspect, sorted-and-combined iteration, Set-Cookie, validation errors (undici's).
const util = require('util');
const t = (label, f) => {
  try {
    console.log(label, 'ok', f());
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
};
const h = new Headers({ b: '2', a: '1', 'Set-Cookie': 'x=1' });
h.append('set-cookie', 'y=2');
h.append('a', '3');
console.log(h, [...h], h.getSetCookie());
console.log(util.inspect(new Headers()), String(h), Object.prototype.toString.call(h));
console.log(h.get('SET-COOKIE'), h.get('a'), h.get('nope'), h.has('B'), h.has('c'));
h.delete('set-cookie');
console.log(h.getSetCookie(), [...h.keys()], [...h.values()]);
h.set('A', 'z');
console.log(h, [...h.entries()]);
t('bad name', () => new Headers({ 'a b': '1' }));
t('bad value', () => new Headers({ a: '1\n2' }));
t('pair length', () => new Headers([['a']]));
t('pair length 3', () => new Headers([['a', 'b', 'c']]));
t('number init', () => new Headers(1));
t('string init', () => new Headers('x'));
t('string pair', () => new Headers(['ab']));
t('object pair', () => new Headers([{}]));
t('number pair', () => new Headers([1]));
t('symbol key', () => new Headers({ [Symbol()]: 'x' }));
t('bytestring', () => new Headers({ a: '\u0100' }));
t('empty name', () => new Headers().append('', 'x'));
t('append bad', () => h.append('a b', 'c'));
t('get bad', () => h.get('a b'));
t('get none', () => h.get());
t('append one', () => h.append('a'));
t('has bad', () => h.has('a b'));
t('delete bad', () => h.delete('a b'));
t('set nul', () => h.set('x', '\0'));
t('foreign this', () => Headers.prototype.get.call({}, 'a'));
t('trim', () => JSON.stringify(new Headers({ a: ' x\t ' }).get('a')));
t('cookie join', () => new Headers([['cookie', 'a'], ['Cookie', 'b']]).get('cookie'));
t('set-cookie get', () => new Headers([['Set-Cookie', 'a'], ['set-cookie', 'b'], ['x', '1']]).get('set-cookie'));
t('from headers', () => [...new Headers(new Headers([['Set-Cookie', 'a'], ['set-cookie', 'b']]))]);
t('from map', () => [...new Headers(new Map([['k', 'v']]))]);
// Iteration is live over the sorted list.
const hh = new Headers({ c: '1' });
for (const [k, v] of hh) {
  hh.append('a', 'z');
  console.log('iter', k, v);
}
hh.forEach(function(v, k, o) { console.log('forEach', v, k, o === hh, typeof this); }, 'T');
console.log(Object.prototype.toString.call(hh.entries()), util.inspect(hh.keys()));
console.log(Object.getPrototypeOf(Object.getPrototypeOf(hh.entries())) ===
            Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
console.log(Object.getOwnPropertyNames(Headers.prototype), Headers.length, Headers.name);
console.log(Object.getOwnPropertyDescriptor(Headers.prototype, 'append'));
console.log(Object.getOwnPropertyDescriptor(Headers.prototype, Symbol.iterator).value === Headers.prototype.entries);
console.log(Object.getOwnPropertyDescriptor(globalThis, 'Headers').enumerable);
