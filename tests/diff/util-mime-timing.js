'use strict';
// Differential: util.MIMEType / util.MIMEParams (WHATWG MIME parsing and serialization) and
// util.debounce / util.throttle (call order and results, not timings) (compared with Node 24).
const util = require('util');
const { MIMEType, MIMEParams } = util;
const t = (label, f) => {
  let out;
  try {
    const r = f();
    out = typeof r === 'string' ? JSON.stringify(r) : util.inspect(r, { breakLength: Infinity });
  } catch (e) {
    out = `throws ${e.name} ${e.code} ${JSON.stringify(e.message)}`;
  }
  console.log(`${label}: ${out}`);
};

// ---- MIMEType parsing
const inputs = [
  'text/html', 'TEXT/HTML', 'text/html;charset=utf-8', 'text/html; charset=UTF-8',
  '  text/plain  ', 'text/plain;', 'text/plain;;;a=b', 'application/json; charset="utf-8"',
  'text/html;charset="quoted \\"value\\""', 'text/html;charset="unterminated',
  'text/html;charset="trailing\\', 'text/html;charset="a"junk;b=c', 'text/html;charset="a"xy=z',
  'text/html;a=1;a=2;A=3', 'text/html;empty=;b=2', 'text/html;=novalue;c=3', 'text/html;noequals;d=4',
  'text/html;Key=Value', 'text/html;k=v v', 'text/html;k="v v"', 'text/html;k=\u00e9', 'text/html;k="\u0100"',
  'text/html;k=v;', 'text/html ; k=v', 'text/html;k =v', 'text/html;k= v', 'text/html;k=v ',
  'image/svg+xml', 'application/vnd.api+json;version=2', 'multipart/form-data; boundary=----x',
  'a/b;c="d;e";f=g', 'x/y;p="\\\\"', 'x/y;p=""', 'x/y;p="" ', "x/y;p='single'",
  '', '/', 'text', 'text/', '/html', 'te xt/html', 'text/ht ml', 'text/html\u0000', 'tëxt/html',
  'text/(html)', '\ttext/html\r\n', 'text/html;\u0000=1', '*/*', 'text/*',
];
for (const input of inputs) {
  t(`MIMEType(${JSON.stringify(input)})`, () => {
    const m = new MIMEType(input);
    return [m.type, m.subtype, m.essence, [...m.params], String(m), JSON.stringify(m)];
  });
  t(`MIMEType.parse(${JSON.stringify(input)})`, () => {
    const m = MIMEType.parse(input);
    return m === null ? null : String(m);
  });
}
t('MIMEType(undefined)', () => new MIMEType(undefined));
t('MIMEType({ toString })', () => String(new MIMEType({ toString() { return 'a/b;c=d'; } })));
t('MIMEType bad second arg', () => new MIMEType('a/b', 1));

// ---- MIMEType setters and params
{
  const m = new MIMEType('text/html;charset=utf-8;x=y');
  t('set type', () => { m.type = 'Application'; return String(m); });
  t('set bad type', () => { m.type = 'a b'; });
  t('set empty subtype', () => { m.subtype = ''; });
  t('set subtype', () => { m.subtype = 'XHTML+XML'; return String(m); });
  t('params.get', () => [m.params.get('charset'), m.params.get('CHARSET'), m.params.get('missing')]);
  t('params.has', () => [m.params.has('x'), m.params.has('nope')]);
  t('params.set', () => { m.params.set('Q', 'needs quoting; yes'); return String(m); });
  t('params.set empty', () => { m.params.set('e', ''); return String(m); });
  t('params.set quote', () => { m.params.set('qq', 'a"b\\c'); return String(m); });
  t('params.set bad name', () => m.params.set('a b', 'v'));
  t('params.set empty name', () => m.params.set('', 'v'));
  t('params.set bad value', () => m.params.set('v', 'line\nbreak'));
  t('params.set non-latin1', () => m.params.set('v', '\u0100'));
  t('params.delete', () => { m.params.delete('X'); return String(m); });
  t('params iteration', () => [[...m.params.keys()], [...m.params.values()], [...m.params.entries()]]);
  t('params spread', () => [...m.params]);
  t('params toJSON', () => JSON.stringify({ p: m.params }));
  t('params toString', () => m.params.toString());
  t('essence', () => m.essence);
  t('params identity', () => m.params === m.params);
  t('instanceof', () => [m instanceof MIMEType, m.params instanceof MIMEParams]);
  t('new MIMEParams', () => { const p = new MIMEParams(); p.set('a', 'b'); return [String(p), p.get('a')]; });
  t('empty MIMEParams', () => [String(new MIMEParams()), [...new MIMEParams()]]);
  t('inspect MIMEType', () => util.inspect(new MIMEType('a/b;c=d')));
  t('inspect MIMEParams', () => util.inspect(new MIMEParams()));
  t('prototype keys', () => [Object.getOwnPropertyNames(MIMEType.prototype), Object.getOwnPropertyNames(MIMEParams.prototype)]);
  t('static keys', () => [Object.getOwnPropertyNames(MIMEType).sort(), Object.getOwnPropertyNames(MIMEParams).sort()]);
}

