// internalBinding('fs'): whole-file reads and writes done in one job (open, size, read or
// write until done, close) — one trip to the thread pool instead of one per chunk.
//   readFile(pathOrFd, flags, asString, cb) → Uint8Array (no copy) | UTF-8 decoded string
//   writeFile(pathOrFd, data, flags, mode, cb) → undefined; data a typed array or a string (UTF-8)
#include <fcntl.h>
#include <cstdlib>
#include <cstring>
#include <memory>
#include "modules/fs_req.h"

namespace pjs {

static constexpr size_t kMaxLength = 0x7fffffff;  // Node's kIoMaxLength (2 GiB - 1)

struct Target {
  bool isFd = false;
  int fd = -1;
  std::string path;
};

static Target targetArg(Call& c) {
  Target t;
  if (JS_IsNumber(c.raw(0))) { t.isFd = true; t.fd = intArg(c, 0); }
  else t.path = pathArg(c, 0);
  return t;
}

static int openTarget(FsJob& j, const Target& t, int flags, int mode) {
  if (t.isFd) return t.fd;
  UvFs r;
  int fd = uv_fs_open(nullptr, &r.req, t.path.c_str(), flags | O_CLOEXEC, mode, nullptr);
  if (fd < 0) { j.fail("open"); j.at(t.path); }
  return fd;
}

static void closeTarget(const Target& t, int fd) {
  if (t.isFd || fd < 0) return;
  UvFs r;
  uv_fs_close(nullptr, &r.req, fd, nullptr);
}

static void freeBytes(JSRuntime*, void*, void* ptr) { free(ptr); }

static int64_t readAll(FsJob& j, const Target& t, int flags) {
  int fd = openTarget(j, t, flags, 0666);
  if (fd < 0) return fd;
  size_t cap = 0;
  {
    UvFs r;
    if (uv_fs_fstat(nullptr, &r.req, fd, nullptr) == 0 && S_ISREG(r.req.statbuf.st_mode))
      cap = static_cast<size_t>(r.req.statbuf.st_size);
  }
  if (cap > kMaxLength) { closeTarget(t, fd); j.fail("read"); j.flag = true; return UV_EFBIG; }
  bool known = cap > 0;
  if (!known) cap = 64 * 1024;
  uint8_t* buf = static_cast<uint8_t*>(malloc(cap + 1));
  if (!buf) { closeTarget(t, fd); j.fail("read"); return UV_ENOMEM; }
  size_t len = 0;
  for (;;) {
    if (len == cap) {
      if (known) {  // read one more byte to see whether the file grew
        uint8_t probe;
        UvFs r;
        uv_buf_t b = uv_buf_init(reinterpret_cast<char*>(&probe), 1);
        int n = uv_fs_read(nullptr, &r.req, fd, &b, 1, -1, nullptr);
        if (n <= 0) { if (n < 0) { free(buf); closeTarget(t, fd); j.fail("read"); return n; } break; }
        known = false;
        uint8_t* nb = static_cast<uint8_t*>(realloc(buf, cap * 2 + 64 * 1024 + 1));
        if (!nb) { free(buf); closeTarget(t, fd); j.fail("read"); return UV_ENOMEM; }
        buf = nb;
        buf[len++] = probe;
        cap = cap * 2 + 64 * 1024;
        continue;
      }
      if (cap >= kMaxLength) { free(buf); closeTarget(t, fd); j.fail("read"); j.flag = true; return UV_EFBIG; }
      size_t ncap = cap * 2;
      uint8_t* nb = static_cast<uint8_t*>(realloc(buf, ncap + 1));
      if (!nb) { free(buf); closeTarget(t, fd); j.fail("read"); return UV_ENOMEM; }
      buf = nb;
      cap = ncap;
    }
    UvFs r;
    uv_buf_t b = uv_buf_init(reinterpret_cast<char*>(buf + len), static_cast<unsigned>(cap - len));
    int n = uv_fs_read(nullptr, &r.req, fd, &b, 1, -1, nullptr);
    if (n < 0) { free(buf); closeTarget(t, fd); j.fail("read"); return n; }
    if (n == 0) break;
    len += static_cast<size_t>(n);
  }
  closeTarget(t, fd);
  j.data = buf;
  j.dataLen = len;
  return static_cast<int64_t>(len);
}

static Value readFile(Call& c) {
  Target t = targetArg(c);
  int flags = intArg(c, 1);
  bool asString = c.boolean(2);
  auto j = std::make_unique<FsJob>();
  j->syscall = "read";
  j->body = [t, flags](FsJob& self) { return readAll(self, t, flags); };
  if (asString) {
    j->convert = [](JSContext* ctx, FsJob& self) {
      return Value(ctx, JS_NewStringLen(ctx, reinterpret_cast<const char*>(self.data), self.dataLen));
    };
  } else {
    j->convert = [](JSContext* ctx, FsJob& self) {
      uint8_t* d = self.data;
      self.data = nullptr;
      Value ab(ctx, JS_NewArrayBuffer(ctx, d, self.dataLen, freeBytes, nullptr, false));
      JSValue args[3] = {ab.get(), JS_NewInt32(ctx, 0), JS_NewInt64(ctx, static_cast<int64_t>(self.dataLen))};
      return Value(ctx, JS_NewTypedArray(ctx, 3, args, JS_TYPED_ARRAY_UINT8));
    };
  }
  return runJob(c, 3, std::move(j));
}

static int64_t writeAll(FsJob& j, const Target& t, const char* p, size_t len, int flags, int mode) {
  int fd = openTarget(j, t, flags, mode);
  if (fd < 0) return fd;
  size_t done = 0;
  while (done < len) {
    UvFs r;
    size_t chunk = len - done > 0x40000000 ? 0x40000000 : len - done;
    uv_buf_t b = uv_buf_init(const_cast<char*>(p + done), static_cast<unsigned>(chunk));
    int n = uv_fs_write(nullptr, &r.req, fd, &b, 1, -1, nullptr);
    if (n < 0) { closeTarget(t, fd); j.fail("write"); return n; }
    done += static_cast<size_t>(n);
  }
  closeTarget(t, fd);
  return 0;
}

static Value writeFile(Call& c) {
  Target t = targetArg(c);
  int flags = intArg(c, 2), mode = intArg(c, 3);
  auto j = std::make_unique<FsJob>();
  j->syscall = "write";
  if (JS_IsString(c.raw(1))) {
    j->text = utf8Arg(c, 1);
    j->body = [t, flags, mode](FsJob& self) {
      return writeAll(self, t, self.text.data(), self.text.size(), flags, mode);
    };
  } else {
    Bytes b = bytesArg(c, 1, "data");
    const char* p = reinterpret_cast<const char*>(b.ptr);
    size_t len = b.len;
    j->keep = c.arg(1);
    j->body = [t, flags, mode, p, len](FsJob& self) { return writeAll(self, t, p, len, flags, mode); };
  }
  j->convert = [](JSContext* ctx, FsJob&) { return undefined(ctx); };
  return runJob(c, 4, std::move(j));
}

void registerFsFiles(JSContext* ctx, const Value& t) {
  setMethod<readFile>(ctx, t, "readFile", 4);
  setMethod<writeFile>(ctx, t, "writeFile", 5);
}

}  // namespace pjs
