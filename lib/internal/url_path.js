'use strict';
// file: URL ↔ path conversion (url.fileURLToPath / url.pathToFileURL, and the module loader,
// which uses the string forms without loading the URL class).
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_FILE_URL_HOST,
    ERR_INVALID_FILE_URL_PATH, ERR_INVALID_URL_SCHEME,
  },
} = require('internal/errors');

// Code points pathToFileURL percent-encodes besides C0 controls, DEL and non-ASCII.
const ENCODE = new Uint8Array(128);
for (let i = 0; i <= 0x20; i++) ENCODE[i] = 1;
for (const ch of '"#%<>?[\\]^`{|}~\x7f') ENCODE[ch.charCodeAt(0)] = 1;

function encodePathChars(p, keepBackslash) {
  const { percentEncode } = require('internal/url_encode');
  if (!keepBackslash) return percentEncode(p, ENCODE);
  return p.split('\\').map((s) => percentEncode(s, ENCODE)).join('\\');
}

function isWindowsDefault() { return process.platform === 'win32'; }

// An absolute POSIX path (resolved against the cwd) as a file: href string.
function pathToFileHref(filepath, windows = isWindowsDefault()) {
  const path = require('path');
  if (windows) return win32PathToHref(filepath, path.win32);
  let resolved = path.posix.resolve(filepath);
  if (filepath.charCodeAt(filepath.length - 1) === 0x2f && resolved[resolved.length - 1] !== '/') resolved += '/';
  return 'file://' + encodePathChars(resolved, false);
}

function win32PathToHref(filepath, win32) {
  let p = filepath;
  if (p.startsWith('\\\\?\\UNC\\')) p = '\\\\' + p.slice(8);
  else if (p.startsWith('\\\\?\\')) p = p.slice(4);
  if (p.startsWith('\\\\')) {
    // UNC: \\server\share\path → file://server/share/path
    const parts = p.slice(2).split('\\');
    const hostname = parts.shift();
    if (!hostname) throw new ERR_INVALID_ARG_VALUE('path', filepath, 'Empty UNC servername');
    const { domainToASCII } = require('internal/url');
    return `file://${domainToASCII(hostname)}/${encodePathChars(parts.join('/'), false)}`;
  }
  let resolved = win32.resolve(p);
  const last = p.charCodeAt(p.length - 1);
  if ((last === 0x2f || last === 0x5c) && resolved[resolved.length - 1] !== '\\') resolved += '\\';
  return 'file:///' + encodePathChars(resolved.replace(/\\/g, '/'), false);
}

function pathToFileURL(filepath, options = undefined) {
  const { validateString, validateObject } = require('internal/validators');
  validateString(filepath, 'path');
  if (options !== undefined && options !== null) validateObject(options, 'options');
  const windows = options?.windows ?? isWindowsDefault();
  const { URL } = require('internal/url');
  return new URL(pathToFileHref(filepath, windows));
}

function fileURLToPath(path, options = undefined) {
  const { URL, isURL } = require('internal/url');
  let url = path;
  if (typeof path === 'string') url = new URL(path);
  else if (!isURL(path)) throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  if (url.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  const windows = options?.windows ?? isWindowsDefault();
  return windows ? win32PathFromURL(url) : posixPathFromURL(url);
}

function posixPathFromURL(url) {
  if (url.hostname !== '') throw new ERR_INVALID_FILE_URL_HOST(process.platform);
  const pathname = url.pathname;
  if (/%2f/i.test(pathname)) throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters', url);
  return decodeURIComponent(pathname);
}

function win32PathFromURL(url) {
  const hostname = url.hostname;
  let pathname = url.pathname;
  if (/%2f|%5c/i.test(pathname)) {
    throw new ERR_INVALID_FILE_URL_PATH('must not include encoded \\ or / characters', url);
  }
  pathname = decodeURIComponent(pathname.replace(/\//g, '\\'));
  if (hostname !== '') {
    const { domainToUnicode } = require('internal/url');
    return `\\\\${domainToUnicode(hostname)}${pathname}`;
  }
  const letter = pathname.codePointAt(1) | 0x20;
  if (letter < 0x61 || letter > 0x7a || pathname[2] !== ':') {
    throw new ERR_INVALID_FILE_URL_PATH('must be absolute', url);
  }
  return pathname.slice(1);
}

module.exports = {
  fileURLToPath,
  pathToFileHref,
  pathToFileURLObject: pathToFileURL,  // url.pathToFileURL
  pathToFileURL: pathToFileHref,       // the module loader's name for the href string
};
