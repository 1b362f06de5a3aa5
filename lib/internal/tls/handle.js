'use strict';
// TLSHandle: the stream handle of a TLSSocket (what Node's C++ TLSWrap is to its net.Socket).
// It speaks the stream-handle contract net.Socket expects (readStart/readStop/onread,
// writeBuffer/writeString/writev with req.async/oncomplete, shutdown, close …) and runs the
// connection through the native engine (internalBinding('tls_wrap').TLSWrap): encrypted bytes
// from a TCP/Pipe transport reach the engine natively (attachParent), those of a JSStreamHandle
// over any Duplex through engine.receive(); cleartext comes back through onread, or straight
// to a native consumer (the HTTP parser, through `_externalStream`). Cleartext writes are encrypted in one
// engine call per write (writev batches become one record run) and written to the transport
// handle; their completion is the transport's. Writes made before the handshake ends wait for it.

const { TLSWrap, constants: { UV_EOF } } = internalBinding('tls_wrap');
const { FastBuffer } = require('internal/buffer');
const UV_EPROTO = -71;

function toBuffer(u8) {
  return u8 instanceof Uint8Array && !(u8 instanceof FastBuffer)
    ? new FastBuffer(u8.buffer, u8.byteOffset, u8.byteLength) : u8;
}

const kHandle = Symbol('handle');

// engine.onread (this = the engine): cleartext, or the peer's close_notify, for the socket.
function onEngineRead(nread, buf) {
  const handle = this[kHandle];
  if (nread === UV_EOF) {
    if (handle._eof) return;
    handle._eof = true;
  }
  if (typeof handle.onread === 'function') handle.onread(nread, buf);
}

function onParentWriteDone(status) {
  const tls = this.tls;
  if (this.tlsReq !== null) {
    const req = this.tlsReq;
    if (typeof req.oncomplete === 'function') req.oncomplete(status);
  } else if (status < 0 && tls !== null) {
    tls._transportError(status);
  }
}

class TLSHandle {
  constructor(parent, parentWrap, secureContext, isServer) {
    this._parent = parent;          // transport stream handle
    this._parentWrap = parentWrap;  // the JS object that owned it (net.Socket or a Duplex), if any
    this._secureContext = secureContext;
    this.reading = false;
    this.onread = null;
    this._parentReading = !!parent.reading;
    this._established = false;
    this._eof = false;
    this._closed = false;
    this._pending = [];             // { req, list } writes and { shutdown } waiting for the handshake
    this._bytesWritten = 0;
    const engine = new TLSWrap(secureContext.context, isServer);
    this._engine = engine;
    // A native consumer (the HTTP parser) may read the cleartext straight from the engine.
    this._externalStream = engine;
    engine[kHandle] = this;
    engine.onencrypted = (buf) => this._sendToParent(buf, null);
    engine.onread = onEngineRead;
    engine.onhandshakestart = (now) => { if (this.onhandshakestart) this.onhandshakestart(now); };
    engine.onhandshakedone = () => this._onHandshakeDone();
    engine.onerror = (err) => { if (this.onerror) this.onerror(err); };
    engine.onnewsession = (id, session) => {
      if (this.onnewsession) this.onnewsession(toBuffer(id), toBuffer(session));
    };
    engine.oncertcb = (info) => { if (this.oncertcb) this.oncertcb(info); };
    engine.onclienthello = (hello) => {
      hello.sessionId = toBuffer(hello.sessionId);
      if (this.onclienthello) this.onclienthello(hello);
    };
    engine.onkeylog = (line) => { if (this.onkeylog) this.onkeylog(toBuffer(line)); };
    engine.ALPNCallback = (protocols) => (this.ALPNCallback ? this.ALPNCallback(toBuffer(protocols)) : undefined);
    engine.onocspresponse = (resp) => { if (this.onocspresponse) this.onocspresponse(toBuffer(resp)); };
    engine.onpskexchange = (...args) => (this.onpskexchange ? this.onpskexchange(...args) : undefined);
    // A TCP/Pipe handle's reads go straight to the engine (no JS per chunk); the parent then
    // holds the engine. Any other transport calls receive() through its onread.
    engine.onparentread = (nread) => this._onParentRead(nread);
    if (engine.attachParent(parent)) parent._tlsEngine = engine;
    else parent.onread = (nread, buf) => this._onParentRead(nread, buf);
  }

