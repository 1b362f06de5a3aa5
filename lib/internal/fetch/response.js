'use strict';
// Response (https://fetch.spec.whatwg.org/#response-class) as undici's.

const {
  argumentLengthCheck,
  checkDictionary,
  exception,
  illegalInvocation,
  makeEnumerable,
  setToStringTag,
  toByteString,
  toUSVString,
} = require('internal/fetch/webidl');
const { HeadersList, createHeaders, fillHeaders, getGuard } = require('internal/fetch/headers');
const {
  bodyStream,
  bodyUnusable,
  bodyUsed,
  cloneBody,
  extractBody,
  mixinBody,
} = require('internal/fetch/body');

const nullBodyStatus = [101, 103, 204, 205, 304];
const redirectStatus = [301, 302, 303, 307, 308];

// A response's internal state ("response" in the spec).
function makeResponseState(init = {}) {
  return {
    type: 'default',
    status: 200,
    statusText: '',
    urlList: [],
    headersList: new HeadersList(),
    body: null,
    aborted: false,
    ...init,
  };
}

function makeNetworkError(reason) {
  return makeResponseState({ type: 'error', status: 0, error: reason instanceof Error ? reason : new Error(reason ? `${reason}` : reason) });
}

// WebIDL `unsigned short`.
function toUnsignedShort(v) {
  const n = Number(v);
  if (!Number.isFinite(n)) return 0;
  const t = Math.trunc(n);
  return ((t % 65536) + 65536) % 65536;
}

function isValidReasonPhrase(text) {
  return /^[\t\u0020-\u007e\u0080-\u00ff]*$/.test(text);
}

// ResponseInit members, read in WebIDL's (lexicographic) order.
function convertResponseInit(init) {
  checkDictionary(init, undefined);
  const out = { headers: undefined, status: 200, statusText: '' };
  if (init == null) return out;
  const { headers } = init;
  if (headers !== undefined) out.headers = headers;
  const { status } = init;
  if (status !== undefined) out.status = toUnsignedShort(status);
  const { statusText } = init;
  if (statusText !== undefined) out.statusText = toByteString(statusText);
  return out;
}

const { Buffer } = require('buffer');
const kConstruct = Symbol('kConstruct');
let getState;
let getHeadersObject;
let fromResponseState;

class Response {
  #state;
  #headers;

  static error() {
    return fromResponseState(makeNetworkError(), 'immutable');
  }

  static json(data, init = undefined) {
    argumentLengthCheck(arguments.length, 1, 'Response.json');
    init = convertResponseInit(init);
    const text = JSON.stringify(data);
    if (text === undefined) throw new TypeError('Value is not JSON serializable');
    const response = fromResponseState(makeResponseState(), 'response');
    initializeResponse(response, init, { body: extractBody(Buffer.from(text, 'utf8'))[0], type: 'application/json' });
    return response;
  }

  static redirect(url, status = 302) {
    argumentLengthCheck(arguments.length, 1, 'Response.redirect');
    url = toUSVString(url);
    status = toUnsignedShort(status);
    let parsed;
    try {
      parsed = new (require('internal/url').URL)(url);
    } catch (err) {
      throw new TypeError(`Failed to parse URL from ${url}`, { cause: err });
    }
    if (!redirectStatus.includes(status)) throw new RangeError(`Invalid status code ${status}`);
    const response = fromResponseState(makeResponseState({ status }), 'immutable');
    response.#state.headersList.append('location', parsed.href);
    return response;
  }

  constructor(body = null, init = undefined) {
    if (body === kConstruct) return;
    init = convertResponseInit(init);
    this.#state = makeResponseState();
    this.#headers = createHeaders(this.#state.headersList, 'response');
    let bodyWithType = null;
    if (body != null) {
      const { 0: extracted, 1: type } = extractBody(body);
      bodyWithType = { body: extracted, type };
    }
    initializeResponse(this, init, bodyWithType);
  }

