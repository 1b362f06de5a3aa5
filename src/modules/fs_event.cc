// internalBinding('fs_event_wrap'): file system watchers.
//   new FSEvent(): a uv_fs_event handle. start(path, persistent, recursive, encoding) → 0 or a
//     negative errno; then this.onchange(status, eventType, filename) per event — eventType
//     'rename' or 'change', filename a string (encoding utf8/undefined), a Uint8Array of the raw
//     bytes (any other encoding; lib/ converts) or null; status < 0 on failure.
//   new StatWatcher(bigint): a uv_fs_poll handle. start(path, interval) → 0 or negative errno;
//     then this.onchange(status, stats) where stats is a Float64Array (BigInt64Array when bigint)
//     of 2 × 18 fields, current then previous, in internalBinding('fs')'s stat layout: dev mode
//     nlink uid gid rdev blksize ino size blocks atime(s, ns) mtime(s, ns) ctime(s, ns)
//     birthtime(s, ns). Both have close([cb]), ref(), unref(), hasRef().
#include <cstring>
#include <string>
#include "binding/handle_wrap.h"
#include "core/environment.h"

namespace pjs {

namespace {

bool isUtf8Encoding(const Value& enc) {
  if (!enc.isString()) return true;
  std::string e = enc.toString();
  return e == "utf8" || e == "utf-8" || e == "UTF8" || e == "UTF-8";
}

class FSEventWrap : public HandleWrap {
 public:
  explicit FSEventWrap(Environment& env) : HandleWrap(env, reinterpret_cast<uv_handle_t*>(&ev_)) {}

  Value start(Call& c) {
    std::string path = c.string(0, "filename");
    bool persistent = c.boolean(1);
    bool recursive = c.boolean(2);
    rawNames_ = !isUtf8Encoding(c.arg(3));
    if (isOpen() || started_) return i64(c.ctx(), UV_EINVAL);
    int r = uv_fs_event_init(env().loop(), &ev_);
    if (r != 0) return i64(c.ctx(), r);
    opened();
    started_ = true;
    r = uv_fs_event_start(&ev_, onEvent, path.c_str(), recursive ? UV_FS_EVENT_RECURSIVE : 0);
    if (r != 0) {
      closeHandle();
      return i64(c.ctx(), r);
    }
    if (!persistent) uv_unref(handle());
    keepAlive(true);
    return i64(c.ctx(), 0);
  }

  Value initialized(Call& c) { return boolean(c.ctx(), started_ && isOpen()); }

 private:
  static void onEvent(uv_fs_event_t* h, const char* filename, int events, int status) {
    auto* self = static_cast<FSEventWrap*>(h->data);
    if (self->env().tearingDown) return;
    JSContext* ctx = self->ctx();
    Value argv[3] = {i64(ctx, status), undefined(ctx), undefined(ctx)};
    if (status == 0) {
      argv[1] = str(ctx, (events & UV_RENAME) ? "rename" : "change");
      if (filename == nullptr) argv[2] = null(ctx);
      else if (self->rawNames_) argv[2] = bytes(ctx, filename, std::strlen(filename));
      else argv[2] = str(ctx, filename);
    }
    self->callback("onchange", 3, argv);
  }

  uv_fs_event_t ev_{};
  bool started_ = false;
  bool rawNames_ = false;
};

constexpr int kStatFields = 18;

template <class T>
void fillStat(T* out, const uv_stat_t* s) {
  out[0] = static_cast<T>(s->st_dev);
  out[1] = static_cast<T>(s->st_mode);
  out[2] = static_cast<T>(s->st_nlink);
  out[3] = static_cast<T>(s->st_uid);
  out[4] = static_cast<T>(s->st_gid);
  out[5] = static_cast<T>(s->st_rdev);
  out[6] = static_cast<T>(s->st_blksize);
  out[7] = static_cast<T>(s->st_ino);
  out[8] = static_cast<T>(s->st_size);
  out[9] = static_cast<T>(s->st_blocks);
  out[10] = static_cast<T>(s->st_atim.tv_sec);
  out[11] = static_cast<T>(s->st_atim.tv_nsec);
  out[12] = static_cast<T>(s->st_mtim.tv_sec);
  out[13] = static_cast<T>(s->st_mtim.tv_nsec);
  out[14] = static_cast<T>(s->st_ctim.tv_sec);
  out[15] = static_cast<T>(s->st_ctim.tv_nsec);
  out[16] = static_cast<T>(s->st_birthtim.tv_sec);
  out[17] = static_cast<T>(s->st_birthtim.tv_nsec);
}

class StatWatcherWrap : public HandleWrap {
 public:
  StatWatcherWrap(Environment& env, bool bigint)
      : HandleWrap(env, reinterpret_cast<uv_handle_t*>(&poll_)), bigint_(bigint) {}

