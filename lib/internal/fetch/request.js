'use strict';
// Request (https://fetch.spec.whatwg.org/#request-class) as undici's.

const {
  argumentLengthCheck,
  checkDictionary,
  checkEnum,
  illegalInvocation,
  interfaceError,
  makeEnumerable,
  setToStringTag,
  toByteString,
  toDOMString,
  toUSVString,
} = require('internal/fetch/webidl');
const { HeadersList, createHeaders, fillHeaders, getGuard, setGuard } = require('internal/fetch/headers');
const { bodyStream, bodyUnusable, bodyUsed, cloneBody, extractBody, mixinBody } = require('internal/fetch/body');

const referrerPolicies = ['', 'no-referrer', 'no-referrer-when-downgrade', 'same-origin', 'origin',
                          'strict-origin', 'origin-when-cross-origin', 'strict-origin-when-cross-origin',
                          'unsafe-url'];
const requestModes = ['navigate', 'same-origin', 'no-cors', 'cors'];
const requestCredentials = ['omit', 'same-origin', 'include'];
const requestCaches = ['default', 'no-store', 'reload', 'no-cache', 'force-cache', 'only-if-cached'];
const requestRedirects = ['follow', 'manual', 'error'];
const requestDuplex = ['half'];
const requestPriorities = ['high', 'low', 'auto'];

const tokenRe = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// Methods whose spelling is normalized (as undici: `patch` stays lower-case, with a warning).
const normalizedMethodsBase = { __proto__: null };
for (const m of ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT']) {
  normalizedMethodsBase[m] = normalizedMethodsBase[m.toLowerCase()] = m;
}
const normalizedMethods = { __proto__: null, ...normalizedMethodsBase, patch: 'patch', PATCH: 'PATCH' };
const forbiddenMethods = ['CONNECT', 'TRACE', 'TRACK'];
const corsSafelistedMethods = ['GET', 'HEAD', 'POST'];
let patchWarned = false;

let lazyURL;
function URLClass() {
  return lazyURL ??= require('internal/url').URL;
}
let lazyAbort;
function abortModule() {
  return lazyAbort ??= require('internal/abort_controller');
}

function makeRequestState(init) {
  return {
    method: 'GET',
    mode: 'no-cors',
    credentials: 'same-origin',
    cache: 'default',
    redirect: 'follow',
    referrer: 'client',
    referrerPolicy: '',
    integrity: '',
    keepalive: false,
    reloadNavigation: false,
    historyNavigation: false,
    destination: '',
    priority: null,
    window: 'client',
    body: null,
    dispatcher: undefined,
    ...init,
    headersList: new HeadersList(init.headersList),
    urlList: [...init.urlList],
  };
}

// RequestInit, read in WebIDL's member order; only present members are set.
function convertRequestInit(init) {
  checkDictionary(init, undefined);
  const out = {};
  if (init == null) return out;
  const read = (key, convert) => {
    const value = init[key];
    if (value !== undefined) out[key] = convert(value);
  };
  read('body', (v) => v);
  read('cache', (v) => checkEnum(v, requestCaches));
  read('credentials', (v) => checkEnum(v, requestCredentials));
  read('dispatcher', (v) => v);
  read('duplex', (v) => checkEnum(v, requestDuplex));
  read('headers', (v) => v);
  read('integrity', toDOMString);
  read('keepalive', Boolean);
  read('method', toByteString);
  read('mode', (v) => checkEnum(v, requestModes));
  read('priority', (v) => checkEnum(v, requestPriorities));
  read('redirect', (v) => checkEnum(v, requestRedirects));
  read('referrer', toUSVString);
  read('referrerPolicy', (v) => checkEnum(v, referrerPolicies));
  read('signal', (v) => {
    if (v === null) return null;
    if (!(v instanceof abortModule().AbortSignal)) throw interfaceError('RequestInit', 'signal', v, 'AbortSignal');
    return v;
  });
  if ('window' in init) out.window = init.window;
  return out;
}

// The request's own signal: one that aborts when `source` does (AbortSignal.any follows its
// sources weakly and flattens chains, so a clone of a clone still follows the user's signal).
function followSignal(source) {
  const { AbortController, AbortSignal } = abortModule();
  return source == null ? new AbortController().signal : AbortSignal.any([source]);
}

const kConstruct = Symbol('kConstruct');
let getState;
let fromRequestState;

class Request {
  #state;
  #headers;
  #signal;

