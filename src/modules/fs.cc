// internalBinding('fs'): file system calls. This file holds the module loader's helpers
// (synchronous, on the calling thread) and registers the rest: fs_ops.cc (one libuv call each),
// fs_files.cc (whole-file read/write), fs_tree.cc (directories); fs_req.* is the request
// plumbing they share. Errors carry code/errno/syscall/path.
#include <fcntl.h>
#include <string>
#include "binding/call.h"
#include "core/environment.h"
#include "modules/fs_req.h"

namespace pjs {

namespace {
struct FsReq {
  uv_fs_t req;
  ~FsReq() { uv_fs_req_cleanup(&req); }
};
}  // namespace

static std::string readWhole(JSContext* ctx, const std::string& path) {
  FsReq open;
  int fd = uv_fs_open(nullptr, &open.req, path.c_str(), O_RDONLY | O_CLOEXEC, 0, nullptr);
  if (fd < 0) throwUvError(ctx, fd, "open", path.c_str());
  std::string out;
  char buf[65536];
  for (;;) {
    FsReq rd;
    uv_buf_t b = uv_buf_init(buf, sizeof(buf));
    int n = uv_fs_read(nullptr, &rd.req, fd, &b, 1, -1, nullptr);
    if (n < 0) {
      FsReq cl;
      uv_fs_close(nullptr, &cl.req, fd, nullptr);
      throwUvError(ctx, n, "read", path.c_str());
    }
    if (n == 0) break;
    out.append(buf, static_cast<size_t>(n));
  }
  FsReq cl;
  uv_fs_close(nullptr, &cl.req, fd, nullptr);
  return out;
}

// readFileUtf8(path) → string
static Value readFileUtf8(Call& c) {
  std::string path = c.string(0, "path");
  std::string data = readWhole(c.ctx(), path);
  return str(c.ctx(), data);
}

// internalModuleStat(path) → 0 file, 1 directory, negative errno otherwise
static Value internalModuleStat(Call& c) {
  std::string path = c.string(0, "path");
  FsReq st;
  int r = uv_fs_stat(nullptr, &st.req, path.c_str(), nullptr);
  if (r < 0) return i64(c.ctx(), r);
  return i64(c.ctx(), S_ISDIR(st.req.statbuf.st_mode) ? 1 : 0);
}

static Value realpath(Call& c) {
  std::string path = c.string(0, "path");
  FsReq rp;
  int r = uv_fs_realpath(nullptr, &rp.req, path.c_str(), nullptr);
  if (r < 0) throwUvError(c.ctx(), r, "realpath", path.c_str());
  return str(c.ctx(), static_cast<const char*>(rp.req.ptr));
}

// writeFileUtf8(path, string, mode) — creates or truncates the file
static Value writeFileUtf8(Call& c) {
  std::string path = c.string(0, "path");
  std::string data = c.string(1, "data");
  int mode = static_cast<int>(c.integer(2, "mode"));
  FsReq open;
  int fd = uv_fs_open(nullptr, &open.req, path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode, nullptr);
  if (fd < 0) throwUvError(c.ctx(), fd, "open", path.c_str());
  size_t done = 0;
  int err = 0;
  while (done < data.size()) {
    FsReq wr;
    uv_buf_t b = uv_buf_init(data.data() + done, static_cast<unsigned>(data.size() - done));
    int n = uv_fs_write(nullptr, &wr.req, fd, &b, 1, -1, nullptr);
    if (n < 0) { err = n; break; }
    done += static_cast<size_t>(n);
  }
  FsReq cl;
  uv_fs_close(nullptr, &cl.req, fd, nullptr);
  if (err < 0) throwUvError(c.ctx(), err, "write", path.c_str());
  return undefined(c.ctx());
}

void init_fs_binding(Environment& env, const Value& t) {
  JSContext* ctx = env.context();
  setMethod<readFileUtf8>(ctx, t, "readFileUtf8", 1);
  setMethod<internalModuleStat>(ctx, t, "internalModuleStat", 1);
  setMethod<realpath>(ctx, t, "realpath", 1);
  setMethod<writeFileUtf8>(ctx, t, "writeFileUtf8", 3);
  registerFsOps(ctx, t);
  registerFsFiles(ctx, t);
  registerFsTree(ctx, t);
}

}  // namespace pjs
