'use strict';
// node:url — the WHATWG URL API and Node's legacy url.parse/format/resolve.
const {
  URL, URLSearchParams, domainToASCII, domainToUnicode, urlToHttpOptions, isURLObject,
} = require('internal/url');
const { fileURLToPath, pathToFileURLObject } = require('internal/url_path');
const { Url, urlParse, urlResolve, urlResolveObject, urlFormat } = require('internal/url_legacy');

module.exports = {
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  pathToFileURL: pathToFileURLObject,
  fileURLToPath,
  urlToHttpOptions,
};
void isURLObject;
