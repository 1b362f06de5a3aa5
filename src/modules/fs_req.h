// The request plumbing under internalBinding('fs'). Every fs operation is an FsJob: a blocking
// body (libuv's uv_fs_* with a NULL loop callback, or a few of them for whole-file operations)
// plus a conversion of its outcome into a JS value. The binding function's last argument picks
// the form:
//   undefined  → synchronous: the body runs on the calling thread; a failure throws
//   a function → asynchronous: the body runs on libuv's thread pool (uv_queue_work) and the
//                function is called on the loop as cb(err, value)
// Errors carry Node's fields (code, negative errno, syscall, path, dest) via makeUvError.
#pragma once
#include "binding/async_frame.h"
#include <uv.h>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>
#include "binding/call.h"

namespace pjs {

struct FsJob {
  // Runs off the JS thread for async calls: must not touch the engine. Returns >= 0 on
  // success or a negative libuv error (then `syscall`, `path`, `dest` describe it).
  std::function<int64_t(FsJob&)> body;
  // Builds the success value on the JS thread (default: the body's result as a number).
  std::function<Value(JSContext*, FsJob&)> convert;

  const char* syscall = "";
  std::string path, dest;
  bool hasPath = false, hasDest = false;
  int64_t result = 0;

  // Scratch space the body fills for convert.
  uv_stat_t st{};
  std::string text;
  uint8_t* data = nullptr;  // malloc'ed bytes handed to an ArrayBuffer without a copy
  size_t dataLen = 0;
  std::vector<std::string> names;
  std::vector<int> types;
  std::vector<uint64_t> numbers;
  bool flag = false;

  // Values kept alive while the body runs (buffers being read into or written from).
  Value keep;
  Value callback;
  AsyncFrame frame;  // the async context when the request was issued (AsyncLocalStorage)
  uv_work_t work{};
  Environment* env = nullptr;

  ~FsJob() { if (data) free(data); }

  void fail(const char* sc) { syscall = sc; }
  void at(const std::string& p) { path = p; hasPath = true; }
  void at(const std::string& p, const std::string& d) { path = p; dest = d; hasPath = hasDest = true; }
};

// Runs the job synchronously or queues it, as the argument at `cbIndex` asks.
Value runJob(Call& c, int cbIndex, std::unique_ptr<FsJob> job);

// Arguments: a path is a string or a Uint8Array (raw bytes); data is any typed array view.
std::string pathArg(Call& c, int i, const char* name = "path");
struct Bytes { uint8_t* ptr = nullptr; size_t len = 0; };
Bytes bytesArg(Call& c, int i, const char* name = "buffer");
Bytes bytesOf(JSContext* ctx, JSValueConst v, const char* name);
int intArg(Call& c, int i);
// A JS string as UTF-8, lone surrogates written as U+FFFD (what Node writes).
std::string utf8Arg(Call& c, int i);
int64_t int64Arg(Call& c, int i);

// One uv_fs_* call made synchronously; the request is cleaned up on destruction.
struct UvFs {
  uv_fs_t req{};
  UvFs() = default;
  UvFs(const UvFs&) = delete;
  ~UvFs() { uv_fs_req_cleanup(&req); }
};

// Stats as Node's binding returns them: 18 numbers (or BigInts) — dev, mode, nlink, uid, gid,
// rdev, blksize, ino, size, blocks, then seconds and nanoseconds of atime, mtime, ctime,
// birthtime.
Value statArray(JSContext* ctx, const uv_stat_t& st, bool bigint);

// Registration (each file adds its functions to the binding object).
void registerFsOps(JSContext* ctx, const Value& t);
void registerFsFiles(JSContext* ctx, const Value& t);
void registerFsTree(JSContext* ctx, const Value& t);

}  // namespace pjs
