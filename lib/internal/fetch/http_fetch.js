'use strict';
// fetch() over node:http / node:https (https://fetch.spec.whatwg.org/#http-fetch): request
// headers as undici sends them, request bodies (known bytes with Content-Length, streams
// chunked), redirects (follow/error/manual, 301/302/303 method rewriting, at most 20),
// decompression (gzip, deflate, br, zstd), response bodies as byte ReadableStreams with
// backpressure, aborts, and keep-alive connection reuse through one Agent per protocol.

const { Buffer } = require('buffer');
const { HeadersList } = require('internal/fetch/headers');
const { makeNetworkError, makeResponseState, nullBodyStatus, redirectStatus } = require('internal/fetch/response');

const requestBodyHeaders = ['content-encoding', 'content-language', 'content-location', 'content-type', 'content-length'];
const maxRedirects = 20;

let lazyURL;
function parseURL(href, base) {
  lazyURL ??= require('internal/url').URL;
  return new lazyURL(href, base);
}

// One keep-alive agent per protocol, shared by every fetch (undici's global dispatcher pools
// connections per origin the same way).
const agents = { __proto__: null };
function agentFor(protocol) {
  if (agents[protocol] === undefined) {
    const mod = require(protocol === 'https:' ? 'https' : 'http');
    agents[protocol] = new mod.Agent({ keepAlive: true });
  }
  return agents[protocol];
}

// https://fetch.spec.whatwg.org/#concept-http-fetch with its redirect steps.
async function httpFetch(request, controller) {
  const { isBadPort } = require('internal/fetch/fetch');
  for (;;) {
    if (isBadPort(parseURL(request.urlList[request.urlList.length - 1]).port)) return makeNetworkError('bad port');
    const response = await networkFetch(request, controller);
    if (response.type === 'error' || !redirectStatus.includes(response.status)) {
      response.urlList = [...request.urlList];
      return response;
    }
    if (request.redirect === 'manual') {
      response.urlList = [...request.urlList];
      return response;
    }
    if (request.redirect === 'error') return makeNetworkError('unexpected redirect');
    // 'follow'
    const location = response.headersList.get('location');
    if (location === null) {
      response.urlList = [...request.urlList];
      return response;
    }
    const current = parseURL(request.urlList[request.urlList.length - 1]);
    let target;
    try {
      target = parseURL(location, current);
    } catch (err) {
      return makeNetworkError(err);
    }
    if (target.hash === '' && current.hash !== '') target.hash = current.hash;
    if (target.protocol !== 'http:' && target.protocol !== 'https:') {
      return makeNetworkError('URL scheme must be a HTTP(S) scheme');
    }
    if (request.redirectCount === maxRedirects) return makeNetworkError('redirect count exceeded');
    request.redirectCount = (request.redirectCount ?? 0) + 1;
    if (request.mode === 'cors' && (target.username || target.password) && target.origin !== current.origin) {
      return makeNetworkError('cross origin not allowed for request mode "cors"');
    }
    if (response.status !== 303 && request.body !== null && request.body.bytes === null) {
      return makeNetworkError();
    }
    if (((response.status === 301 || response.status === 302) && request.method === 'POST') ||
        (response.status === 303 && request.method !== 'GET' && request.method !== 'HEAD')) {
      request.method = 'GET';
      request.body = null;
      for (const name of requestBodyHeaders) request.headersList.delete(name);
    }
    if (target.origin !== current.origin) {
      for (const name of ['authorization', 'proxy-authorization', 'cookie', 'host']) request.headersList.delete(name);
    }
    if (request.body !== null) {
      // The body is sent again from its source.
      request.body = { ...request.body, stream: null, used: false };
    }
    request.urlList.push(target.href);
  }
}

