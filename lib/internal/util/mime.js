'use strict';
// util.MIMEType and util.MIMEParams: MIME type strings parsed and serialized as the WHATWG
// MIME Sniffing standard says (https://mimesniff.spec.whatwg.org/#parsing-a-mime-type), with
// Node's errors (ERR_INVALID_MIME_SYNTAX names the production and the offending index).
// Parameters are parsed lazily, on first use.

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_MIME_SYNTAX },
} = require('internal/errors');

const NOT_HTTP_TOKEN_CODE_POINT = /[^!#$%&'*+\-.^_`|~A-Za-z0-9]/;
const NOT_HTTP_QUOTED_STRING_CODE_POINT = /[^\t\u0020-~\u0080-\u00FF]/;
const kNoThrow = Symbol('kNoThrow');

function isHTTPWhitespace(ch) {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';
}

// Index of the first non-whitespace character (str.length when there is none).
function skipLeadingWhitespace(str, from = 0) {
  while (from < str.length && isHTTPWhitespace(str[from])) from++;
  return from;
}

// str without its trailing HTTP whitespace.
function trimTrailingWhitespace(str) {
  let end = str.length;
  while (end > 0 && isHTTPWhitespace(str[end - 1])) end--;
  return str.slice(0, end);
}

// Index of the first character that is not an HTTP token code point, or -1.
function invalidTokenIndex(str) {
  return str.search(NOT_HTTP_TOKEN_CODE_POINT);
}

// Lower-cases ASCII letters only.
function toASCIILower(str) {
  return str.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
}

// [type, subtype, index after the ';' that ends them] or, with kNoThrow, null when invalid.
function parseTypeAndSubtype(str, noThrow) {
  let position = skipLeadingWhitespace(str);
  const typeEnd = str.indexOf('/', position);
  const trimmedType = typeEnd === -1 ? str.slice(position) : str.slice(position, typeEnd);
  const invalidTypeIndex = invalidTokenIndex(trimmedType);
  if (trimmedType === '' || invalidTypeIndex !== -1 || typeEnd === -1) {
    if (noThrow === kNoThrow) return null;
    throw new ERR_INVALID_MIME_SYNTAX('type', str, invalidTypeIndex);
  }
  position = typeEnd + 1;
  const subtypeEnd = str.indexOf(';', position);
  const rawSubtype = subtypeEnd === -1 ? str.slice(position) : str.slice(position, subtypeEnd);
  position += rawSubtype.length;
  if (subtypeEnd !== -1) position += 1;
  const trimmedSubtype = trimTrailingWhitespace(rawSubtype);
  const invalidSubtypeIndex = invalidTokenIndex(trimmedSubtype);
  if (trimmedSubtype === '' || invalidSubtypeIndex !== -1) {
    if (noThrow === kNoThrow) return null;
    throw new ERR_INVALID_MIME_SYNTAX('subtype', str, invalidSubtypeIndex);
  }
  return [toASCIILower(trimmedType), toASCIILower(trimmedSubtype), position];
}

// A quoted parameter value starting after its opening '"': [value, index after it].
// Backslashes escape the next character; a trailing lone backslash is kept.
function readQuotedValue(str, position) {
  let value = '';
  while (position < str.length) {
    const ch = str[position++];
    if (ch === '"') break;
    if (ch === '\\') {
      if (position >= str.length) {
        value += '\\';
        break;
      }
      value += str[position++];
    } else {
      value += ch;
    }
  }
  return [value, position];
}

// Parses "; name=value; …" into map (first occurrence wins; invalid ones are dropped).
function parseParameters(str, map) {
  let position = 0;
  const endOfSource = trimTrailingWhitespace(str).length;
  while (position < endOfSource) {
    position = skipLeadingWhitespace(str, position);
    let nameEnd = position;
    while (nameEnd < str.length && str[nameEnd] !== ';' && str[nameEnd] !== '=') nameEnd++;
    const name = toASCIILower(str.slice(position, nameEnd));
    position = nameEnd;
    if (position < endOfSource) {
      const terminator = str[position];
      position += 1;
      // A parameter without a value.
      if (terminator === ';') continue;
    }
    if (position >= endOfSource) break;
    let value;
    if (str[position] === '"') {
      // Node steps over one character after the closing quote (normally the ';'): any
      // other text there starts the next parameter.
      [value, position] = readQuotedValue(str, position + 1);
    } else {
      const valueEnd = str.indexOf(';', position);
      const rawValue = valueEnd === -1 ? str.slice(position) : str.slice(position, valueEnd);
      position += rawValue.length;
      value = trimTrailingWhitespace(rawValue);
      if (value === '') continue;
    }
    if (name !== '' && invalidTokenIndex(name) === -1 &&
        value.search(NOT_HTTP_QUOTED_STRING_CODE_POINT) === -1 && !map.has(name)) {
      map.set(name, value);
    }
    position++;
  }
}

// A parameter value as serialized: a token as is, anything else quoted.
function encodeValue(value) {
  if (value.length === 0) return '""';
  if (invalidTokenIndex(value) === -1) return value;
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

class MIMEParams {
  #data = new Map();
  // The unparsed parameter text, or null once parsed.
  #source = null;

  static fromString(str) {
    const params = new MIMEParams();
    params.#source = str;
    return params;
  }

  #parse() {
    if (this.#source === null) return;
    parseParameters(this.#source, this.#data);
    this.#source = null;
  }

  delete(name) {
    this.#parse();
    this.#data.delete(toASCIILower(`${name}`));
  }

  get(name) {
    this.#parse();
    name = toASCIILower(`${name}`);
    return this.#data.has(name) ? this.#data.get(name) : null;
  }

  has(name) {
    this.#parse();
    return this.#data.has(toASCIILower(`${name}`));
  }

  set(name, value) {
    this.#parse();
    name = toASCIILower(`${name}`);
    value = `${value}`;
    const invalidNameIndex = invalidTokenIndex(name);
    if (name.length === 0 || invalidNameIndex !== -1) {
      throw new ERR_INVALID_MIME_SYNTAX('parameter name', name, invalidNameIndex);
    }
    const invalidValueIndex = value.search(NOT_HTTP_QUOTED_STRING_CODE_POINT);
    if (invalidValueIndex !== -1) {
      throw new ERR_INVALID_MIME_SYNTAX('parameter value', value, invalidValueIndex);
    }
    this.#data.set(name, value);
  }

  *entries() {
    this.#parse();
    yield* this.#data.entries();
  }

  *keys() {
    this.#parse();
    yield* this.#data.keys();
  }

  *values() {
    this.#parse();
    yield* this.#data.values();
  }

  toString() {
    this.#parse();
    let ret = '';
    for (const [key, value] of this.#data) {
      if (ret.length) ret += ';';
      ret += `${key}=${encodeValue(value)}`;
    }
    return ret;
  }
}

const paramsToString = MIMEParams.prototype.toString;
Object.defineProperty(MIMEParams.prototype, Symbol.iterator, {
  __proto__: null, configurable: true, writable: true, value: MIMEParams.prototype.entries,
});
Object.defineProperty(MIMEParams.prototype, 'toJSON', {
  __proto__: null, configurable: true, writable: true, value: paramsToString,
});
const paramsFromString = MIMEParams.fromString;
delete MIMEParams.fromString;

class MIMEType {
  #type;
  #subtype;
  #parameters;

  constructor(string, noThrowSymbol = null) {
    string = `${string}`;
    if (noThrowSymbol != null && noThrowSymbol !== kNoThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    const data = parseTypeAndSubtype(string, noThrowSymbol);
    if (data != null) {
      this.#type = data[0];
      this.#subtype = data[1];
      this.#parameters = paramsFromString(string.slice(data[2]));
    }
  }

  // Like the constructor, but null instead of an error for invalid input.
  static parse(string) {
    const mime = new MIMEType(string, kNoThrow);
    return mime.type ? mime : null;
  }

  get type() {
    return this.#type;
  }

  set type(v) {
    v = `${v}`;
    const invalidTypeIndex = invalidTokenIndex(v);
    if (v.length === 0 || invalidTypeIndex !== -1) {
      throw new ERR_INVALID_MIME_SYNTAX('type', v, invalidTypeIndex);
    }
    this.#type = toASCIILower(v);
  }

  get subtype() {
    return this.#subtype;
  }

  set subtype(v) {
    v = `${v}`;
    const invalidSubtypeIndex = invalidTokenIndex(v);
    if (v.length === 0 || invalidSubtypeIndex !== -1) {
      throw new ERR_INVALID_MIME_SYNTAX('subtype', v, invalidSubtypeIndex);
    }
    this.#subtype = toASCIILower(v);
  }

  get essence() {
    return `${this.#type}/${this.#subtype}`;
  }

  get params() {
    return this.#parameters;
  }

  toString() {
    let ret = `${this.#type}/${this.#subtype}`;
    const paramStr = paramsToString.call(this.#parameters);
    if (paramStr.length) ret += `;${paramStr}`;
    return ret;
  }
}

Object.defineProperty(MIMEType.prototype, 'toJSON', {
  __proto__: null, configurable: true, writable: true, value: MIMEType.prototype.toString,
});

module.exports = { MIMEParams, MIMEType };
