// FsJob dispatch: synchronous on the calling thread, or on libuv's thread pool with the result
// delivered to a JS callback on the loop. See fs_req.h.
#include "modules/fs_req.h"
#include <cmath>
#include <memory>
#include "core/environment.h"

namespace pjs {

static Value errorOf(JSContext* ctx, FsJob& j) {
  return Value(ctx, makeUvError(ctx, static_cast<int>(j.result), j.syscall,
                                j.hasPath ? j.path.c_str() : nullptr,
                                j.hasDest ? j.dest.c_str() : nullptr));
}

static Value successOf(JSContext* ctx, FsJob& j) {
  if (j.convert) return j.convert(ctx, j);
  return i64(ctx, j.result);
}

static void workRun(uv_work_t* w) {
  auto* j = static_cast<FsJob*>(w->data);
  j->result = j->body(*j);
}

static void workDone(uv_work_t* w, int status) {
  std::unique_ptr<FsJob> j(static_cast<FsJob*>(w->data));
  Environment& env = *j->env;
  if (env.tearingDown) return;
  JSContext* ctx = env.context();
  if (status < 0) j->result = status;
  Value args[2];
  if (j->result < 0) {
    args[0] = errorOf(ctx, *j);
    args[1] = undefined(ctx);
  } else {
    args[0] = null(ctx);
    args[1] = successOf(ctx, *j);
    if (args[1].isException()) { args[0] = Value(ctx, JS_GetException(ctx)); args[1] = undefined(ctx); }
  }
  Value cb = std::move(j->callback);
  AsyncFrame frame = std::move(j->frame);
  j->keep = Value();
  j.reset();
  frame.makeCallback(env, cb, undefined(ctx), 2, args);
}

Value runJob(Call& c, int cbIndex, std::unique_ptr<FsJob> job) {
  JSContext* ctx = c.ctx();
  Value cb = c.arg(cbIndex);
  if (cb.isFunction()) {
    job->callback = cb;
    job->frame = AsyncFrame(ctx);
    job->env = &c.env();
    job->work.data = job.get();
    int r = uv_queue_work(c.env().loop(), &job->work, workRun, workDone);
    if (r < 0) throwUvError(ctx, r, "uv_queue_work");
    job.release();
    return undefined(ctx);
  }
  job->result = job->body(*job);
  if (job->result < 0) {
    Value e = errorOf(ctx, *job);
    JS_Throw(ctx, e.release());
    throw JsThrow{};
  }
  Value v = successOf(ctx, *job);
  if (v.isException()) throw JsThrow{};
  return v;
}

std::string pathArg(Call& c, int i, const char* name) {
  JSValueConst v = c.raw(i);
  if (JS_IsString(v)) return c.arg(i).toString();
  if (JS_IsObject(v)) {
    Bytes b = bytesArg(c, i, name);
    return std::string(reinterpret_cast<const char*>(b.ptr), b.len);
  }
  return c.string(i, name);  // throws ERR_INVALID_ARG_TYPE
}

Bytes bytesArg(Call& c, int i, const char* name) { return bytesOf(c.ctx(), c.raw(i), name); }

Bytes bytesOf(JSContext* ctx, JSValueConst v, const char* name) {
  size_t off = 0, len = 0, per = 0;
  JSValue ab = JS_GetTypedArrayBuffer(ctx, v, &off, &len, &per);
  if (JS_IsException(ab)) {
    JS_FreeValue(ctx, JS_GetException(ctx));
    throwTypeError(ctx, "ERR_INVALID_ARG_TYPE",
                   std::string("The \"") + name + "\" argument must be an instance of TypedArray.");
  }
  size_t size = 0;
  uint8_t* base = JS_GetArrayBuffer(ctx, &size, ab);
  JS_FreeValue(ctx, ab);
  Bytes b;
  if (!base) {  // detached
    JS_FreeValue(ctx, JS_GetException(ctx));
    return b;
  }
  b.ptr = base + off;
  b.len = len;
  return b;
}

std::string utf8Arg(Call& c, int i) {
  std::string s = c.arg(i).toString();
  // The engine writes a lone surrogate as its 3-byte CESU form (ED A0..BF xx): same length
  // as U+FFFD's encoding, so replace in place.
  for (size_t k = 0; k + 2 < s.size(); k++) {
    if (static_cast<unsigned char>(s[k]) == 0xED && static_cast<unsigned char>(s[k + 1]) >= 0xA0) {
      s[k] = static_cast<char>(0xEF);
      s[k + 1] = static_cast<char>(0xBF);
      s[k + 2] = static_cast<char>(0xBD);
      k += 2;
    }
  }
  return s;
}

int intArg(Call& c, int i) {
  double d = 0;
  JS_ToFloat64(c.ctx(), &d, c.raw(i));
  return static_cast<int>(d);
}

int64_t int64Arg(Call& c, int i) {
  double d = 0;
  JS_ToFloat64(c.ctx(), &d, c.raw(i));
  if (!std::isfinite(d)) return -1;
  return static_cast<int64_t>(d);
}

Value statArray(JSContext* ctx, const uv_stat_t& st, bool bigint) {
  uint64_t f[18] = {st.st_dev, st.st_mode, st.st_nlink, st.st_uid, st.st_gid, st.st_rdev,
                    st.st_blksize, st.st_ino, st.st_size, st.st_blocks,
                    static_cast<uint64_t>(st.st_atim.tv_sec), static_cast<uint64_t>(st.st_atim.tv_nsec),
                    static_cast<uint64_t>(st.st_mtim.tv_sec), static_cast<uint64_t>(st.st_mtim.tv_nsec),
                    static_cast<uint64_t>(st.st_ctim.tv_sec), static_cast<uint64_t>(st.st_ctim.tv_nsec),
                    static_cast<uint64_t>(st.st_birthtim.tv_sec), static_cast<uint64_t>(st.st_birthtim.tv_nsec)};
  if (bigint) {
    int64_t v[18];
    for (int i = 0; i < 18; i++) v[i] = static_cast<int64_t>(f[i]);
    Value ab(ctx, JS_NewArrayBufferCopy(ctx, reinterpret_cast<uint8_t*>(v), sizeof(v)));
    JSValue args[3] = {ab.get(), JS_NewInt32(ctx, 0), JS_NewInt32(ctx, 18)};
    return Value(ctx, JS_NewTypedArray(ctx, 3, args, JS_TYPED_ARRAY_BIG_INT64));
  }
  double v[18];
  for (int i = 0; i < 18; i++) v[i] = static_cast<double>(static_cast<int64_t>(f[i]));
  Value ab(ctx, JS_NewArrayBufferCopy(ctx, reinterpret_cast<uint8_t*>(v), sizeof(v)));
  JSValue args[3] = {ab.get(), JS_NewInt32(ctx, 0), JS_NewInt32(ctx, 18)};
  return Value(ctx, JS_NewTypedArray(ctx, 3, args, JS_TYPED_ARRAY_FLOAT64));
}

}  // namespace pjs