  Value start(Call& c) {
    std::string path = c.string(0, "filename");
    int64_t interval = c.integer(1, "interval");
    if (interval < 1) interval = 1;
    if (isOpen() || started_) return i64(c.ctx(), UV_EINVAL);
    int r = uv_fs_poll_init(env().loop(), &poll_);
    if (r != 0) return i64(c.ctx(), r);
    opened();
    started_ = true;
    r = uv_fs_poll_start(&poll_, onPoll, path.c_str(), static_cast<unsigned>(interval));
    if (r != 0) {
      closeHandle();
      return i64(c.ctx(), r);
    }
    keepAlive(true);
    return i64(c.ctx(), 0);
  }

 private:
  static void onPoll(uv_fs_poll_t* h, int status, const uv_stat_t* prev, const uv_stat_t* curr) {
    auto* self = static_cast<StatWatcherWrap*>(h->data);
    if (self->env().tearingDown) return;
    JSContext* ctx = self->ctx();
    Value buf;
    JSTypedArrayEnum kind;
    if (self->bigint_) {
      int64_t data[2 * kStatFields];
      fillStat(data, curr);
      fillStat(data + kStatFields, prev);
      buf = Value(ctx, JS_NewArrayBufferCopy(ctx, reinterpret_cast<uint8_t*>(data), sizeof(data)));
      kind = JS_TYPED_ARRAY_BIG_INT64;
    } else {
      double data[2 * kStatFields];
      fillStat(data, curr);
      fillStat(data + kStatFields, prev);
      buf = Value(ctx, JS_NewArrayBufferCopy(ctx, reinterpret_cast<uint8_t*>(data), sizeof(data)));
      kind = JS_TYPED_ARRAY_FLOAT64;
    }
    if (buf.isException()) return;
    // The engine reads all three constructor arguments: pass offset and length too.
    JSValueConst args[3] = {buf.get(), JS_NewInt32(ctx, 0), JS_NewInt32(ctx, 2 * kStatFields)};
    Value stats(ctx, JS_NewTypedArray(ctx, 3, args, kind));
    if (stats.isException()) return;
    Value argv[2] = {i64(ctx, status), stats};
    self->callback("onchange", 2, argv);
  }

  uv_fs_poll_t poll_{};
  bool bigint_;
  bool started_ = false;
};

FSEventWrap* makeFSEvent(Call& c) { return new FSEventWrap(c.env()); }
StatWatcherWrap* makeStatWatcher(Call& c) { return new StatWatcherWrap(c.env(), c.boolean(0)); }

}  // namespace

void init_fs_event_wrap_binding(Environment& env, const Value& t) {
  JSContext* ctx = env.context();
  t.set("FSEvent", NativeClass<FSEventWrap>::define<makeFSEvent>(ctx, "FSEvent", 0, {
      method<FSEventWrap, &FSEventWrap::start>("start", 4),
      method<FSEventWrap, &FSEventWrap::initialized>("isInitialized", 0),
      PJS_HANDLE_METHODS(FSEventWrap)}));
  t.set("StatWatcher", NativeClass<StatWatcherWrap>::define<makeStatWatcher>(ctx, "StatWatcher", 1, {
      method<StatWatcherWrap, &StatWatcherWrap::start>("start", 2),
      PJS_HANDLE_METHODS(StatWatcherWrap)}));
  t.set("kFsStatsFieldsNumber", i64(ctx, kStatFields));
}

}  // namespace pjs