  constructor(input, init = undefined) {
    if (input === kConstruct) return;
    argumentLengthCheck(arguments.length, 1, 'Request constructor');
    if (!isRequest(input)) input = toUSVString(input);
    init = convertRequestInit(init);
    let request;
    let fallbackMode = null;
    let signal = null;
    if (typeof input === 'string') {
      let parsed;
      try {
        parsed = new (URLClass())(input);
      } catch (err) {
        throw new TypeError(`Failed to parse URL from ${input}`, { cause: err });
      }
      if (parsed.username || parsed.password) {
        throw new TypeError(`Request cannot be constructed from a URL that includes credentials: ${input}`);
      }
      request = makeRequestState({ urlList: [parsed.href], dispatcher: init.dispatcher });
      fallbackMode = 'cors';
    } else {
      request = input.#state;
      signal = input.#signal;
    }
    if (init.window != null) throw new TypeError("'window' option 'client' must be null");
    request = makeRequestState({
      ...request,
      body: null,
      window: 'window' in init ? 'no-window' : 'client',
      dispatcher: init.dispatcher ?? request.dispatcher,
    });
    if (Object.keys(init).length !== 0) {
      if (request.mode === 'navigate') request.mode = 'same-origin';
      request.reloadNavigation = false;
      request.historyNavigation = false;
      request.referrer = 'client';
      request.referrerPolicy = '';
      request.urlList = [request.urlList[request.urlList.length - 1]];
    }
    if (init.referrer !== undefined) {
      const referrer = init.referrer;
      if (referrer === '') {
        request.referrer = 'no-referrer';
      } else {
        let parsed;
        try {
          parsed = new (URLClass())(referrer);
        } catch (err) {
          throw new TypeError(`Referrer "${referrer}" is not a valid URL.`, { cause: err });
        }
        request.referrer = parsed.protocol === 'about:' && parsed.hostname === 'client' ? 'client' : parsed.href;
      }
    }
    if (init.referrerPolicy !== undefined) request.referrerPolicy = init.referrerPolicy;
    const mode = init.mode !== undefined ? init.mode : fallbackMode;
    if (mode === 'navigate') throw new TypeError('Request constructor: invalid request mode navigate.');
    if (mode != null) request.mode = mode;
    if (init.credentials !== undefined) request.credentials = init.credentials;
    if (init.cache !== undefined) request.cache = init.cache;
    if (request.cache === 'only-if-cached' && request.mode !== 'same-origin') {
      throw new TypeError("'only-if-cached' can be set only with 'same-origin' mode");
    }
    if (init.redirect !== undefined) request.redirect = init.redirect;
    if (init.integrity != null) request.integrity = init.integrity;
    if (init.keepalive !== undefined) request.keepalive = init.keepalive;
    if (init.method !== undefined) {
      let method = init.method;
      const known = normalizedMethods[method];
      if (known !== undefined) {
        request.method = known;
      } else {
        if (!tokenRe.test(method)) throw new TypeError(`'${method}' is not a valid HTTP method.`);
        const upper = method.toUpperCase();
        if (forbiddenMethods.includes(upper)) throw new TypeError(`'${method}' HTTP method is unsupported.`);
        method = normalizedMethodsBase[upper] ?? method;
        request.method = method;
      }
      if (!patchWarned && request.method === 'patch') {
        process.emitWarning('Using `patch` is highly likely to result in a `405 Method Not Allowed`. ' +
                            '`PATCH` is much more likely to succeed.', { code: 'UNDICI-FETCH-patch' });
        patchWarned = true;
      }
    }
    if (init.signal !== undefined) signal = init.signal;
    this.#state = request;
    this.#signal = followSignal(signal);
    this.#headers = createHeaders(request.headersList, 'request');
    if (mode === 'no-cors') {
      if (!corsSafelistedMethods.includes(request.method)) {
        throw new TypeError(`'${request.method} is unsupported in no-cors mode.`);
      }
      setGuard(this.#headers, 'request-no-cors');
    }
    if (Object.keys(init).length !== 0 && init.headers !== undefined) {
      request.headersList = new HeadersList();
      this.#headers = createHeaders(request.headersList, getGuard(this.#headers));
      fillHeaders(this.#headers, init.headers, 'Headers constructor');
    }
    const inputBody = isRequest(input) ? input.#state.body : null;
    if ((init.body != null || inputBody != null) && (request.method === 'GET' || request.method === 'HEAD')) {
      throw new TypeError('Request with GET/HEAD method cannot have body.');
    }
    let initBody = null;
    if (init.body != null) {
      const { 0: extracted, 1: contentType } = extractBody(init.body, request.keepalive);
      initBody = extracted;
      if (contentType && !request.headersList.contains('content-type')) {
        request.headersList.append('content-type', contentType);
      }
    }
    const inputOrInitBody = initBody ?? inputBody;
    if (inputOrInitBody != null && inputOrInitBody.source == null) {
      if (initBody != null && init.duplex == null) {
        throw new TypeError('RequestInit: duplex option is required when sending a body.');
      }
      if (request.mode !== 'same-origin' && request.mode !== 'cors') {
        throw new TypeError('If request is made from ReadableStream, mode should be "same-origin" or "cors"');
      }
    }
    let finalBody = inputOrInitBody;
    if (initBody == null && inputBody != null) {
      if (bodyUnusable(inputBody)) {
        throw new TypeError('Cannot construct a Request with a Request object that has already been used.');
      }
      // The new request takes the input's body over; the input is left used.
      if (inputBody.stream === null) {
        finalBody = { ...inputBody };
        inputBody.used = true;
      } else {
        const { TransformStream } = require('internal/webstreams/transformstream');
        const identity = new TransformStream();
        inputBody.stream.pipeThrough(identity);
        finalBody = { stream: identity.readable, source: inputBody.source, bytes: null, length: inputBody.length, used: false };
      }
    }
    request.body = finalBody;
  }

  get method() {
    if (!(#state in this)) throw illegalInvocation();
    return this.#state.method;
  }

  get url() {
    if (!(#state in this)) throw illegalInvocation();
    return this.#state.urlList[0];
  }

  get headers() {
    if (!(#state in this)) throw illegalInvocation();
    return this.#headers;
  }

  get destination() {
    if (!(#state in this)) throw illegalInvocation();
    return this.#state.destination;
  }

  get referrer() {
    if (!(#state in this)) throw illegalInvocation();
    const referrer = this.#state.referrer;
    if (referrer === 'no-referrer') return '';
    if (referrer === 'client') return 'about:client';
    return referrer;
  }

  get referrerPolicy() {
    if (!(#state in this)) throw illegalInvocation();
    return this.#state.referrerPolicy;
  }

  get mode() {
    if (!(#state in this)) throw illegalInvocation();
    return this.#state.mode;
  }

  get credentials() {
    if (!(#state in this)) throw illegalInvocation();
    return this.#state.credentials;
  }

  get cache() {
    if (!(#state in this)) throw illegalInvocation();
    return this.#state.cache;
  }

  get redirect() {
    if (!(#state in this)) throw illegalInvocation();
    return this.#state.redirect;
  }

  get integrity() {
    if (!(#state in this)) throw illegalInvocation();
    return this.#state.integrity;
  }

  get keepalive() {
    if (!(#state in this)) throw illegalInvocation();
    return this.#state.keepalive;
  }

  get isReloadNavigation() {
    if (!(#state in this)) throw illegalInvocation();
    return this.#state.reloadNavigation;
  }

  get isHistoryNavigation() {
    if (!(#state in this)) throw illegalInvocation();
    return this.#state.historyNavigation;
  }

  get signal() {
    if (!(#state in this)) throw illegalInvocation();
    return this.#signal;
  }

  get body() {
    if (!(#state in this)) throw illegalInvocation();
    return this.#state.body === null ? null : bodyStream(this.#state.body);
  }

  get bodyUsed() {
    if (!(#state in this)) throw illegalInvocation();
    return bodyUsed(this.#state.body);
  }

  get duplex() {
    if (!(#state in this)) throw illegalInvocation();
    return 'half';
  }

  clone() {
    if (!(#state in this)) throw illegalInvocation();
    if (bodyUnusable(this.#state.body)) throw new TypeError('unusable');
    const state = makeRequestState({ ...this.#state, body: null });
    if (this.#state.body !== null) state.body = cloneBody(this.#state.body);
    return fromRequestState(state, followSignal(this.#signal), getGuard(this.#headers));
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (options.depth === null) options.depth = 2;
    const properties = {
      method: this.method,
      url: this.url,
      headers: this.headers,
      destination: this.destination,
      referrer: this.referrer,
      referrerPolicy: this.referrerPolicy,
      mode: this.mode,
      credentials: this.credentials,
      cache: this.cache,
      redirect: this.redirect,
      integrity: this.integrity,
      keepalive: this.keepalive,
      isReloadNavigation: this.isReloadNavigation,
      isHistoryNavigation: this.isHistoryNavigation,
      signal: this.signal,
    };
    return `Request ${inspect(properties, options)}`;
  }

  static {
    getState = (r) => r.#state;
    fromRequestState = (state, signal, guard) => {
      const request = new Request(kConstruct);
      request.#state = state;
      request.#signal = signal;
      request.#headers = createHeaders(state.headersList, guard);
      return request;
    };
  }
}

function isRequest(v) {
  if (typeof v !== 'object' || v === null) return false;
  try {
    getState(v);
    return true;
  } catch {
    return false;
  }
}

setToStringTag(Request.prototype, 'Request');
require('internal/structured_clone').markPrototypeUncloneable(Request.prototype);
makeEnumerable(Request.prototype, ['method', 'url', 'headers', 'destination', 'referrer',
                                   'referrerPolicy', 'mode', 'credentials', 'cache', 'redirect',
                                   'integrity', 'keepalive', 'isReloadNavigation',
                                   'isHistoryNavigation', 'signal', 'body', 'bodyUsed', 'duplex',
                                   'clone']);
mixinBody(Request, (r) => {
  const state = getState(r);
  return { body: state.body, headersList: state.headersList };
});

module.exports = { Request, fromRequestState, getRequestState: getState, isRequest, makeRequestState };
