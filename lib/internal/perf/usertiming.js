'use strict';
// User timing: PerformanceMark, PerformanceMeasure, performance.mark()/measure()/clear*().
const {
  codes: { ERR_MISSING_ARGS, ERR_PERFORMANCE_INVALID_TIMESTAMP, ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS },
} = require('internal/errors');
const { validateNumber, validateObject, kValidateObjectAllowNullable } = require('internal/validators');
const {
  PerformanceEntry, makeEntry, enqueue, clearBuffered, kSkip, kName, kStart, kDetail, entryCheck,
} = require('internal/perf/observe');
const { now, nodeTimingValue, nodeTimingNames } = require('internal/perf/clock');

const markTimes = new Map();

function cloneDetail(detail) {
  if (detail == null) return null;
  return require('internal/structured_clone').structuredClone(detail);
}

class PerformanceMark extends PerformanceEntry {
  constructor(name, options) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (options !== undefined) validateObject(options, 'options', kValidateObjectAllowNullable);
    const startTime = options?.startTime ?? now();
    validateNumber(startTime, 'startTime');
    if (startTime < 0) throw new ERR_PERFORMANCE_INVALID_TIMESTAMP(startTime);
    super(kSkip, name, 'mark', startTime, 0, cloneDetail(options?.detail));
    markTimes.set(name, startTime);
  }

  get detail() { entryCheck(this); return this[kDetail]; }
  toJSON() { return { ...super.toJSON(), detail: this[kDetail] }; }
}

class PerformanceMeasure extends PerformanceEntry {
  constructor(skip, ...args) {
    super(skip, ...args);
  }

  get detail() { entryCheck(this); return this[kDetail]; }
  toJSON() { return { ...super.toJSON(), detail: this[kDetail] }; }
}

function getMark(name) {
  if (name === undefined) return undefined;
  if (typeof name === 'number') {
    if (name < 0) throw new ERR_PERFORMANCE_INVALID_TIMESTAMP(name);
    return name;
  }
  name = `${name}`;
  if (nodeTimingNames.has(name)) return nodeTimingValue(name);
  const t = markTimes.get(name);
  if (t === undefined) {
    const { DOMException } = require('internal/events/domexception');
    throw new DOMException(`The "${name}" performance mark has not been set`, 'SyntaxError');
  }
  return t;
}

function mark(name, options) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
  const entry = new PerformanceMark(name, options);
  enqueue(entry);
  return entry;
}

function measure(name, startOrOptions, endMark) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
  name = `${name}`;
  let start, end, duration, detail;
  let optionsValid = false;
  if (startOrOptions !== null && typeof startOrOptions === 'object') {
    ({ start, end, duration, detail } = startOrOptions);
    optionsValid = start !== undefined || end !== undefined;
  }
  if (optionsValid) {
    if (endMark !== undefined) {
      throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS('endMark must not be specified');
    }
    if (start !== undefined && end !== undefined && duration !== undefined) {
      throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS(
        'Must not have options.start, options.end, and options.duration specified');
    }
  }
  let endTime;
  if (endMark !== undefined) endTime = getMark(endMark);
  else if (optionsValid && end !== undefined) endTime = getMark(end);
  else if (optionsValid && start !== undefined && duration !== undefined) {
    endTime = getMark(start) + getMark(duration);
  } else endTime = now();

  let startTime;
  if (typeof startOrOptions === 'string') startTime = getMark(startOrOptions);
  else if (optionsValid && start !== undefined) startTime = getMark(start);
  else if (optionsValid && duration !== undefined && end !== undefined) {
    startTime = endTime - getMark(duration);
  } else startTime = 0;

  const entry = makeEntry(PerformanceMeasure, name, 'measure', startTime, endTime - startTime,
                          cloneDetail(detail));
  enqueue(entry);
  return entry;
}

function clearMarks(name) {
  if (name !== undefined) {
    name = `${name}`;
    markTimes.delete(name);
  } else {
    markTimes.clear();
  }
  clearBuffered('mark', name);
}

function clearMeasures(name) {
  clearBuffered('measure', name === undefined ? undefined : `${name}`);
}

module.exports = { PerformanceMark, PerformanceMeasure, mark, measure, clearMarks, clearMeasures, kName, kStart };
