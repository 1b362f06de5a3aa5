// internalBinding('fs'): one libuv call per function — open/close/read/write, stat family,
// links, permissions, times, sync. Every function's last argument is the callback (absent →
// synchronous); see fs_req.h.
#include <fcntl.h>
#include <memory>
#include "modules/fs_req.h"

namespace pjs {

using Body = std::function<int64_t(FsJob&)>;

static std::unique_ptr<FsJob> job(const char* syscall, Body body) {
  auto j = std::make_unique<FsJob>();
  j->syscall = syscall;
  j->body = std::move(body);
  return j;
}

static std::unique_ptr<FsJob> pathJob(const char* syscall, const std::string& path, Body body) {
  auto j = job(syscall, std::move(body));
  j->at(path);
  return j;
}

static Value toUndefined(JSContext* ctx, FsJob&) { return undefined(ctx); }

// open(path, flags, mode, cb) → fd
static Value fsOpen(Call& c) {
  std::string path = pathArg(c, 0);
  int flags = intArg(c, 1) | O_CLOEXEC, mode = intArg(c, 2);
  return runJob(c, 3, pathJob("open", path, [path, flags, mode](FsJob&) -> int64_t {
    UvFs r;
    return uv_fs_open(nullptr, &r.req, path.c_str(), flags, mode, nullptr);
  }));
}

// close(fd, cb)
static Value fsClose(Call& c) {
  int fd = intArg(c, 0);
  auto j = job("close", [fd](FsJob&) -> int64_t {
    UvFs r;
    return uv_fs_close(nullptr, &r.req, fd, nullptr);
  });
  j->convert = toUndefined;
  return runJob(c, 1, std::move(j));
}

// read/write(fd, buffer, offset, length, position, cb) → bytes moved (position < 0: the
// current position). uv_fs_read and uv_fs_write share one signature.
using UvReadWrite = int (*)(uv_loop_t*, uv_fs_t*, uv_file, const uv_buf_t[], unsigned, int64_t,
                            uv_fs_cb);
template <UvReadWrite op>
static Value readWrite(Call& c, const char* syscall) {
  int fd = intArg(c, 0);
  Bytes b = bytesArg(c, 1);
  int64_t off = int64Arg(c, 2), len = int64Arg(c, 3), pos = int64Arg(c, 4);
  if (off < 0 || len < 0 || static_cast<size_t>(off + len) > b.len) len = 0, off = 0;
  char* p = reinterpret_cast<char*>(b.ptr) + off;
  auto j = job(syscall, [fd, p, len, pos](FsJob&) -> int64_t {
    UvFs r;
    uv_buf_t buf = uv_buf_init(p, static_cast<unsigned>(len));
    return op(nullptr, &r.req, fd, &buf, 1, pos, nullptr);
  });
  j->keep = c.arg(1);
  return runJob(c, 5, std::move(j));
}

static Value fsRead(Call& c) { return readWrite<uv_fs_read>(c, "read"); }
static Value fsWrite(Call& c) { return readWrite<uv_fs_write>(c, "write"); }

// writeString(fd, string, position, cb) → bytesWritten (UTF-8)
static Value fsWriteString(Call& c) {
  int fd = intArg(c, 0);
  auto j = std::make_unique<FsJob>();
  j->text = utf8Arg(c, 1);
  int64_t pos = int64Arg(c, 2);
  j->syscall = "write";
  j->body = [fd, pos](FsJob& self) -> int64_t {
    UvFs r;
    uv_buf_t buf = uv_buf_init(self.text.data(), static_cast<unsigned>(self.text.size()));
    return uv_fs_write(nullptr, &r.req, fd, &buf, 1, pos, nullptr);
  };
  return runJob(c, 3, std::move(j));
}

// readv/writev(fd, [buffers], position, cb)
template <bool Write>
static Value fsVector(Call& c) {
  int fd = intArg(c, 0);
  Value list = c.arg(1);
  int64_t n = list.get("length").toInt64(0);
  std::vector<uv_buf_t> bufs;
  for (int64_t i = 0; i < n; i++) {
    Value item = list.get(static_cast<uint32_t>(i));
    Bytes b = bytesOf(c.ctx(), item.get(), "buffers");
    bufs.push_back(uv_buf_init(reinterpret_cast<char*>(b.ptr), static_cast<unsigned>(b.len)));
  }
  int64_t pos = int64Arg(c, 2);
  auto j = job(Write ? "write" : "read", [fd, bufs, pos](FsJob&) -> int64_t {
    UvFs r;
    auto* data = const_cast<uv_buf_t*>(bufs.data());
    return Write ? uv_fs_write(nullptr, &r.req, fd, data, static_cast<unsigned>(bufs.size()), pos, nullptr)
                 : uv_fs_read(nullptr, &r.req, fd, data, static_cast<unsigned>(bufs.size()), pos, nullptr);
  });
  j->keep = list;
  return runJob(c, 3, std::move(j));
}

static Value statConvert(JSContext* ctx, FsJob& j) { return statArray(ctx, j.st, j.flag); }

// stat/lstat(path, bigint, cb), fstat(fd, bigint, cb) → Float64Array(18) | BigInt64Array(18)
template <int Kind>
static Value fsStat(Call& c) {
  static const char* names[] = {"stat", "lstat", "fstat"};
  std::unique_ptr<FsJob> j;
  if (Kind == 2) {
    int fd = intArg(c, 0);
    j = job("fstat", [fd](FsJob& self) -> int64_t {
      UvFs r;
      int e = uv_fs_fstat(nullptr, &r.req, fd, nullptr);
      if (e == 0) self.st = r.req.statbuf;
      return e;
    });
  } else {
    std::string path = pathArg(c, 0);
    j = pathJob(names[Kind], path, [path](FsJob& self) -> int64_t {
      UvFs r;
      int e = Kind == 0 ? uv_fs_stat(nullptr, &r.req, path.c_str(), nullptr)
                        : uv_fs_lstat(nullptr, &r.req, path.c_str(), nullptr);
      if (e == 0) self.st = r.req.statbuf;
      return e;
    });
  }
  j->flag = c.boolean(1);
  j->convert = statConvert;
  return runJob(c, 2, std::move(j));
}

// statfs(path, bigint, cb) → [type, bsize, blocks, bfree, bavail, files, ffree]
static Value fsStatfs(Call& c) {
  std::string path = pathArg(c, 0);
  auto j = pathJob("statfs", path, [path](FsJob& self) -> int64_t {
    UvFs r;
    int e = uv_fs_statfs(nullptr, &r.req, path.c_str(), nullptr);
    if (e == 0) {
      auto* s = static_cast<uv_statfs_t*>(r.req.ptr);
      self.numbers = {s->f_type, s->f_bsize, s->f_blocks, s->f_bfree, s->f_bavail, s->f_files, s->f_ffree};
    }
    return e;
  });
  j->flag = c.boolean(1);
  j->convert = [](JSContext* ctx, FsJob& self) {
    Value a = array(ctx);
    for (uint32_t i = 0; i < self.numbers.size(); i++)
      a.set(i, self.flag ? Value(ctx, JS_NewBigUint64(ctx, self.numbers[i]))
                         : num(ctx, static_cast<double>(self.numbers[i])));
    return a;
  };
  return runJob(c, 2, std::move(j));
}

// Path → undefined operations.
#define PATH_OP(NAME, SYSCALL, NARGS, CALL)                                          \
  static Value NAME(Call& c) {                                                       \
    std::string path = pathArg(c, 0);                                                \
    [[maybe_unused]] int a1 = intArg(c, 1), a2 = intArg(c, 2);                       \
    auto j = pathJob(SYSCALL, path, [path, a1, a2](FsJob&) -> int64_t {              \
      UvFs r;                                                                        \
      return CALL;                                                                   \
    });                                                                              \
    j->convert = toUndefined;                                                        \
    return runJob(c, NARGS, std::move(j));                                           \
  }

PATH_OP(fsRmdir, "rmdir", 1, uv_fs_rmdir(nullptr, &r.req, path.c_str(), nullptr))
PATH_OP(fsUnlink, "unlink", 1, uv_fs_unlink(nullptr, &r.req, path.c_str(), nullptr))
PATH_OP(fsChmod, "chmod", 2, uv_fs_chmod(nullptr, &r.req, path.c_str(), a1, nullptr))
PATH_OP(fsAccess, "access", 2, uv_fs_access(nullptr, &r.req, path.c_str(), a1, nullptr))
PATH_OP(fsChown, "chown", 3, uv_fs_chown(nullptr, &r.req, path.c_str(), a1, a2, nullptr))
PATH_OP(fsLchown, "lchown", 3, uv_fs_lchown(nullptr, &r.req, path.c_str(), a1, a2, nullptr))

// fd → undefined operations.
#define FD_OP(NAME, SYSCALL, NARGS, CALL)                                            \
  static Value NAME(Call& c) {                                                       \
    int fd = intArg(c, 0);                                                           \
    [[maybe_unused]] int a1 = intArg(c, 1), a2 = intArg(c, 2);                       \
    [[maybe_unused]] int64_t l1 = int64Arg(c, 1);                                    \
    auto j = job(SYSCALL, [fd, a1, a2, l1](FsJob&) -> int64_t {                      \
      UvFs r;                                                                        \
      return CALL;                                                                   \
    });                                                                              \
    j->convert = toUndefined;                                                        \
    return runJob(c, NARGS, std::move(j));                                           \
  }

FD_OP(fsFsync, "fsync", 1, uv_fs_fsync(nullptr, &r.req, fd, nullptr))
FD_OP(fsFdatasync, "fdatasync", 1, uv_fs_fdatasync(nullptr, &r.req, fd, nullptr))
FD_OP(fsFchmod, "fchmod", 2, uv_fs_fchmod(nullptr, &r.req, fd, a1, nullptr))
FD_OP(fsFchown, "fchown", 3, uv_fs_fchown(nullptr, &r.req, fd, a1, a2, nullptr))
FD_OP(fsFtruncate, "ftruncate", 2, uv_fs_ftruncate(nullptr, &r.req, fd, l1, nullptr))

// Two paths → undefined: rename(from, to), link(existing, new), copyFile(src, dest, mode),
// symlink(target, path, flags).
#define TWO_PATH_OP(NAME, SYSCALL, NARGS, CALL)                                      \
  static Value NAME(Call& c) {                                                       \
    std::string from = pathArg(c, 0, "oldPath"), to = pathArg(c, 1, "newPath");      \
    [[maybe_unused]] int a2 = intArg(c, 2);                                          \
    auto j = job(SYSCALL, [from, to, a2](FsJob&) -> int64_t {                        \
      UvFs r;                                                                        \
      return CALL;                                                                   \
    });                                                                              \
    j->at(from, to);                                                                 \
    j->convert = toUndefined;                                                        \
    return runJob(c, NARGS, std::move(j));                                           \
  }

TWO_PATH_OP(fsRename, "rename", 2, uv_fs_rename(nullptr, &r.req, from.c_str(), to.c_str(), nullptr))
TWO_PATH_OP(fsLink, "link", 2, uv_fs_link(nullptr, &r.req, from.c_str(), to.c_str(), nullptr))
TWO_PATH_OP(fsCopyFile, "copyfile", 3, uv_fs_copyfile(nullptr, &r.req, from.c_str(), to.c_str(), a2, nullptr))
TWO_PATH_OP(fsSymlink, "symlink", 3, uv_fs_symlink(nullptr, &r.req, from.c_str(), to.c_str(), a2, nullptr))

// utimes/lutimes(path, atime, mtime, cb), futimes(fd, atime, mtime, cb); times in seconds
template <int Kind>
static Value fsUtimes(Call& c) {
  static const char* names[] = {"utime", "lutime", "futime"};
  double at = c.arg(1).toNumber(0), mt = c.arg(2).toNumber(0);
  if (Kind == 2) {
    int fd = intArg(c, 0);
    auto j = job(names[Kind], [fd, at, mt](FsJob&) -> int64_t {
      UvFs r;
      return uv_fs_futime(nullptr, &r.req, fd, at, mt, nullptr);
    });
    j->convert = toUndefined;
    return runJob(c, 3, std::move(j));
  }
  std::string path = pathArg(c, 0);
  auto j = pathJob(names[Kind], path, [path, at, mt](FsJob&) -> int64_t {
    UvFs r;
    return Kind == 0 ? uv_fs_utime(nullptr, &r.req, path.c_str(), at, mt, nullptr)
                     : uv_fs_lutime(nullptr, &r.req, path.c_str(), at, mt, nullptr);
  });
  j->convert = toUndefined;
  return runJob(c, 3, std::move(j));
}

static Value textConvert(JSContext* ctx, FsJob& j) { return str(ctx, j.text); }

// readlink(path, cb), realpath(path, cb) (native realpath(3)), mkdtemp(prefix, cb) → string
template <int Kind>
static Value fsPathResult(Call& c) {
  static const char* names[] = {"readlink", "realpath", "mkdtemp"};
  std::string path = pathArg(c, 0, Kind == 2 ? "prefix" : "path");
  if (Kind == 2) path += "XXXXXX";
  auto j = pathJob(names[Kind], path, [path](FsJob& self) -> int64_t {
    UvFs r;
    int e = Kind == 0 ? uv_fs_readlink(nullptr, &r.req, path.c_str(), nullptr)
          : Kind == 1 ? uv_fs_realpath(nullptr, &r.req, path.c_str(), nullptr)
                      : uv_fs_mkdtemp(nullptr, &r.req, path.c_str(), nullptr);
    if (e >= 0) self.text = Kind == 2 ? r.req.path : static_cast<const char*>(r.req.ptr);
    return e < 0 ? e : 0;
  });
  j->convert = textConvert;
  return runJob(c, 1, std::move(j));
}

void registerFsOps(JSContext* ctx, const Value& t) {
  setMethod<fsOpen>(ctx, t, "open", 4);
  setMethod<fsClose>(ctx, t, "close", 2);
  setMethod<fsRead>(ctx, t, "read", 6);
  setMethod<fsWrite>(ctx, t, "writeBuffer", 6);
  setMethod<fsWriteString>(ctx, t, "writeString", 4);
  setMethod<fsVector<false>>(ctx, t, "readBuffers", 4);
  setMethod<fsVector<true>>(ctx, t, "writeBuffers", 4);
  setMethod<fsStat<0>>(ctx, t, "stat", 3);
  setMethod<fsStat<1>>(ctx, t, "lstat", 3);
  setMethod<fsStat<2>>(ctx, t, "fstat", 3);
  setMethod<fsStatfs>(ctx, t, "statfs", 3);
  setMethod<fsRmdir>(ctx, t, "rmdir", 2);
  setMethod<fsUnlink>(ctx, t, "unlink", 2);
  setMethod<fsChmod>(ctx, t, "chmod", 3);
  setMethod<fsAccess>(ctx, t, "access", 3);
  setMethod<fsChown>(ctx, t, "chown", 4);
  setMethod<fsLchown>(ctx, t, "lchown", 4);
  setMethod<fsFsync>(ctx, t, "fsync", 2);
  setMethod<fsFdatasync>(ctx, t, "fdatasync", 2);
  setMethod<fsFchmod>(ctx, t, "fchmod", 3);
  setMethod<fsFchown>(ctx, t, "fchown", 4);
  setMethod<fsFtruncate>(ctx, t, "ftruncate", 3);
  setMethod<fsRename>(ctx, t, "rename", 3);
  setMethod<fsLink>(ctx, t, "link", 3);
  setMethod<fsCopyFile>(ctx, t, "copyFile", 4);
  setMethod<fsSymlink>(ctx, t, "symlink", 4);
  setMethod<fsUtimes<0>>(ctx, t, "utimes", 4);
  setMethod<fsUtimes<1>>(ctx, t, "lutimes", 4);
  setMethod<fsUtimes<2>>(ctx, t, "futimes", 4);
  setMethod<fsPathResult<0>>(ctx, t, "readlink", 2);
  setMethod<fsPathResult<1>>(ctx, t, "realpathNative", 2);
  setMethod<fsPathResult<2>>(ctx, t, "mkdtemp", 2);
}

}  // namespace pjs
