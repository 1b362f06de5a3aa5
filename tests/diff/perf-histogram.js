'use strict';
// perf_hooks histograms compared with Node 24: HdrHistogram bucketing, percentiles, errors.
const { createHistogram, monitorEventLoopDelay } = require('perf_hooks');
const util = require('util');

// skewness and kurtosis are compared to 10 digits: the last bits depend on summation order.
const r10 = (n) => Number(n.toPrecision(10));
function dump(h) {
  console.log(h.count, h.min, h.max, h.mean, h.stddev, h.exceeds, r10(h.skewness), r10(h.kurtosis));
  console.log(util.inspect(h.percentiles), util.inspect(h.percentilesBigInt));
  console.log(h.minBigInt, h.maxBigInt, h.countBigInt, h.exceedsBigInt);
  const j = h.toJSON();
  j.skewness = r10(j.skewness);
  j.kurtosis = r10(j.kurtosis);
  console.log(JSON.stringify(j));
}
function show(fn) {
  try { console.log('ok', util.inspect(fn())); } catch (e) { console.log(e.name, e.code, e.message); }
}

const h1 = createHistogram();
dump(h1);
for (let i = 1; i <= 10; i++) h1.record(i);
dump(h1);
console.log(util.inspect(h1).replace(/kurtosis: [-\d.e]+/, 'kurtosis: K'));
for (const p of [0.0001, 1, 10, 50, 75, 90, 99, 99.9, 100]) console.log(p, h1.percentile(p), h1.percentileBigInt(p));

const h2 = createHistogram();
for (let i = 0; i < 1000; i++) h2.record(i * i + 1);
dump(h2);
for (const p of [1, 25, 50, 99, 100]) console.log(p, h2.percentile(p));

const h3 = createHistogram();
for (const v of [1, 2047, 2048, 2049, 4095, 4096, 123456789, 2 ** 40 + 12345]) h3.record(v);
h3.record(77n);
dump(h3);

const h4 = createHistogram({ lowest: 10, highest: 1000, figures: 1 });
for (const v of [5, 10, 11, 150, 999, 1000, 5000, 100000]) h4.record(v);
dump(h4);

const h5 = createHistogram({ figures: 5 });
for (let i = 1; i < 500; i += 7) h5.record(i * 997);
dump(h5);

const sum = createHistogram();
sum.record(5);
sum.add(h1);
dump(sum);
sum.reset();
dump(sum);

const d = createHistogram();
d.recordDelta();
console.log(d.count);
d.recordDelta();
console.log(d.count, d.min > 0);

show(() => h1.percentile(0));
show(() => h1.percentile(101));
show(() => h1.percentile('5'));
show(() => h1.record(0));
show(() => h1.record(1.5));
show(() => h1.record('1'));
show(() => h1.add({}));
show(() => createHistogram({ lowest: 0 }));
show(() => createHistogram({ lowest: 10, highest: 15 }));
show(() => createHistogram({ figures: 6 }));
show(() => createHistogram(5));
show(() => monitorEventLoopDelay({ resolution: 0 }));
show(() => monitorEventLoopDelay({ resolution: 'x' }));
show(() => createHistogram().record.call({}, 1));

const eld = monitorEventLoopDelay({ resolution: 1 });
console.log(typeof eld.enable, eld.record, eld.enable(), eld.enable());
setTimeout(() => {
  console.log(eld.disable(), eld.disable(), eld.count > 0, eld.min > 0, eld.max >= eld.min);
  eld.reset();
  console.log(eld.count);
}, 30);
