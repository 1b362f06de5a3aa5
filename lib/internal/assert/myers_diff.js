'use strict';
// Line diff for AssertionError messages: Myers' O(ND) shortest edit script between the
// inspected lines of `actual` and `expected`, printed as "+ actual" / "- expected" lines with
// runs of unchanged lines collapsed.

const kNopLinesToCollapse = 5;

function linesEqual(a, b, checkCommaDisparity) {
  if (a === b) return true;
  // Objects printed one property per line differ only by a trailing comma when a property
  // was added or removed after them; treat those lines as unchanged.
  return checkCommaDisparity && (a + ',' === b || a === b + ',');
}

// Returns the edit script from the end to the start as [op, line] pairs,
// op is 'insert' (line only in actual), 'delete' (only in expected) or 'nop'.
function myersDiff(actual, expected, checkCommaDisparity = false) {
  const n = actual.length;
  const m = expected.length;
  const max = n + m;
  const v = new Int32Array(2 * max + 2);
  const snapshots = [];
  for (let d = 0; d <= max; d++) {
    snapshots.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      const idx = k + max;
      let x = (k === -d || (k !== d && v[idx - 1] < v[idx + 1])) ? v[idx + 1] : v[idx - 1] + 1;
      let y = x - k;
      while (x < n && y < m && linesEqual(actual[x], expected[y], checkCommaDisparity)) {
        x++;
        y++;
      }
      v[idx] = x;
      if (x >= n && y >= m) return backtrack(snapshots, actual, expected, checkCommaDisparity);
    }
  }
  return [];
}

function backtrack(snapshots, actual, expected, checkCommaDisparity) {
  const max = actual.length + expected.length;
  let x = actual.length;
  let y = expected.length;
  const script = [];
  for (let d = snapshots.length - 1; d >= 0; d--) {
    const v = snapshots[d];
    const k = x - y;
    const idx = k + max;
    const prevK = (k === -d || (k !== d && v[idx - 1] < v[idx + 1])) ? k + 1 : k - 1;
    const prevX = v[prevK + max];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      const line = actual[x - 1];
      // Show the variant carrying the comma so the printed object stays well-formed.
      const shown = checkCommaDisparity && !line.endsWith(',') ? expected[y - 1] : line;
      script.push(['nop', shown]);
      x--;
      y--;
    }
    if (d > 0) {
      if (x > prevX) {
        script.push(['insert', actual[x - 1]]);
        x--;
      } else {
        script.push(['delete', expected[y - 1]]);
        y--;
      }
    }
  }
  return script;
}

// Prints a script produced by myersDiff. Returns { message, skipped }.
function printMyersDiff(script, full = false) {
  let out = '';
  let skipped = false;
  let nops = 0;
  const last = script.length - 1;
  for (let i = last; i >= 0; i--) {
    const op = script[i][0];
    const line = script[i][1];
    if (!full && i < last && script[i + 1][0] === 'nop' && op !== 'nop') {
      // Leaving a run of unchanged lines: show its tail (or a "..." marker).
      if (nops === kNopLinesToCollapse + 1) {
        out += `  ${script[i + 1][1]}\n`;
      } else if (nops === kNopLinesToCollapse + 2) {
        out += `  ${script[i + 2][1]}\n  ${script[i + 1][1]}\n`;
      } else if (nops >= kNopLinesToCollapse + 3) {
        out += `...\n  ${script[i + 1][1]}\n`;
        skipped = true;
      }
      nops = 0;
    }
    if (op === 'insert') {
      out += `+ ${line}\n`;
    } else if (op === 'delete') {
      out += `- ${line}\n`;
    } else {
      if (full || nops < kNopLinesToCollapse) out += `  ${line}\n`;
      nops++;
    }
  }
  return { message: `\n${out.trimEnd()}`, skipped };
}

module.exports = { myersDiff, printMyersDiff };