  // ---- reading ----

  _onParentRead(nread, buf) {
    if (nread > 0) {
      this._engine.receive(buf);
    } else if (nread === UV_EOF) {
      this._parentReading = false;
      if (!this._eof) {
        this._eof = true;
        this._deliver(UV_EOF);
      }
    } else if (nread < 0) {
      this._parentReading = false;
      this._deliver(nread);
    }
  }

  _deliver(nread, buf) {
    if (typeof this.onread === 'function') this.onread(nread, buf);
  }

  _transportError(status) {
    this._deliver(status);
  }

  readStart() {
    if (this._parentReading || this._closed) return 0;
    this._parentReading = true;
    return this._parent.readStart();
  }

  readStop() {
    // The handshake needs the peer's bytes whether or not anyone reads cleartext yet.
    if (!this._established || !this._parentReading || this._closed) return 0;
    this._parentReading = false;
    return this._parent.readStop();
  }

  receive(buf) {
    this._engine.receive(buf);
  }

  // ---- writing ----

  _onHandshakeDone() {
    const first = !this._established;
    this._established = true;
    if (this.onhandshakedone) this.onhandshakedone();
    if (!first || this._closed) return;
    if (!this.reading && this._parentReading) {
      this._parentReading = false;
      this._parent.readStop();
    }
    const pending = this._pending;
    this._pending = [];
    for (const item of pending) {
      if (this._closed) break;
      if (item.shutdown) {
        const err = this.shutdown(item.shutdown);
        if (err !== 0 && typeof item.shutdown.oncomplete === 'function') item.shutdown.oncomplete(err);
        continue;
      }
      const err = this._encryptAndSend(item.req, item.list, true);
      if (err !== 0 && typeof item.req.oncomplete === 'function') item.req.oncomplete(err);
    }
  }

  // Writes the encrypted bytes to the transport; `req` (a cleartext write) completes when they
  // are written. With `mustCallBack` the request was already reported as asynchronous.
  _sendToParent(enc, req, mustCallBack = false) {
    if (this._closed) return -9;  // EBADF
    const preq = { oncomplete: onParentWriteDone, handle: this._parent, tls: this, tlsReq: null, async: false, bytes: 0 };
    const err = this._parent.writeBuffer(preq, enc);
    if (err !== 0) {
      if (req === null) this._transportError(err);
      return err;
    }
    if (req !== null) {
      if (preq.async) {
        preq.tlsReq = req;
        req.async = true;
      } else if (mustCallBack) {
        if (typeof req.oncomplete === 'function') req.oncomplete(0);
      } else {
        req.async = false;
      }
    }
    return 0;
  }

  _encryptAndSend(req, list, mustCallBack = false) {
    let enc;
    try {
      enc = this._engine.encrypt(list.length === 1 ? list[0] : list);
    } catch (err) {
      if (this.onerror) process.nextTick(() => this.onerror(err));
      return UV_EPROTO;
    }
    this._bytesWritten += req.bytes;
    if (enc === undefined) {
      if (mustCallBack) {
        if (typeof req.oncomplete === 'function') req.oncomplete(0);
      } else {
        req.async = false;
      }
      return 0;
    }
    return this._sendToParent(enc, req, mustCallBack);
  }

  _write(req, list, bytes) {
    req.bytes = bytes;
    if (this._closed) return -9;
    if (!this._established || this._pending.length > 0) {
      req.async = true;
      this._pending.push({ req, list });
      return 0;
    }
    return this._encryptAndSend(req, list);
  }

