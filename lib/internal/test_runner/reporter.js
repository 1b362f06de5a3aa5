'use strict';
// The spec-style reporter of protoJS's node:test, shaped like Node 24's default `spec`
// reporter on a non-TTY stream. Lines are written as tests finish; the summary and the list
// of failures come at the end, followed by protoJS's own final line "N passed, N failed".

const { inspect, formatLocation } = require('internal/test_runner/utils');

const kPass = '\u2714'; // ✔
const kFail = '\u2716'; // ✖
const kSkip = '\ufe63'; // ﹣
const kTodoFail = '\u26a0'; // ⚠
const kSuite = '\u25b6'; // ▶
const kInfo = '\u2139'; // ℹ

function write(text) {
  process.stdout.write(text);
}

function formatDuration(ms) {
  return `${Number(ms.toFixed(6))}ms`;
}

class SpecReporter {
  constructor() {
    this.failures = [];
    this.counts = { tests: 0, suites: 0, pass: 0, fail: 0, cancelled: 0, skipped: 0, todo: 0 };
    this.suiteFailures = 0;
    this.headersPrinted = new WeakSet();
  }

  // Prints "▶ name" for every ancestor that has not announced itself yet.
  printHeaders(test) {
    const chain = [];
    for (let p = test.parent; p !== null && !p.isRoot; p = p.parent) {
      if (this.headersPrinted.has(p)) break;
      chain.push(p);
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const p = chain[i];
      this.headersPrinted.add(p);
      write(`${'  '.repeat(p.depth)}${kSuite} ${p.name}\n`);
    }
  }

  // The result line of a finished test, without indentation.
  resultLine(test) {
    let symbol;
    switch (test.status) {
      case 'pass': symbol = kPass; break;
      case 'skip': symbol = kSkip; break;
      case 'todo': symbol = test.error === undefined ? kPass : kTodoFail; break;
      default: symbol = kFail;
    }
    let line = `${symbol} ${test.name}`;
    if (test.startTime !== undefined) line += ` (${formatDuration(test.duration)})`;
    if (test.status === 'skip') {
      line += ` # ${test.skip === true || test.skip === undefined ? 'SKIP' : test.skip}`;
    } else if (test.todo !== false && test.todo !== undefined) {
      line += ` # ${test.todo === true ? 'TODO' : test.todo}`;
    }
    return line;
  }

  testFinished(test) {
    this.printHeaders(test);
    const indent = '  '.repeat(test.depth);
    const line = this.resultLine(test);
    write(`${indent}${line}\n`);
    for (const message of test.diagnostics) write(`${indent}${kInfo} ${message}\n`);
    this.count(test);
    if (test.error !== undefined && test.failureType !== 'subtestsFailed') {
      this.failures.push({ test, line });
    }
  }

  count(test) {
    const c = this.counts;
    if (test.isSuite) {
      c.suites++;
      if (test.status === 'fail' && test.failureType !== 'subtestsFailed') this.suiteFailures++;
      return;
    }
    c.tests++;
    switch (test.status) {
      case 'pass': c.pass++; break;
      case 'fail': c.fail++; break;
      case 'cancelled': c.cancelled++; break;
      case 'skip': c.skipped++; break;
      case 'todo': c.todo++; break;
    }
  }

  // Diagnostics attached to the root (e.g. errors raised outside any test).
  rootDiagnostic(message) {
    write(`${kInfo} ${message}\n`);
  }

  summary(durationMs, outsideErrors) {
    const c = this.counts;
    write(`${kInfo} tests ${c.tests}\n`);
    write(`${kInfo} suites ${c.suites}\n`);
    write(`${kInfo} pass ${c.pass}\n`);
    write(`${kInfo} fail ${c.fail}\n`);
    write(`${kInfo} cancelled ${c.cancelled}\n`);
    write(`${kInfo} skipped ${c.skipped}\n`);
    write(`${kInfo} todo ${c.todo}\n`);
    write(`${kInfo} duration_ms ${Number(durationMs.toFixed(6))}\n`);
    if (this.failures.length > 0 || outsideErrors.length > 0) {
      write(`\n${kFail} failing tests:\n`);
      for (const { test, line } of this.failures) {
        write('\n');
        const where = formatLocation(test.loc);
        if (where !== undefined) write(`test at ${where}\n`);
        write(`${line}\n`);
        write(indentLines(describeError(test.error), '  ') + '\n');
      }
      for (const err of outsideErrors) {
        write(`\n${kFail} error outside of any test\n`);
        write(indentLines(describeError(err), '  ') + '\n');
      }
    }
    // protoJS's CI reads this line: it must stay the very last line of the report.
    // "failed" counts every real failure: failed and cancelled tests, suites failing on
    // their own (hooks, suite body) and errors raised outside any test.
    const failed = c.fail + c.cancelled + this.suiteFailures + outsideErrors.length;
    write(`${c.pass} passed, ${failed} failed\n`);
    return failed;
  }
}

function describeError(error) {
  try {
    return inspect(error);
  } catch {
    try { return String(error); } catch { return '[uninspectable error]'; }
  }
}

function indentLines(text, prefix) {
  return text.split('\n').map((l) => prefix + l).join('\n');
}

module.exports = { SpecReporter };
