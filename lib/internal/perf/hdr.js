'use strict';
// A high-dynamic-range histogram with the bucket layout of HdrHistogram (which Node's histograms
// use), so min/max/mean/percentiles come out exactly as Node's: values are kept with `figures`
// significant decimal digits; only buckets that hold values are stored (a Map keyed by the
// bucket's lowest value), so memory follows the number of distinct buckets, not the range.

const INT64_MAX = 9223372036854775807;  // as a double, the value Node reports for an empty min

function bitLength(v) {
  let n = 0;
  while (v >= 4294967296) { v = Math.floor(v / 4294967296); n += 32; }
  return n + 32 - Math.clz32(v);
}

class Hdr {
  constructor(lowest, highest, figures) {
    const largestSingleUnit = 2 * 10 ** figures;
    const subBucketCountMagnitude = Math.ceil(Math.log2(largestSingleUnit));
    this.subHalfMag = subBucketCountMagnitude > 1 ? subBucketCountMagnitude - 1 : 0;
    this.unitMag = Math.floor(Math.log2(lowest));
    this.subCount = 2 ** (this.subHalfMag + 1);
    this.subHalf = this.subCount / 2;
    this.subMask = (this.subCount - 1) * 2 ** this.unitMag;
    let untrackable = this.subCount * 2 ** this.unitMag;
    let buckets = 1;
    while (untrackable <= highest) {
      if (untrackable > INT64_MAX / 2) { buckets++; break; }
      untrackable *= 2;
      buckets++;
    }
    this.countsLen = (buckets + 1) * this.subHalf;
    this.reset();
  }

  reset() {
    this.counts = new Map();
    this.total = 0;
    this.minValue = INT64_MAX;
    this.maxValue = 0;
  }

  // Index of the bucket holding v: the bit length of (v | subMask) beyond the sub-bucket bits.
  bucketOf(v) {
    return bitLength(Math.max(v, this.subMask)) - (this.unitMag + this.subHalfMag + 1);
  }

  record(v, n = 1) {
    if (v < 0) return false;
    const bucket = this.bucketOf(v);
    const shift = 2 ** (bucket + this.unitMag);
    const sub = Math.floor(v / shift);
    const index = (bucket + 1) * this.subHalf + (sub - this.subHalf);
    if (index < 0 || index >= this.countsLen) return false;
    const low = sub * shift;
    this.counts.set(low, (this.counts.get(low) || 0) + n);
    this.total += n;
    if (v !== 0 && v < this.minValue) this.minValue = v;
    if (v > this.maxValue) this.maxValue = v;
    return true;
  }

  lowestEquivalent(v) {
    const bucket = this.bucketOf(v);
    const shift = 2 ** (bucket + this.unitMag);
    return Math.floor(v / shift) * shift;
  }

  rangeSize(v) {
    const bucket = this.bucketOf(v);
    const sub = Math.floor(v / 2 ** (bucket + this.unitMag));
    return 2 ** (this.unitMag + (sub >= this.subCount ? bucket + 1 : bucket));
  }

  highestEquivalent(v) { return this.lowestEquivalent(v) + this.rangeSize(v) - 1; }
  medianEquivalent(v) { return this.lowestEquivalent(v) + Math.floor(this.rangeSize(v) / 2); }

  sorted() { return [...this.counts.keys()].sort((a, b) => a - b); }

  min() {
    if (this.counts.get(0) > 0) return 0;
    if (this.minValue === INT64_MAX) return INT64_MAX;
    return this.lowestEquivalent(this.minValue);
  }

  max() { return this.maxValue === 0 ? 0 : this.highestEquivalent(this.maxValue); }

  moments() {
    if (this.total === 0) return { mean: NaN, stddev: NaN, skewness: 0, kurtosis: 0 };
    const keys = this.sorted();
    let sum = 0;
    for (const k of keys) sum += this.counts.get(k) * this.medianEquivalent(k);
    const mean = sum / this.total;
    let m2 = 0, m3 = 0, m4 = 0;
    for (const k of keys) {
      const c = this.counts.get(k);
      const d = this.medianEquivalent(k) - mean;
      m2 += d * d * c;
      m3 += d * d * d * c;
      m4 += d * d * d * d * c;
    }
    const stddev = Math.sqrt(m2 / this.total);
    return {
      mean,
      stddev,
      skewness: stddev === 0 ? 0 : m3 / this.total / (stddev * stddev * stddev),
      kurtosis: stddev === 0 ? 0 : m4 / this.total / (stddev * stddev * stddev * stddev) - 3,
    };
  }

  valueAtPercentile(p) {
    const requested = p < 100 ? p : 100;
    const want = Math.max(Math.trunc((requested / 100) * this.total + 0.5), 1);
    let seen = 0;
    let value = 0;
    for (const k of this.sorted()) {
      seen += this.counts.get(k);
      value = k;
      if (seen >= want) break;
    }
    if (seen < want) value = 0;
    return p === 0 ? this.lowestEquivalent(value) : this.highestEquivalent(value);
  }

  // HdrHistogram's percentile iteration with one tick per half distance: [[percentile, value]].
  percentiles() {
    const out = [];
    const keys = this.sorted();
    let target = 0;
    let cumulative = 0;
    let value = 0;
    let i = 0;
    while (cumulative < this.total && i < keys.length) {
      const k = keys[i++];
      const c = this.counts.get(k);
      cumulative += c;
      value = k;
      if (c === 0) continue;
      const current = (100 * cumulative) / this.total;
      while (target <= current && cumulative <= this.total) {
        out.push([target, value]);
        const ticks = 2 ** (Math.trunc(Math.log(100 / (100 - target)) / Math.log(2)) + 1);
        target += 100 / ticks;
        if (cumulative >= this.total) break;
      }
    }
    out.push([100, value]);
    return out;
  }
}

module.exports = { Hdr, INT64_MAX };
