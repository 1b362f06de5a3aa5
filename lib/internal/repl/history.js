'use strict';
// REPL history on disk, as Node keeps it: one entry a line, newest first. The file is
// NODE_REPL_HISTORY (an empty value turns saving off), by default ~/.protojs_repl_history;
// NODE_REPL_HISTORY_SIZE entries at most (default 1000).
const fsb = internalBinding('fs');
const path = require('path');

function historyFile() {
  const env = process.env.NODE_REPL_HISTORY;
  if (env !== undefined) return env.trim() === '' ? null : env;
  const home = process.env.HOME;
  return home ? path.join(home, '.protojs_repl_history') : null;
}

function historySize() {
  const n = Number(process.env.NODE_REPL_HISTORY_SIZE);
  return Number.isInteger(n) && n >= 0 ? n : 1000;
}

function loadHistory(file, size) {
  if (file === null) return [];
  try {
    return fsb.readFileUtf8(file).split(/\r?\n/).filter((l) => l !== '').slice(0, size);
  } catch {
    return [];  // no history yet, or unreadable: start empty as Node does
  }
}

// Returns an error to report once, or undefined.
function saveHistory(file, entries) {
  if (file === null) return undefined;
  try {
    fsb.writeFileUtf8(file, entries.join('\n'), 0o600);
    return undefined;
  } catch (err) {
    return err;
  }
}

module.exports = { historyFile, historySize, loadHistory, saveHistory };
