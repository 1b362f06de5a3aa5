'use strict';
// Histograms of perf_hooks: Histogram (read side), RecordableHistogram (createHistogram) and
// IntervalHistogram (monitorEventLoopDelay). Values are integers (nanoseconds for the event-loop
// monitor) kept in an HdrHistogram-shaped store (internal/perf/hdr.js).
const { Hdr, INT64_MAX } = require('internal/perf/hdr');
const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { validateInteger, validateNumber, validateObject, kValidateObjectAllowNullable } =
  require('internal/validators');

const kHdr = Symbol('kHdr');
const kExceeds = Symbol('kExceeds');
const kPrev = Symbol('kPrev');
const kRecordable = Symbol('kRecordable');
const kSkip = Symbol('kSkip');
const kInspect = Symbol.for('nodejs.util.inspect.custom');
const { hrtime } = internalBinding('process');

function hdrOf(h) {
  if (h == null || h[kHdr] === undefined) throw new ERR_INVALID_THIS('Histogram');
  return h[kHdr];
}

function toBig(n) { return n === INT64_MAX ? 9223372036854775807n : BigInt(n); }

class Histogram {
  constructor(skip, lowest = 1, highest = Number.MAX_SAFE_INTEGER, figures = 3) {
    if (skip !== kSkip) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kHdr] = new Hdr(lowest, highest, figures);
    this[kExceeds] = 0;
  }

  get count() { return hdrOf(this).total; }
  get countBigInt() { return BigInt(hdrOf(this).total); }
  get min() { return hdrOf(this).min(); }
  get minBigInt() { return toBig(hdrOf(this).min()); }
  get max() { return hdrOf(this).max(); }
  get maxBigInt() { return toBig(hdrOf(this).max()); }
  get mean() { return hdrOf(this).moments().mean; }
  get stddev() { return hdrOf(this).moments().stddev; }
  get skewness() { return hdrOf(this).moments().skewness; }
  get kurtosis() { return hdrOf(this).moments().kurtosis; }
  get exceeds() { hdrOf(this); return this[kExceeds]; }
  get exceedsBigInt() { hdrOf(this); return BigInt(this[kExceeds]); }

  percentile(percentile) {
    const hdr = hdrOf(this);
    validateNumber(percentile, 'percentile');
    if (!(percentile > 0 && percentile <= 100)) {
      throw new ERR_OUT_OF_RANGE('percentile', '> 0 && <= 100', percentile);
    }
    return hdr.valueAtPercentile(percentile);
  }

  percentileBigInt(percentile) { return BigInt(this.percentile(percentile)); }

  get percentiles() { return new Map(hdrOf(this).percentiles()); }
  get percentilesBigInt() {
    return new Map(hdrOf(this).percentiles().map(([k, v]) => [k, BigInt(v)]));
  }

  reset() {
    hdrOf(this).reset();
    this[kExceeds] = 0;
    this[kPrev] = undefined;
  }

  toJSON() {
    const m = hdrOf(this).moments();
    return {
      count: this.count, min: this.min, max: this.max, mean: m.mean, exceeds: this.exceeds,
      stddev: m.stddev, skewness: m.skewness, kurtosis: m.kurtosis,
      ewmaMean: 0, ewmaStddev: 0, ewmaErrorRate: 0,
      percentiles: Object.fromEntries(hdrOf(this).percentiles()),
    };
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    const m = hdrOf(this).moments();
    return `Histogram ${inspect({
      min: this.min, max: this.max, mean: m.mean, exceeds: this.exceeds, stddev: m.stddev,
      skewness: m.skewness, kurtosis: m.kurtosis, count: this.count, percentiles: this.percentiles,
    }, opts)}`;
  }
}

function recordInto(h, value) {
  if (!h[kHdr].record(value)) h[kExceeds]++;
}

class RecordableHistogram extends Histogram {
  constructor(skip, ...args) {
    if (skip !== kSkip) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(kSkip, ...args);
    this[kRecordable] = true;
  }

  record(val) {
    if (this == null || this[kRecordable] === undefined) throw new ERR_INVALID_THIS('RecordableHistogram');
    if (typeof val === 'bigint') {
      recordInto(this, Number(val));
      return;
    }
    validateInteger(val, 'val', 1);
    recordInto(this, val);
  }

  recordDelta() {
    if (this == null || this[kRecordable] === undefined) throw new ERR_INVALID_THIS('RecordableHistogram');
    const now = hrtime();
    if (this[kPrev] !== undefined) recordInto(this, Number(now - this[kPrev]));
    this[kPrev] = now;
  }

  add(other) {
    if (this == null || this[kRecordable] === undefined) throw new ERR_INVALID_THIS('RecordableHistogram');
    if (!(other instanceof RecordableHistogram)) {
      throw new ERR_INVALID_ARG_TYPE('other', 'RecordableHistogram', other);
    }
    for (const [low, n] of other[kHdr].counts) {
      if (!this[kHdr].record(low, n)) this[kExceeds] += n;
    }
    this[kExceeds] += other[kExceeds];
  }
}

function createHistogram(options = {}) {
  validateObject(options, 'options');
  const { lowest = 1, highest = Number.MAX_SAFE_INTEGER, figures = 3 } = options;
  const toNum = (v, name, min) => {
    if (typeof v === 'bigint') return Number(v);
    validateInteger(v, name, min);
    return v;
  };
  const lo = toNum(lowest, 'options.lowest', 1);
  const hi = toNum(highest, 'options.highest', 1);
  if (hi < 2 * lo) {
    throw new ERR_OUT_OF_RANGE('options.highest', `>= 2 * options.lowest (${BigInt(lo) * 2n}n)`, highest);
  }
  validateInteger(figures, 'options.figures', 1, 5);
  return new RecordableHistogram(kSkip, lo, hi, figures);
}

// monitorEventLoopDelay: an unref'd interval timer records the time between its own runs (ns).
const kTimer = Symbol('kTimer');
const kResolution = Symbol('kResolution');

class IntervalHistogram extends Histogram {
  constructor(skip, resolution) {
    if (skip !== kSkip) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(kSkip);
    this[kResolution] = resolution;
    this[kTimer] = undefined;
  }

  enable() {
    hdrOf(this);
    if (this[kTimer] !== undefined) return false;
    // A timer re-armed after each run: the time between two runs is resolution + delay.
    const { setTimeout } = require('timers');
    const tick = () => {
      const now = hrtime();
      recordInto(this, Math.max(1, Number(now - this[kPrev])));
      this[kPrev] = now;
      this[kTimer] = setTimeout(tick, this[kResolution]).unref();
    };
    this[kPrev] = hrtime();
    this[kTimer] = setTimeout(tick, this[kResolution]).unref();
    return true;
  }

  disable() {
    hdrOf(this);
    if (this[kTimer] === undefined) return false;
    require('timers').clearTimeout(this[kTimer]);
    this[kTimer] = undefined;
    return true;
  }

  [Symbol.dispose]() { this.disable(); }
}

function monitorEventLoopDelay(options = {}) {
  validateObject(options, 'options', kValidateObjectAllowNullable);
  const { resolution = 10 } = options ?? {};
  validateInteger(resolution, 'options.resolution', 1);
  return new IntervalHistogram(kSkip, resolution);
}

function isRecordableHistogram(v) {
  return v != null && typeof v === 'object' && v[kRecordable] === true;
}

module.exports = {
  Histogram, RecordableHistogram, IntervalHistogram, createHistogram, monitorEventLoopDelay,
  isRecordableHistogram,
};
