// internalBinding('fs_dir'): directory streams over uv_fs_opendir/readdir/closedir.
//   opendir(path, encoding[, callback]) → DirHandle (sync), or calls callback(err, handle).
//   handle.read(encoding, bufferSize[, callback]) → [name0, type0, name1, type1, …] or null at
//     the end (sync), or callback(err, result). Names are strings for utf8 (or undefined)
//     encodings and Uint8Arrays of the raw bytes otherwise; types are UV_DIRENT_* numbers.
//   handle.close([callback]) → undefined, or callback(err).
// Errors are Node's (code, errno, syscall 'opendir'/'scandir'/'closedir', path). A handle
// collected while open is closed synchronously.
#include <cstring>
#include <memory>
#include <string>
#include <vector>
#include "binding/native_object.h"
#include "core/environment.h"

namespace pjs {

namespace {

bool isUtf8Encoding(const Value& enc) {
  if (!enc.isString()) return true;
  std::string e = enc.toString();
  return e == "utf8" || e == "utf-8" || e == "UTF8" || e == "UTF-8";
}

Value direntName(JSContext* ctx, const char* name, bool raw) {
  return raw ? bytes(ctx, name, std::strlen(name)) : str(ctx, name);
}

class DirHandle : public NativeObject {
 public:
  DirHandle(Environment& env, uv_dir_t* dir, std::string path)
      : NativeObject(env), dir_(dir), path_(std::move(path)) {}
  ~DirHandle() override { closeNow(); }

  Value read(Call& c);
  Value close(Call& c);

  void finalized() override {
    if (busy_) { orphaned_ = true; return; }  // the request in flight deletes us
    delete this;
  }
  void teardown() override { NativeObject::teardown(); }

  uv_dir_t* dir_;
  std::string path_;
  std::vector<uv_dirent_t> entries_;
  bool busy_ = false;
  bool orphaned_ = false;

  void closeNow() {
    if (!dir_) return;
    uv_fs_t req;
    uv_fs_closedir(nullptr, &req, dir_, nullptr);
    uv_fs_req_cleanup(&req);
    dir_ = nullptr;
  }

  Value entriesToArray(JSContext* ctx, int n, bool raw) {
    if (n == 0) return null(ctx);
    Value out = array(ctx);
    for (int i = 0; i < n; i++) {
      out.set(static_cast<uint32_t>(2 * i), direntName(ctx, dir_->dirents[i].name, raw));
      out.set(static_cast<uint32_t>(2 * i + 1), i64(ctx, dir_->dirents[i].type));
    }
    return out;
  }