  get type() {
    if (!(#state in this)) throw illegalInvocation();
    return this.#state.type;
  }

  get url() {
    if (!(#state in this)) throw illegalInvocation();
    const list = this.#state.urlList;
    const url = list[list.length - 1];
    if (url === undefined) return '';
    const hash = url.indexOf('#');
    return hash === -1 ? url : url.slice(0, hash);
  }

  get redirected() {
    if (!(#state in this)) throw illegalInvocation();
    return this.#state.urlList.length > 1;
  }

  get status() {
    if (!(#state in this)) throw illegalInvocation();
    return this.#state.status;
  }

  get ok() {
    if (!(#state in this)) throw illegalInvocation();
    return this.#state.status >= 200 && this.#state.status <= 299;
  }

  get statusText() {
    if (!(#state in this)) throw illegalInvocation();
    return this.#state.statusText;
  }

  get headers() {
    if (!(#state in this)) throw illegalInvocation();
    return this.#headers;
  }

  get body() {
    if (!(#state in this)) throw illegalInvocation();
    return this.#state.body === null ? null : bodyStream(this.#state.body);
  }

  get bodyUsed() {
    if (!(#state in this)) throw illegalInvocation();
    return bodyUsed(this.#state.body);
  }

  clone() {
    if (!(#state in this)) throw illegalInvocation();
    if (bodyUnusable(this.#state.body)) throw exception('Response.clone', 'Body has already been consumed.');
    return fromResponseState(cloneResponseState(this.#state), getGuard(this.#headers));
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (options.depth === null) options.depth = 2;
    const properties = {
      status: this.status,
      statusText: this.statusText,
      headers: this.headers,
      body: this.body,
      bodyUsed: this.bodyUsed,
      ok: this.ok,
      redirected: this.redirected,
      type: this.type,
      url: this.url,
    };
    return `Response ${inspect(properties, options)}`;
  }

  static {
    getState = (r) => r.#state;
    getHeadersObject = (r) => r.#headers;
    fromResponseState = (state, guard) => {
      const response = new Response(kConstruct);
      response.#state = state;
      response.#headers = createHeaders(state.headersList, guard);
      return response;
    };
  }
}

function cloneResponseState(state) {
  return {
    ...state,
    urlList: [...state.urlList],
    headersList: new HeadersList(state.headersList),
    body: state.body === null ? null : cloneBody(state.body),
  };
}

function initializeResponse(response, init, body) {
  if (init.status < 200 || init.status > 599) {
    throw new RangeError('init["status"] must be in the range of 200 to 599, inclusive.');
  }
  if (!isValidReasonPhrase(init.statusText)) throw new TypeError('Invalid statusText');
  const state = getState(response);
  state.status = init.status;
  state.statusText = init.statusText;
  if (init.headers != null) fillHeaders(getHeadersObject(response), init.headers, 'Headers constructor');
  if (body !== null) {
    if (nullBodyStatus.includes(state.status)) {
      throw exception('Response constructor', `Invalid response status code ${state.status}`);
    }
    state.body = body.body;
    if (body.type != null && !state.headersList.contains('content-type')) {
      state.headersList.append('content-type', body.type);
    }
  }
}

function isResponse(v) {
  try {
    getState(v);
    return true;
  } catch {
    return false;
  }
}

setToStringTag(Response.prototype, 'Response');
require('internal/structured_clone').markPrototypeUncloneable(Response.prototype);
makeEnumerable(Response.prototype, ['type', 'url', 'redirected', 'status', 'ok', 'statusText',
                                    'headers', 'body', 'bodyUsed', 'clone']);
mixinBody(Response, (r) => {
  const state = getState(r);
  return { body: state.body, headersList: state.headersList, aborted: () => state.aborted };
});
makeEnumerable(Response, ['error', 'json', 'redirect']);

module.exports = {
  Response,
  fromResponseState,
  getResponseState: getState,
  isResponse,
  makeNetworkError,
  makeResponseState,
  nullBodyStatus,
  redirectStatus,
};
