'use strict';
// MIME types (https://mimesniff.spec.whatwg.org/#parsing-a-mime-type): parse a Content-Type
// value to { type, subtype, essence, parameters }, and serialize one back.

const tokenRe = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// Quoted-string token code points: tab, space to ~, and 0x80-0xFF.
const quotedRe = /^[\t\u0020-\u007e\u0080-\u00ff]*$/;

function isHTTPWhitespace(c) {
  return c === '\r' || c === '\n' || c === '\t' || c === ' ';
}

function trimHTTPWhitespace(s) {
  let start = 0;
  let end = s.length;
  while (start < end && isHTTPWhitespace(s[start])) start++;
  while (end > start && isHTTPWhitespace(s[end - 1])) end--;
  return s.slice(start, end);
}

// Returns null on failure.
function parseMimeType(input) {
  input = trimHTTPWhitespace(input);
  let pos = input.indexOf('/');
  if (pos === -1) return null;
  const type = input.slice(0, pos);
  if (!tokenRe.test(type)) return null;
  pos++;
  let semi = input.indexOf(';', pos);
  if (semi === -1) semi = input.length;
  let subtype = input.slice(pos, semi);
  subtype = subtype.replace(/[\r\n\t ]+$/, '');
  if (!tokenRe.test(subtype)) return null;
  pos = semi;
  const mime = {
    type: type.toLowerCase(),
    subtype: subtype.toLowerCase(),
    parameters: new Map(),
    get essence() { return `${this.type}/${this.subtype}`; },
  };
  while (pos < input.length) {
    pos++;  // the ';'
    while (pos < input.length && isHTTPWhitespace(input[pos])) pos++;
    let end = pos;
    while (end < input.length && input[end] !== ';' && input[end] !== '=') end++;
    const name = input.slice(pos, end).toLowerCase();
    pos = end;
    if (pos < input.length) {
      if (input[pos] === ';') continue;
      pos++;  // the '='
    }
    if (pos >= input.length) break;
    let value;
    if (input[pos] === '"') {
      // An HTTP quoted string, extracting the value.
      value = '';
      pos++;
      while (pos < input.length) {
        const c = input[pos];
        if (c === '"') { pos++; break; }
        if (c === '\\') {
          pos++;
          if (pos >= input.length) { value += '\\'; break; }
        }
        value += input[pos];
        pos++;
      }
      while (pos < input.length && input[pos] !== ';') pos++;
    } else {
      end = input.indexOf(';', pos);
      if (end === -1) end = input.length;
      value = input.slice(pos, end).replace(/[\r\n\t ]+$/, '');
      pos = end;
      if (value === '') continue;
    }
    if (name !== '' && tokenRe.test(name) && quotedRe.test(value) && !mime.parameters.has(name)) {
      mime.parameters.set(name, value);
    }
  }
  return mime;
}

function serializeMimeType(mime) {
  let out = mime.essence;
  for (let [name, value] of mime.parameters) {
    if (!tokenRe.test(value) || value === '') value = `"${value.replace(/(["\\])/g, '\\$1')}"`;
    out += `;${name}=${value}`;
  }
  return out;
}

module.exports = { parseMimeType, serializeMimeType };
