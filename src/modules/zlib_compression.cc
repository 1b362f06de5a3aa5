// CompressionStream: the write/writeSync/close protocol shared by the zlib and brotli contexts.
#include "modules/zlib_compression.h"
#include "core/environment.h"

namespace pjs {

ByteView viewBytes(Call& c, int index, const char* name) {
  JSContext* ctx = c.ctx();
  size_t off = 0, len = 0, bpe = 0;
  Value ab(ctx, JS_GetTypedArrayBuffer(ctx, c.raw(index), &off, &len, &bpe));
  if (ab.isException()) {
    JS_FreeValue(ctx, JS_GetException(ctx));
    throwTypeError(ctx, "ERR_INVALID_ARG_TYPE",
                   std::string("The \"") + name + "\" argument must be an instance of TypedArray.");
  }
  size_t size = 0;
  uint8_t* p = JS_GetArrayBuffer(ctx, &size, ab.get());
  if (!p && len) throw JsThrow{};  // detached
  if (!p) JS_FreeValue(ctx, JS_GetException(ctx));
  return {p ? p + off : nullptr, len};
}

CompressionStream::CompressionStream(Environment& env)
    : NativeObject(env), frame_(env.context()) {
  work_.data = this;
}

void CompressionStream::setWriteTarget(Call& c, int stateIndex, int callbackIndex) {
  ByteView state = viewBytes(c, stateIndex, "writeResult");
  if (state.length < 2 * sizeof(uint32_t))
    throwRangeError(c.ctx(), "ERR_OUT_OF_RANGE", "The write result array must hold 2 values");
  writeState_ = c.arg(stateIndex);
  state_ = reinterpret_cast<uint32_t*>(state.data);
  writeCallback_ = c.function(callbackIndex, "processCallback");
  initDone_ = true;
}

static uint32_t checkedUint32(Call& c, int i, const char* name) {
  int64_t v = c.integer(i, name);
  if (v < 0 || v > UINT32_MAX)
    throwRangeError(c.ctx(), "ERR_OUT_OF_RANGE", std::string("The value of \"") + name + "\" is out of range.");
  return static_cast<uint32_t>(v);
}

// write(flush, in, inOff, inLen, out, outOff, outLen)
Value CompressionStream::doWrite(Call& c, bool async) {
  JSContext* ctx = c.ctx();
  if (!initDone_) throwError(ctx, ErrorKind::Error, "ERR_INVALID_STATE", "write before init");
  if (closed_ || pendingClose_) throwError(ctx, ErrorKind::Error, "ERR_INVALID_STATE", "zlib binding closed");
  if (writeInProgress_) throwError(ctx, ErrorKind::Error, "ERR_INVALID_STATE", "write already in progress");
  uint32_t flush = checkedUint32(c, 0, "flush");
  if (!validFlush(flush)) throwRangeError(ctx, "ERR_OUT_OF_RANGE", "Invalid flush value");
  uint32_t inOff = checkedUint32(c, 2, "in_off"), inLen = checkedUint32(c, 3, "in_len");
  uint32_t outOff = checkedUint32(c, 5, "out_off"), outLen = checkedUint32(c, 6, "out_len");
  ByteView in;
  if (!c.arg(1).isNullish()) in = viewBytes(c, 1, "in");
  ByteView out = viewBytes(c, 4, "out");
  if (static_cast<uint64_t>(inOff) + inLen > in.length)
    throwRangeError(ctx, "ERR_OUT_OF_RANGE", "The input range is outside the buffer");
  if (static_cast<uint64_t>(outOff) + outLen > out.length)
    throwRangeError(ctx, "ERR_OUT_OF_RANGE", "The output range is outside the buffer");
  static uint8_t empty[1];
  setBuffers(flush, in.data ? in.data + inOff : empty, inLen, out.data ? out.data + outOff : empty, outLen);
  writeInProgress_ = true;
  if (!async) {
    work();
    writeInProgress_ = false;
    CompressionError e = checkError();
    if (e.isError()) {
      emitError(e, true);
    } else {
      storeWriteResult();
    }
    if (pendingClose_) closeNow();
    return undefined(ctx);
  }
  // The JS object and both buffers stay alive while the pool works on them.
  inRef_ = c.arg(1);
  outRef_ = c.arg(4);
  keepAlive(true);
  int r = uv_queue_work(env().loop(), &work_, onWork, afterWork);
  if (r != 0) {
    writeInProgress_ = false;
    releaseWriteBuffers();
    throwUvError(ctx, r, "uv_queue_work");
  }
  return undefined(ctx);
}

void CompressionStream::onWork(uv_work_t* req) { static_cast<CompressionStream*>(req->data)->work(); }

void CompressionStream::afterWork(uv_work_t* req, int status) {
  auto* self = static_cast<CompressionStream*>(req->data);
  self->writeInProgress_ = false;
  if (self->tornDown_ || self->env().tearingDown) {
    // teardown() waited for this write: now the buffers and the object may go.
    self->releaseWriteBuffers();
    self->writeState_ = Value();
    self->writeCallback_ = Value();
    self->frame_ = AsyncFrame();
    self->NativeObject::teardown();
    return;
  }
  Value keep = Value::borrow(self->ctx(), self->jsObject());
  self->releaseWriteBuffers();
  if (status == UV_ECANCELED) {
    self->closeNow();
    return;
  }
  CompressionError e = self->checkError();
  if (e.isError()) {
    self->emitError(e, false);
  } else {
    self->storeWriteResult();
    Value cb = self->writeCallback_;
    self->frame_.makeCallback(self->env(), cb, keep, 0, nullptr);
  }
  if (self->pendingClose_) self->closeNow();
}

void CompressionStream::releaseWriteBuffers() {
  inRef_ = Value();
  outRef_ = Value();
  keepAlive(false);
}

void CompressionStream::storeWriteResult() {
  uint32_t availIn = 0, availOut = 0;
  availability(&availIn, &availOut);
  if (state_) {
    state_[0] = availOut;
    state_[1] = availIn;
  }
}

void CompressionStream::emitError(const CompressionError& e, bool rethrow) {
  JSContext* cx = ctx();
  Value args[3] = {str(cx, e.message), i64(cx, e.err), str(cx, e.code)};
  Value fn = property("onerror");
  if (!fn.isFunction()) return;
  Value self = Value::borrow(cx, jsObject());
  if (rethrow) {
    Value r = callFunction(cx, fn, self, 3, args);
    if (r.isException()) throw JsThrow{};
  } else {
    frame_.makeCallback(env(), fn, self, 3, args);
  }
}

Value CompressionStream::reset(Call& c) {
  if (writeInProgress_) throwError(c.ctx(), ErrorKind::Error, "ERR_INVALID_STATE", "reset during a write");
  if (closed_) return undefined(c.ctx());
  CompressionError e = resetCodec();
  if (e.isError()) emitError(e, true);
  return undefined(c.ctx());
}

Value CompressionStream::close(Call& c) {
  if (writeInProgress_) {
    pendingClose_ = true;
  } else {
    closeNow();
  }
  return undefined(c.ctx());
}

void CompressionStream::closeNow() {
  pendingClose_ = false;
  if (closed_) return;
  closed_ = true;
  closeCodec();
}

void CompressionStream::teardown() {
  tornDown_ = true;
  if (writeInProgress_) return;  // afterWork releases everything (the loop runs once more)
  releaseWriteBuffers();
  writeState_ = Value();
  writeCallback_ = Value();
  frame_ = AsyncFrame();
  NativeObject::teardown();
}

}  // namespace pjs
