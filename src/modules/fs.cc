// internalBinding('fs'): file system calls. This file holds the module loader's helpers
// (synchronous, on the calling thread) and registers the rest: fs_ops.cc (one libuv call each),
// fs_files.cc (whole-file read/write), fs_tree.cc (directories); fs_req.* is the request
// plumbing they share. Errors carry code/errno/syscall/path.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cerrno>
#include <string_view>
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

// Resolves `in` (absolute, or relative to the working directory) as realpath(3) does, one
// component at a time, remembering each real prefix in `cache`. Returns 0 or a negative errno.
static int realpathWithCache(Environment::RealpathCache& cache, const std::string& in,
                             std::string& out, bool& outIsDir, int depth) {
  if (depth > 40) return UV_ELOOP;
  if (in.empty()) return UV_ENOENT;
  if (in[0] != '/') {
    char cwd[4096];
    size_t len = sizeof(cwd);
    int r = uv_cwd(cwd, &len);
    if (r < 0) return r;
    return realpathWithCache(cache, std::string(cwd, len) + "/" + in, out, outIsDir, depth);
  }
  std::string resolved;  // "" is the root
  bool isDir = true;
  const size_t n = in.size();
  size_t i = 0;
  for (;;) {
    while (i < n && in[i] == '/') i++;
    if (i == n) break;
    // only a directory may be followed by another component (or a trailing slash: below)
    if (!isDir) return UV_ENOTDIR;
    size_t j = in.find('/', i);
    if (j == std::string::npos) j = n;
    std::string_view comp(in.data() + i, j - i);
    i = j;
    if (comp == ".") continue;
    if (comp == "..") {
      size_t s = resolved.rfind('/');
      resolved.resize(s == std::string::npos ? 0 : s);
      continue;
    }
    std::string next = resolved;
    next += '/';
    next += comp;
    auto it = cache.find(next);
    if (it != cache.end()) {
      resolved = it->second.real;
      isDir = it->second.isDir;
      continue;
    }
    struct stat st;
    if (lstat(next.c_str(), &st) != 0) return -errno;
    if (!S_ISLNK(st.st_mode)) {
      isDir = S_ISDIR(st.st_mode);
      cache.emplace(next, Environment::RealpathEntry{next, isDir});
      resolved = std::move(next);
      continue;
    }
    std::string target(static_cast<size_t>(st.st_size > 0 ? st.st_size : 4095) + 1, '\0');
    ssize_t len = readlink(next.c_str(), target.data(), target.size());
    if (len < 0) return -errno;
    if (static_cast<size_t>(len) >= target.size()) return UV_ENAMETOOLONG;
    target.resize(static_cast<size_t>(len));
    std::string real;
    int r = realpathWithCache(cache, target[0] == '/' ? target : resolved + "/" + target, real,
                              isDir, depth + 1);
    if (r < 0) return r;
    cache.emplace(next, Environment::RealpathEntry{real, isDir});
    resolved = std::move(real);
  }
  if (!isDir && in[n - 1] == '/') return UV_ENOTDIR;
  out = resolved.empty() ? "/" : resolved;
  outIsDir = isDir;
  return 0;
}

// realpathCached(path) → the real path, through the Environment's module realpath cache (the
// module loaders' only realpath: a tree of 1,000 modules otherwise costs ~15,000 readlink calls).
static Value realpathCached(Call& c) {
  std::string path = c.string(0, "path");
  std::string out;
  bool isDir = false;
  int r = realpathWithCache(c.env().moduleRealpathCache, path, out, isDir, 0);
  if (r < 0) throwUvError(c.ctx(), r, "realpath", path.c_str());
  return str(c.ctx(), out);
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
  setMethod<realpathCached>(ctx, t, "realpathCached", 1);
  setMethod<writeFileUtf8>(ctx, t, "writeFileUtf8", 3);
  registerFsOps(ctx, t);
  registerFsFiles(ctx, t);
  registerFsTree(ctx, t);
}

}  // namespace pjs