// ---- debounce / throttle validation
t('debounce(1)', () => util.debounce(1));
t('debounce(fn, -1)', () => util.debounce(() => {}, -1));
t('debounce(fn, 1.5)', () => util.debounce(() => {}, 1.5));
t('debounce bad leading', () => util.debounce(() => {}, 1, { leading: 1 }));
t('debounce bad signal', () => util.debounce(() => {}, 1, { signal: {} }));
t('debounce aborted signal', () => util.debounce(() => {}, 1, { signal: AbortSignal.abort('why') }));
t('debounce shape', () => {
  const d = util.debounce(function named(a, b) {}, 1);
  return [d.name, d.length, Object.keys(d), d.pending, d.pendingCount];
});
t('throttle(fn, 0, 1)', () => util.throttle(() => {}, 0, 1));
t('throttle bad overflow', () => util.throttle(() => {}, 1, 1, { overflow: 'x' }));
t('throttle bad concurrency', () => util.throttle(() => {}, 1, 1, { concurrency: 0 }));
t('throttle bad strict', () => util.throttle(() => {}, 1, 1, { strict: 'yes' }));
t('throttle shape', () => {
  const th = util.throttle(function named(a) {}, 2, 10);
  return [th.name, th.length, Object.keys(th), th.pending, th.pendingCount, th.activeCount,
    th.hasImmediateCapacity()];
});

// ---- debounce / throttle behaviour (sequenced; only orders and values are printed)
async function behaviour() {
  const calls = [];
  const d = util.debounce((x) => { calls.push(x); return x * 10; }, 5);
  const results = await Promise.allSettled([d(1), d(2), d(3)]);
  console.log('debounce trailing', JSON.stringify(calls), JSON.stringify(results));

  calls.length = 0;
  const lead = util.debounce((x) => { calls.push(x); return x; }, 5, { leading: true });
  const r1 = lead('a');
  const r2 = lead('b');
  console.log('debounce leading', JSON.stringify(await Promise.allSettled([r1, r2])), JSON.stringify(calls));

  const rc = util.debounce((x) => x, 5, { rejectOnCancel: true });
  const s1 = rc(1);
  const s2 = rc(2);
  const settled = await Promise.allSettled([s1, s2]);
  console.log('debounce rejectOnCancel', settled.map((s) => s.status + ':' + (s.value ?? `${s.reason.name} ${s.reason.message}`)).join(' '));

  const cancelled = util.debounce((x) => x, 50);
  const c1 = cancelled(1);
  console.log('pending', cancelled.pendingCount, cancelled.pending === c1);
  cancelled.cancel('because');
  const cr = await Promise.allSettled([c1]);
  console.log('debounce cancel', cr[0].status, cr[0].reason.name, cr[0].reason.code, cr[0].reason.cause);

  const flushed = util.debounce((x) => `flushed ${x}`, 1000);
  const f1 = flushed('now');
  flushed.flush();
  console.log('debounce flush', await f1);

  const thrower = util.debounce(() => { throw new Error('inside'); }, 1);
  console.log('debounce throw', (await Promise.allSettled([thrower()]))[0].reason.message);

  const ac = new AbortController();
  const ab = util.debounce((x) => x, 50, { signal: ac.signal });
  const a1 = ab(1);
  ac.abort('stop');
  const ar = await Promise.allSettled([a1, ab(2)]);
  console.log('debounce abort', ar.map((s) => `${s.status} ${s.reason.name} ${s.reason.cause}`).join(' | '));

  const order = [];
  const th = util.throttle((x) => { order.push(x); return x * 2; }, 2, 20);
  const tr = await Promise.all([th(1), th(2), th(3), th(4)]);
  console.log('throttle queue', JSON.stringify(tr), JSON.stringify(order));

  const drop = util.throttle((x) => x, 1, 50, { overflow: 'drop' });
  const dr = await Promise.allSettled([drop(1), drop(2)]);
  console.log('throttle drop', dr.map((s) => s.status + ':' + (s.value ?? `${s.reason.code} ${s.reason.message}`)).join(' '));

  const maxp = util.throttle((x) => x, 1, 20, { maxPending: 1 });
  const mr = await Promise.allSettled([maxp(1), maxp(2), maxp(3)]);
  console.log('throttle maxPending', mr.map((s) => s.status + ':' + (s.value ?? s.reason.code)).join(' '));

  let active = 0;
  let peak = 0;
  const conc = util.throttle(async (x) => {
    active++;
    peak = Math.max(peak, active);
    await new Promise((resolve) => setTimeout(resolve, 5));
    active--;
    return x;
  }, 10, 1, { concurrency: 2 });
  const cres = await Promise.all([conc(1), conc(2), conc(3), conc(4)]);
  console.log('throttle concurrency', JSON.stringify(cres), 'peak', peak);

  const tc = util.throttle((x) => x, 1, 100);
  const t1 = tc(1);
  const t2 = tc(2);
  tc.cancel();
  const tcr = await Promise.allSettled([t1, t2]);
  console.log('throttle cancel', tcr.map((s) => s.status + ':' + (s.value ?? s.reason.name)).join(' '));

  const strict = util.throttle((x) => x, 2, 10, { strict: true });
  console.log('throttle strict', JSON.stringify(await Promise.all([strict('a'), strict('b'), strict('c')])));
}
behaviour().then(() => console.log('done'));