// The headers undici sends, in its order: the caller's, then the defaults it adds.
function requestHeaders(request, url) {
  const list = new HeadersList(request.headersList);
  const body = request.body;
  if (!list.contains('sec-fetch-mode')) list.append('sec-fetch-mode', request.mode);
  if (!list.contains('user-agent')) list.append('user-agent', 'node');
  if (!list.contains('accept-encoding')) {
    list.append('accept-encoding', url.protocol === 'https:' ? 'br, gzip, deflate' : 'gzip, deflate');
  }
  list.delete('host');
  if (body !== null && body.length !== null) {
    if (!list.contains('content-length')) list.append('content-length', `${body.length}`);
  } else if (body === null && (request.method === 'POST' || request.method === 'PUT')) {
    if (!list.contains('content-length')) list.append('content-length', '0');
  }
  // Host and Connection first, as undici writes them.
  const headers = { host: url.host, connection: 'keep-alive' };
  for (const [name, value] of list.raw()) {
    if (name in headers) {
      const prev = headers[name];
      headers[name] = Array.isArray(prev) ? [...prev, value] : [prev, value];
    } else {
      headers[name] = value;
    }
  }
  // A stream body goes out chunked (written here so the name's case is undici's).
  if (body !== null && body.length === null && !('transfer-encoding' in headers)) headers['transfer-encoding'] = 'chunked';
  return headers;
}

// One request/response exchange -> Promise<response state>.
function networkFetch(request, controller) {
  return new Promise((resolve) => {
    const url = parseURL(request.urlList[request.urlList.length - 1]);
    const mod = require(url.protocol === 'https:' ? 'https' : 'http');
    let hostname = url.hostname;
    if (hostname.startsWith('[')) hostname = hostname.slice(1, -1);
    const path = `${url.pathname}${url.search}` +
                 (url.search === '' && url.href.endsWith('?') ? '?' : '');
    const options = {
      protocol: url.protocol,
      hostname,
      port: url.port || (url.protocol === 'https:' ? 443 : 80),
      path,
      method: request.method,
      headers: requestHeaders(request, url),
      agent: agentFor(url.protocol),
    };
    let settled = false;
    let responseState = null;
    let bodyController = null;  // the response body stream's controller
    let source = null;          // the (possibly decoded) Node stream of the response body
    const req = mod.request(options);

    const fail = (err) => {
      if (!settled) {
        settled = true;
        resolve(makeNetworkError(err));
        controller.finish();
        return;
      }
      if (bodyController !== null) {
        try {
          bodyController.error(new TypeError('terminated', { cause: err }));
        } catch {
          // Already closed or errored.
        }
        bodyController = null;
        controller.finish();
      }
    };

    controller.onAbort = (reason) => {
      req.destroy();
      source?.destroy();
      if (bodyController !== null) {
        try {
          bodyController.error(reason);
        } catch {
          // Already closed or errored.
        }
        bodyController = null;
      }
      if (!settled) {
        settled = true;
        resolve(makeNetworkError(reason));
      }
    };

    req.on('error', (err) => {
      if (controller.aborted) return;
      fail(err);
    });

    req.on('response', (res) => {
      if (controller.aborted) {
        res.destroy();
        return;
      }
      const status = res.statusCode;
      const headersList = new HeadersList();
      const raw = res.rawHeaders;
      for (let i = 0; i < raw.length; i += 2) headersList.append(raw[i].toLowerCase(), raw[i + 1]);
      responseState = makeResponseState({ status, statusText: res.statusMessage ?? '', headersList });
      responseState.type = 'basic';
      controller.response = responseState;
      const location = headersList.get('location');
      const willFollow = location !== null && request.redirect === 'follow' && redirectStatus.includes(status);
      const noBody = request.method === 'HEAD' || request.method === 'CONNECT' || nullBodyStatus.includes(status);
      if (willFollow || noBody) {
        // Drain what there is so the connection can be reused.
        res.resume();
        settled = true;
        controller.onAbort = (reason) => { req.destroy(); res.destroy(); void reason; };
        resolve(responseState);
        if (!willFollow) controller.finish();
        return;
      }
      let decoders;
      try {
        decoders = decodersFor(headersList.get('content-encoding'));
      } catch (err) {
        res.destroy();
        fail(err);
        return;
      }
      source = res;
      if (decoders.length > 0) {
        const { pipeline } = require('stream');
        source = pipeline(res, ...decoders, (err) => {
          if (err && !controller.aborted) fail(err);
        });
      }
      const { ReadableStream } = require('internal/webstreams/readablestream');
      const stream = new ReadableStream({
        type: 'bytes',
        start(c) {
          bodyController = c;
        },
        pull() {
          source.resume();
        },
        cancel() {
          bodyController = null;
          req.destroy();
          source.destroy();
          controller.finish();
        },
      });
      source.pause();
      source.on('data', (chunk) => {
        if (bodyController === null) return;
        if (chunk.byteLength > 0) bodyController.enqueue(new Uint8Array(chunk));
        if (bodyController.desiredSize <= 0) source.pause();
      });
      source.on('end', () => {
        if (bodyController === null) return;
        const c = bodyController;
        bodyController = null;
        c.close();
        c.byobRequest?.respond(0);
        controller.finish();
      });
      source.on('error', (err) => {
        if (!controller.aborted) fail(err);
      });
      res.on('aborted', () => {
        if (!controller.aborted) fail(new Error('other side closed'));
      });
      res.on('close', () => {
        if (bodyController !== null && !res.complete && !controller.aborted) fail(new Error('other side closed'));
      });
      responseState.body = { stream, source: null, bytes: null, length: null, used: false };
      settled = true;
      resolve(responseState);
    });

    writeBody(req, request.body, fail);
  });
}

