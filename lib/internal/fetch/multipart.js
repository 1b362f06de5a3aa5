'use strict';
// multipart/form-data: serializing a FormData body (undici's byte layout and boundary form)
// and parsing one back in body.formData(), with undici's parse errors
// (TypeError 'Failed to parse body as FormData.' whose cause says what was wrong).

const { Buffer } = require('buffer');
const { kBytes } = require('internal/blob');
const { File } = require('internal/file');

const crlf = Buffer.from('\r\n');

function escapeName(s) {
  return s.replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22');
}
function normalizeLinefeeds(s) {
  return s.replace(/\r?\n|\r/g, '\r\n');
}

function randomBoundary() {
  const digits = `${Math.floor(Math.random() * 1e11)}`.padStart(11, '0');
  return `----formdata-undici-0${digits}`;
}

// entries: [name, string | File][] -> { bytes: Buffer, type }
function serializeMultipart(entries) {
  const boundary = randomBoundary();
  const prefix = `--${boundary}\r\nContent-Disposition: form-data`;
  const parts = [];
  for (const { 0: name, 1: value } of entries) {
    if (typeof value === 'string') {
      parts.push(Buffer.from(`${prefix}; name="${escapeName(normalizeLinefeeds(name))}"` +
                             `\r\n\r\n${normalizeLinefeeds(value)}\r\n`));
    } else {
      parts.push(Buffer.from(`${prefix}; name="${escapeName(normalizeLinefeeds(name))}"` +
                             (value.name ? `; filename="${escapeName(value.name)}"` : '') + '\r\n' +
                             `Content-Type: ${value.type || 'application/octet-stream'}\r\n\r\n`),
                 value[kBytes], crlf);
    }
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { bytes: Buffer.concat(parts), type: `multipart/form-data; boundary=${boundary}` };
}

function parsingError(cause) {
  return new TypeError('Failed to parse body as FormData.', { cause: new TypeError(cause) });
}

const tokenChars = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
function isTokenByte(c) {
  return c > 0x20 && c < 0x7f && !'()<>@,;:\\"/[]?={}'.includes(String.fromCharCode(c));
}

// input: Buffer; boundaryString: the boundary parameter, or undefined.
// Returns [name, string | File][].
function parseMultipart(input, boundaryString) {
  if (boundaryString === undefined) throw parsingError('missing boundary in content-type header');
  const boundary = Buffer.from(`--${boundaryString}`, 'utf8');
  const delimiter = Buffer.from(`\r\n--${boundaryString}`, 'utf8');
  const entries = [];
  let pos = input.indexOf(boundary);
  if (pos === -1) throw parsingError('no boundary found in multipart body');
  const decoder = new (require('internal/encoding').TextDecoder)('utf-8', { ignoreBOM: true });
  for (;;) {
    if (!input.subarray(pos, pos + boundary.length).equals(boundary)) {
      throw parsingError('expected a value starting with -- and the boundary');
    }
    pos += boundary.length;
    if (input[pos] === 0x2d && input[pos + 1] === 0x2d) return entries;  // closing `--`
    if (input[pos] !== 0x0d || input[pos + 1] !== 0x0a) throw parsingError('expected CRLF');
    pos += 2;
    const headers = { pos };
    const { name, filename, contentType, encoding } = parsePartHeaders(input, headers, decoder);
    pos = headers.pos + 2;
    const end = input.indexOf(delimiter, pos);
    if (end === -1) throw parsingError('expected boundary after body');
    let body = input.subarray(pos, end);
    pos = end + 2;
    if (encoding === 'base64') body = Buffer.from(body.toString('latin1'), 'base64');
    let value;
    if (filename !== null) {
      let type = contentType ?? 'text/plain';
      if (/[^\u0000-\u007f]/.test(type)) type = '';  // eslint-disable-line no-control-regex
      value = new File([body], filename, { type });
    } else {
      value = decoder.decode(body).toWellFormed();
    }
    entries.push([name, value]);
  }
}

function collect(input, state, predicate) {
  const start = state.pos;
  let i = start;
  while (i < input.length && predicate(input[i])) i++;
  state.pos = i;
  return input.subarray(start, i);
}

function trimTabSpace(bytes, leading) {
  let start = 0;
  let end = bytes.length;
  const ws = (c) => c === 0x09 || c === 0x20;
  if (leading) while (start < end && ws(bytes[start])) start++;
  while (end > start && ws(bytes[end - 1])) end--;
  return bytes.subarray(start, end);
}

function parsePartHeaders(input, state, decoder) {
  let name = null;
  let filename = null;
  let contentType = null;
  let encoding = null;
  for (;;) {
    if (input[state.pos] === 0x0d && input[state.pos + 1] === 0x0a) {
      if (name === null) throw parsingError('header name is null');
      return { name, filename, contentType, encoding };
    }
    const headerName = trimTabSpace(collect(input, state, (c) => c !== 0x0a && c !== 0x0d && c !== 0x3a), true)
      .toString('latin1');
    if (!tokenChars.test(headerName)) {
      throw parsingError('header name does not match the field-name token production');
    }
    if (input[state.pos] !== 0x3a) throw parsingError('expected :');
    state.pos++;
    collect(input, state, (c) => c === 0x20 || c === 0x09);
    switch (headerName.toLowerCase()) {
      case 'content-disposition': {
        name = filename = null;
        let extended = false;
        const kind = collect(input, state, isTokenByte).toString('latin1').toLowerCase();
        if (kind !== 'form-data') throw parsingError('expected form-data for content-disposition header');
        while (state.pos < input.length && (input[state.pos] !== 0x0d || input[state.pos + 1] !== 0x0a)) {
          const attribute = parseDispositionAttribute(input, state, decoder);
          if (attribute === null) break;
          if (attribute.name === 'name') {
            name = attribute.value;
          } else if (attribute.name === 'filename') {
            if (attribute.extended) {
              filename = attribute.value;
              extended = true;
            } else if (!extended) {
              filename = attribute.value;
            }
          }
        }
        if (name === null) throw parsingError('name attribute is required in content-disposition header');
        break;
      }
      case 'content-type':
        contentType = trimTabSpace(collect(input, state, (c) => c !== 0x0a && c !== 0x0d), false).toString('latin1');
        break;
      case 'content-transfer-encoding':
        encoding = trimTabSpace(collect(input, state, (c) => c !== 0x0a && c !== 0x0d), false).toString('latin1');
        break;
      default:
        collect(input, state, (c) => c !== 0x0a && c !== 0x0d);
    }
    if (input[state.pos] !== 0x0d || input[state.pos + 1] !== 0x0a) throw parsingError('expected CRLF');
    state.pos += 2;
  }
}

// One `; name=value`, `; name="quoted"` or `; name*=utf-8''encoded` attribute, or null.
function parseDispositionAttribute(input, state, decoder) {
  if (input[state.pos] === 0x3b) state.pos++;
  collect(input, state, (c) => c === 0x20 || c === 0x09);
  const attrName = collect(input, state, (c) => isTokenByte(c) && c !== 0x3d && c !== 0x2a);
  if (attrName.length === 0) return null;
  const extended = input[state.pos] === 0x2a;
  if (extended) state.pos++;
  if (input[state.pos] !== 0x3d) return null;
  state.pos++;
  collect(input, state, (c) => c === 0x20 || c === 0x09);
  let value;
  if (extended) {
    const raw = collect(input, state, (c) => c !== 0x20 && c !== 0x0d && c !== 0x0a && c !== 0x3b);
    if (!/^utf-8'/i.test(raw.subarray(0, 6).toString('latin1'))) {
      throw parsingError("unknown encoding, expected utf-8''");
    }
    value = decodeURIComponent(decoder.decode(raw.subarray(7)));
  } else if (input[state.pos] === 0x22) {
    state.pos++;
    const quoted = collect(input, state, (c) => c !== 0x0a && c !== 0x0d && c !== 0x22);
    if (input[state.pos] !== 0x22) throw parsingError('Closing quote not found');
    state.pos++;
    value = decoder.decode(quoted).replace(/%0A/ig, '\n').replace(/%0D/ig, '\r').replace(/%22/g, '"');
  } else {
    value = decoder.decode(collect(input, state, (c) => isTokenByte(c) && c !== 0x3b));
  }
  return { name: attrName.toString('latin1').toLowerCase(), value, extended };
}

module.exports = { parseMultipart, serializeMultipart };
