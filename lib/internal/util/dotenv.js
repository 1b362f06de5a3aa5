'use strict';
// util.parseEnv(content): the parser of Node's .env files (src/node_dotenv.cc), rewritten.
// Line by line: `KEY=value`, an optional `export ` before the key, values in '', "" or ``
// quotes (which may span lines; "\n" is expanded in double quotes only), a `#` comment
// after an unquoted value. "\r" is dropped everywhere. Later keys override earlier ones.
// The result's keys are in code point order, as Node's std::map gives them.

const { validateString } = require('internal/validators');

function isSpace(code) {
  return code === 32 || code === 9 || code === 10; // ' ', '\t', '\n'
}

function trimSpaces(str) {
  let start = 0;
  let end = str.length;
  while (start < end && isSpace(str.charCodeAt(start))) start++;
  while (end > start && isSpace(str.charCodeAt(end - 1))) end--;
  return str.slice(start, end);
}

function compareCodePoints(a, b) {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const ca = a.codePointAt(i);
    const cb = b.codePointAt(i);
    if (ca !== cb) return ca - cb;
    if (ca > 0xffff) i++;
  }
  return a.length - b.length;
}

// Everything after the line break following `from`, or '' when there is none.
function afterLine(str, from = 0) {
  const newline = str.indexOf('\n', from);
  return newline === -1 ? '' : str.slice(newline + 1);
}

function parseContent(input) {
  const store = new Map();
  let content = trimSpaces(input.replaceAll('\r', ''));
  while (content.length > 0) {
    // Empty lines and comments.
    if (content[0] === '\n' || content[0] === '#') {
      content = afterLine(content);
      continue;
    }
    const equal = content.indexOf('=');
    const newline = content.indexOf('\n');
    // A line without '=' is skipped.
    if (equal === -1 || (newline !== -1 && newline < equal)) {
      if (newline === -1) break;
      content = trimSpaces(content.slice(newline + 1));
      continue;
    }
    let key = trimSpaces(content.slice(0, equal));
    content = content.slice(equal + 1);
    if (content.length === 0 || content[0] === '\n') {
      store.set(key, '');
      continue;
    }
    content = trimSpaces(content);
    // An empty key skips only the key: the value is read as the next line.
    if (key.length === 0) continue;
    if (key.startsWith('export ')) key = trimSpaces(key.slice(7));

    const quote = content[0];
    if (quote === '"') {
      const closing = content.indexOf('"', 1);
      if (closing !== -1) {
        store.set(key, content.slice(1, closing).replaceAll('\\n', '\n'));
        content = afterLine(content, closing + 1);
        continue;
      }
    }
    if (quote === '"' || quote === '\'' || quote === '`') {
      const closing = content.indexOf(quote, 1);
      if (closing === -1) {
        // Unterminated: the rest of the line, quote included.
        const end = content.indexOf('\n');
        if (end === -1) {
          store.set(key, content);
          break;
        }
        store.set(key, content.slice(0, end));
        content = content.slice(end + 1);
      } else {
        store.set(key, content.slice(1, closing));
        content = afterLine(content, closing + 1);
        continue;
      }
    } else {
      const end = content.indexOf('\n');
      let value = end === -1 ? content : content.slice(0, end);
      const hash = value.indexOf('#');
      if (hash !== -1) value = value.slice(0, hash);
      store.set(key, trimSpaces(value));
      content = end === -1 ? '' : content.slice(end + 1);
    }
    content = trimSpaces(content);
  }
  return store;
}

function parseEnv(content) {
  validateString(content, 'content');
  const store = parseContent(content);
  const result = {};
  for (const key of [...store.keys()].sort(compareCodePoints)) result[key] = store.get(key);
  return result;
}

module.exports = { parseEnv };