// Sends the request body: known bytes at once, a stream chunk by chunk (chunked encoding).
function writeBody(req, body, fail) {
  if (body === null) {
    req.end();
    return;
  }
  if (body.stream === null) {
    const bytes = body.bytes;
    req.end(typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes);
    return;
  }
  const reader = body.stream.getReader();
  const pump = async () => {
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        // undici writes strings and other views as they come.
        let chunk = value;
        if (typeof chunk === 'string') chunk = Buffer.from(chunk, 'utf8');
        else if (ArrayBuffer.isView(chunk)) chunk = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
        else throw new TypeError('Received non-Uint8Array chunk');
        if (chunk.byteLength === 0) continue;
        if (!req.write(chunk)) await new Promise((resolve) => req.once('drain', resolve));
        if (req.destroyed) return;
      }
      req.end();
    } catch (err) {
      req.destroy(err);
      fail(err);
    }
  };
  pump();
}

// Content-Encoding codings, undone last-applied first; an unknown coding leaves the body as is.
function decodersFor(contentEncoding) {
  if (!contentEncoding) return [];
  const codings = contentEncoding.toLowerCase().split(',');
  if (codings.length > 5) {
    throw new Error(`too many content-encodings in response: ${codings.length}, maximum allowed is 5`);
  }
  const zlib = require('zlib');
  const decoders = [];
  for (let i = codings.length - 1; i >= 0; i--) {
    const coding = codings[i].trim();
    if (coding === 'gzip' || coding === 'x-gzip') {
      decoders.push(zlib.createGunzip({ flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH }));
    } else if (coding === 'deflate') {
      decoders.push(createInflate(zlib));
    } else if (coding === 'br') {
      decoders.push(zlib.createBrotliDecompress({
        flush: zlib.constants.BROTLI_OPERATION_FLUSH, finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH,
      }));
    } else if (coding === 'zstd' && typeof zlib.createZstdDecompress === 'function') {
      decoders.push(zlib.createZstdDecompress({
        flush: zlib.constants.ZSTD_e_continue, finishFlush: zlib.constants.ZSTD_e_end,
      }));
    } else {
      return [];
    }
  }
  return decoders;
}

// `deflate` is zlib-wrapped by the RFC, but servers also send raw deflate: look at the first
// byte (a zlib header's low nibble is 8) and pick the matching inflater.
function createInflate(zlib) {
  const { Transform } = require('stream');
  const opts = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH };
  let inflate = null;
  return new Transform({
    transform(chunk, encoding, callback) {
      if (inflate === null) {
        if (chunk.length === 0) {
          callback();
          return;
        }
        inflate = (chunk[0] & 0x0f) === 0x08 ? zlib.createInflate(opts) : zlib.createInflateRaw(opts);
        inflate.on('data', (data) => this.push(data));
        inflate.on('error', (err) => this.destroy(err));
      }
      inflate.write(chunk, callback);
    },
    flush(callback) {
      if (inflate === null) {
        callback();
        return;
      }
      inflate.once('end', callback);
      inflate.end();
    },
  });
}

module.exports = { httpFetch };