  void prepare(int64_t bufferSize) {
    if (bufferSize < 1) bufferSize = 1;
    entries_.assign(static_cast<size_t>(bufferSize), uv_dirent_t{});
    dir_->dirents = entries_.data();
    dir_->nentries = entries_.size();
  }
};

// An asynchronous request: owns the uv_fs_t and the callback; keeps its handle alive.
struct DirRequest {
  uv_fs_t req{};
  Environment* env;
  Value callback;
  DirHandle* handle = nullptr;
  std::string path;
  bool raw = false;
  ~DirRequest() { uv_fs_req_cleanup(&req); }
};

Value dirError(JSContext* ctx, int err, const char* syscall, const std::string& path) {
  return Value(ctx, makeUvError(ctx, err, syscall, path.empty() ? nullptr : path.c_str()));
}

void finishRequest(std::unique_ptr<DirRequest> r, Value err, Value result) {
  Environment& env = *r->env;
  DirHandle* h = r->handle;
  if (h) {
    h->busy_ = false;
    if (h->orphaned_) { delete h; h = nullptr; }
    else h->keepAlive(false);
  }
  if (env.tearingDown) return;
  Value cb = std::move(r->callback);
  r.reset();
  Value argv[2] = {std::move(err), std::move(result)};
  env.makeCallback(cb, undefined(env.context()), 2, argv);
}

Value makeHandle(Environment& env, uv_dir_t* dir, const std::string& path);

void onOpened(uv_fs_t* req) {
  std::unique_ptr<DirRequest> r(static_cast<DirRequest*>(req->data));
  JSContext* ctx = r->env->context();
  if (r->env->tearingDown) {
    if (req->result >= 0) {
      uv_fs_t cl;
      uv_fs_closedir(nullptr, &cl, static_cast<uv_dir_t*>(req->ptr), nullptr);
      uv_fs_req_cleanup(&cl);
    }
    return;
  }
  if (req->result < 0) {
    Value err = dirError(ctx, static_cast<int>(req->result), "opendir", r->path);
    finishRequest(std::move(r), err, undefined(ctx));
    return;
  }
  Value handle = makeHandle(*r->env, static_cast<uv_dir_t*>(req->ptr), r->path);
  finishRequest(std::move(r), null(ctx), handle);
}

void onRead(uv_fs_t* req) {
  std::unique_ptr<DirRequest> r(static_cast<DirRequest*>(req->data));
  JSContext* ctx = r->env->context();
  DirHandle* h = r->handle;
  if (r->env->tearingDown || h->orphaned_) { finishRequest(std::move(r), Value(), Value()); return; }
  if (req->result < 0) {
    Value err = dirError(ctx, static_cast<int>(req->result), "scandir", h->path_);
    finishRequest(std::move(r), err, undefined(ctx));
    return;
  }
  Value result = h->entriesToArray(ctx, static_cast<int>(req->result), r->raw);
  finishRequest(std::move(r), null(ctx), result);
}

void onClosed(uv_fs_t* req) {
  std::unique_ptr<DirRequest> r(static_cast<DirRequest*>(req->data));
  JSContext* ctx = r->env->context();
  if (r->env->tearingDown) { finishRequest(std::move(r), Value(), Value()); return; }
  Value err = req->result < 0 ? dirError(ctx, static_cast<int>(req->result), "closedir", r->handle->path_)
                              : null(ctx);
  finishRequest(std::move(r), err, undefined(ctx));
}

Value DirHandle::read(Call& c) {
  JSContext* ctx = c.ctx();
  bool raw = !isUtf8Encoding(c.arg(0));
  int64_t bufferSize = c.integer(1, "bufferSize");
  if (!dir_) throwUvError(ctx, UV_EBADF, "scandir", path_.c_str());
  if (busy_) throwUvError(ctx, UV_EBUSY, "scandir", path_.c_str());
  prepare(bufferSize);
  if (!c.arg(2).isFunction()) {
    uv_fs_t req;
    int n = uv_fs_readdir(nullptr, &req, dir_, nullptr);
    Value out = n >= 0 ? entriesToArray(ctx, n, raw) : Value();
    uv_fs_req_cleanup(&req);
    if (n < 0) throwUvError(ctx, n, "scandir", path_.c_str());
    return out;
  }
  auto r = std::make_unique<DirRequest>();
  r->env = &env();
  r->callback = c.arg(2);
  r->handle = this;
  r->raw = raw;
  r->req.data = r.get();
  int err = uv_fs_readdir(env().loop(), &r->req, dir_, onRead);
  if (err < 0) throwUvError(ctx, err, "scandir", path_.c_str());
  busy_ = true;
  keepAlive(true);
  r.release();
  return undefined(ctx);
}

Value DirHandle::close(Call& c) {
  JSContext* ctx = c.ctx();
  if (!dir_) throwUvError(ctx, UV_EBADF, "closedir", path_.c_str());
  if (busy_) throwUvError(ctx, UV_EBUSY, "closedir", path_.c_str());
  uv_dir_t* dir = dir_;
  dir_ = nullptr;
  if (!c.arg(0).isFunction()) {
    uv_fs_t req;
    int err = uv_fs_closedir(nullptr, &req, dir, nullptr);
    uv_fs_req_cleanup(&req);
    if (err < 0) throwUvError(ctx, err, "closedir", path_.c_str());
    return undefined(ctx);
  }
  auto r = std::make_unique<DirRequest>();
  r->env = &env();
  r->callback = c.arg(0);
  r->handle = this;
  r->req.data = r.get();
  int err = uv_fs_closedir(env().loop(), &r->req, dir, onClosed);
  if (err < 0) throwUvError(ctx, err, "closedir", path_.c_str());
  busy_ = true;
  keepAlive(true);
  r.release();
  return undefined(ctx);
}

DirHandle* makeDirHandle(Call& c) {
  throwTypeError(c.ctx(), "ERR_ILLEGAL_CONSTRUCTOR", "Illegal constructor");
}

Value makeHandle(Environment& env, uv_dir_t* dir, const std::string& path) {
  return NativeClass<DirHandle>::wrap(env.context(), new DirHandle(env, dir, path));
}

Value opendir(Call& c) {
  JSContext* ctx = c.ctx();
  std::string path = c.string(0, "path");
  if (!c.arg(2).isFunction()) {
    uv_fs_t req;
    int err = uv_fs_opendir(nullptr, &req, path.c_str(), nullptr);
    uv_dir_t* dir = static_cast<uv_dir_t*>(req.ptr);
    uv_fs_req_cleanup(&req);
    if (err < 0) throwUvError(ctx, err, "opendir");  // Node's synchronous form names no path
    return makeHandle(c.env(), dir, path);
  }
  auto r = std::make_unique<DirRequest>();
  r->env = &c.env();
  r->callback = c.arg(2);
  r->path = path;
  r->req.data = r.get();
  int err = uv_fs_opendir(c.env().loop(), &r->req, path.c_str(), onOpened);
  if (err < 0) throwUvError(ctx, err, "opendir", path.c_str());
  r.release();
  return undefined(ctx);
}

}  // namespace

void init_fs_dir_binding(Environment& env, const Value& t) {
  JSContext* ctx = env.context();
  t.set("DirHandle", NativeClass<DirHandle>::define<makeDirHandle>(ctx, "DirHandle", 0, {
      method<DirHandle, &DirHandle::read>("read", 3),
      method<DirHandle, &DirHandle::close>("close", 1)}));
  setMethod<opendir>(ctx, t, "opendir", 3);
}

}  // namespace pjs