  writeBuffer(req, data) {
    return this._write(req, [data], data.byteLength);
  }

  writeString(req, string, encoding) {
    const buf = Buffer.from(string, encoding);
    return this._write(req, [buf], buf.length);
  }

  writev(req, chunks, allBuffers) {
    const list = [];
    let bytes = 0;
    if (allBuffers) {
      for (const c of chunks) { list.push(c); bytes += c.byteLength; }
    } else {
      for (let i = 0; i < chunks.length; i += 2) {
        const c = typeof chunks[i] === 'string' ? Buffer.from(chunks[i], chunks[i + 1]) : chunks[i];
        list.push(c);
        bytes += c.byteLength;
      }
    }
    return this._write(req, list, bytes);
  }

  // close_notify, then the transport's own shutdown.
  shutdown(req) {
    if (this._closed) return -107;  // ENOTCONN
    if (this._pending.length > 0) {
      this._pending.push({ shutdown: req });
      return 0;
    }
    const alert = this._established ? this._engine.shutdown() : undefined;
    if (alert !== undefined) this._sendToParent(alert, null);
    const preq = {
      handle: this._parent,
      oncomplete(status) { if (typeof req.oncomplete === 'function') req.oncomplete(status); },
    };
    return this._parent.shutdown(preq);
  }

  close(cb) {
    if (this._closed) {
      if (cb) process.nextTick(cb);
      return;
    }
    this._closed = true;
    const done = () => {
      this._engine.destroySSL();
      if (cb) cb();
    };
    const wrap = this._parentWrap;
    if (wrap && wrap._handle !== undefined) {  // a net.Socket
      if (wrap._handle === null) {
        this._parent.close(done);
        return;
      }
      if (wrap._handle === this._parent) {
        wrap.once('close', done);
        wrap.destroy();
        return;
      }
    }
    this._parent.close(done);
  }

  destroySSL() { this._engine.destroySSL(); }

  certCbDone() { this._engine.certCbDone(this.sni_context); }

  getBytesRead() { return this._engine.getBytesRead(); }
  getBytesWritten() { return this._bytesWritten; }
}

// Transport methods net.Socket may call (connecting, addresses, options, ref).
for (const name of ['ref', 'unref', 'hasRef', 'open', 'bind', 'bind6', 'connect', 'connect6',
  'getsockname', 'getpeername', 'setNoDelay', 'setKeepAlive', 'setSimultaneousAccepts',
  'setBlocking', 'getWriteQueueSize', 'fchmod', 'setPendingInstances', 'reset']) {
  TLSHandle.prototype[name] = function(...args) {
    const p = this._parent;
    if (typeof p[name] === 'function') return p[name](...args);
    return name === 'getWriteQueueSize' ? 0 : undefined;
  };
}

// Engine methods, with Buffers for the bytes they return.
for (const name of ['start', 'setVerifyMode', 'setServername', 'setALPNProtocols', 'enableALPNCb',
  'enableCertCb', 'enableSessionCallbacks', 'enableKeylogCallback', 'loadSession', 'clientHelloDone',
  'newSessionDone', 'setSession', 'setMaxSendFragment', 'renegotiate', 'setKeyCert', 'verifyError',
  'enablePskCallback', 'setPskIdentityHint', 'requestOCSP', 'setOCSPResponse',
  'hasPeerCertificate', 'getPeerCertificate', 'getCertificate', 'getCipher', 'getProtocol',
  'getServername', 'getALPNNegotiatedProtocol', 'getSession', 'isSessionReused', 'getTLSTicket',
  'getFinished', 'getPeerFinished', 'getEphemeralKeyInfo', 'getSharedSigalgs',
  'exportKeyingMaterial', 'enableTrace']) {
  TLSHandle.prototype[name] = function(...args) {
    return toBuffer(this._engine[name](...args));
  };
}

module.exports = { TLSHandle, toBuffer };
