'use strict';
// fetch() (https://fetch.spec.whatwg.org/#fetch-method) as Node's (undici's): the main fetch
// dispatches on the URL's scheme: data: and blob: are answered here, http: and https: go to
// internal/fetch/http_fetch over node:http/node:https. A network error rejects with
// `TypeError: fetch failed` whose `cause` says why; an abort rejects with the signal's reason.

const { Request, getRequestState } = require('internal/fetch/request');
const { fromResponseState, makeNetworkError, makeResponseState } = require('internal/fetch/response');
const { extractBody } = require('internal/fetch/body');
const { processDataURL } = require('internal/fetch/data_url');

const badPorts = new Set([
  1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102,
  103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465,
  512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993,
  995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668,
  6669, 6679, 6697, 10080,
].map(String));

let lazyURL;
function parseURL(href) {
  lazyURL ??= require('internal/url').URL;
  return new lazyURL(href);
}

function fetch(input, init = undefined) {
  let request;
  try {
    request = new Request(input, init);
  } catch (err) {
    return Promise.reject(err);
  }
  const state = getRequestState(request);
  const signal = request.signal;
  if (signal.aborted) {
    cancelRequestBody(state, signal.reason);
    return Promise.reject(signal.reason);
  }
  // Headers every fetch sends unless the caller set them.
  if (!state.headersList.contains('accept')) state.headersList.append('accept', '*/*');
  if (!state.headersList.contains('accept-language')) state.headersList.append('accept-language', '*');

  return new Promise((resolve, reject) => {
    // What the network layer and the abort handler share.
    const controller = {
      aborted: false,
      settled: false,
      reason: undefined,
      onAbort: null,      // set by the network layer: tear the connection down
      response: null,     // the response state once headers arrived
      finish() {          // the fetch is over (body done or failed): stop listening
        signal.removeEventListener('abort', abort);
      },
    };
    function abort() {
      if (controller.aborted) return;
      controller.aborted = true;
      controller.reason = signal.reason;
      cancelRequestBody(state, signal.reason);
      if (!controller.settled) {
        controller.settled = true;
        reject(signal.reason);
      }
      if (controller.response !== null) controller.response.aborted = true;
      controller.onAbort?.(signal.reason);
      controller.finish();
    }
    signal.addEventListener('abort', abort, { once: true });

    mainFetch(state, controller).then((response) => {
      if (controller.settled) return;
      controller.settled = true;
      if (response.type === 'error') {
        controller.finish();
        reject(new TypeError('fetch failed', { cause: response.error }));
        return;
      }
      if (response.body === null || response.body.stream === null) controller.finish();
      resolve(fromResponseState(response, 'immutable'));
    }, (err) => {
      controller.finish();
      if (controller.settled) return;
      controller.settled = true;
      reject(new TypeError('fetch failed', { cause: err }));
    });
  });
}

function cancelRequestBody(state, reason) {
  const stream = state.body?.stream;
  if (stream && !stream.locked) stream.cancel(reason).catch(() => {});
}

// https://fetch.spec.whatwg.org/#concept-main-fetch
async function mainFetch(request, controller) {
  const url = parseURL(request.urlList[request.urlList.length - 1]);
  let response;
  switch (url.protocol) {
    case 'about:':
      return makeNetworkError('about scheme is not supported');
    case 'blob:':
      response = blobFetch(request, url);
      break;
    case 'data:':
      response = dataFetch(url);
      break;
    case 'file:':
      return makeNetworkError('not implemented... yet...');
    case 'http:':
    case 'https:':
      return require('internal/fetch/http_fetch').httpFetch(request, controller);
    default:
      return makeNetworkError('unknown scheme');
  }
  if (response.type !== 'error') {
    response.type = 'basic';
    response.urlList = [...request.urlList];
    if (request.method === 'HEAD') response.body = null;
  }
  return response;
}

function dataFetch(url) {
  const result = processDataURL(url.href);
  if (result === null) return makeNetworkError('failed to fetch the data URL');
  const response = makeResponseState({ statusText: 'OK' });
  response.headersList.append('Content-Type', result.mimeType);
  response.body = extractBody(result.body)[0];
  return response;
}

function blobFetch(request, url) {
  const blob = require('internal/blob').resolveObjectURL(url.href);
  if (request.method !== 'GET' || blob === undefined) return makeNetworkError('invalid method');
  const response = makeResponseState({ statusText: 'OK' });
  const type = blob.type;
  const fullLength = blob.size;
  const range = request.headersList.get('range');
  if (range === null) {
    response.body = extractBody(blob)[0];
    response.headersList.set('content-length', `${fullLength}`);
    response.headersList.set('content-type', type);
    return response;
  }
  // A Range request: 206 with the slice (https://fetch.spec.whatwg.org/#scheme-fetch).
  const value = simpleRangeHeaderValue(range);
  if (value === null) return makeNetworkError('failed to fetch the data URL');  // (undici's text)
  let { start, end } = value;
  if (start === null) {
    start = fullLength - end;
    end = start + end - 1;
  } else {
    if (start >= fullLength) return makeNetworkError("Range start is greater than the blob's size.");
    if (end === null || end >= fullLength) end = fullLength - 1;
  }
  const sliced = blob.slice(start, end + 1, type);
  response.body = extractBody(sliced)[0];
  response.status = 206;
  response.statusText = 'Partial Content';
  response.headersList.set('content-length', `${sliced.size}`);
  response.headersList.set('content-type', type);
  response.headersList.set('content-range', `bytes ${start}-${end}/${fullLength}`);
  return response;
}

// https://fetch.spec.whatwg.org/#simple-range-header-value (whitespace allowed) -> { start, end }
// or null. As undici, an open end compares as 0, so `bytes=3-` is refused as Node refuses it.
function simpleRangeHeaderValue(value) {
  const m = /^bytes[\t ]*=[\t ]*(\d*)[\t ]*-[\t ]*(\d*)$/.exec(value);
  if (m === null) return null;
  const start = m[1].length ? Number(m[1]) : null;
  const end = m[2].length ? Number(m[2]) : null;
  if (start === null && end === null) return null;
  if (start > end) return null;
  return { start, end };
}

function isBadPort(port) {
  return badPorts.has(port);
}

module.exports = { fetch, isBadPort, mainFetch };
