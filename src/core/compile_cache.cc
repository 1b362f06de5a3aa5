#include "core/compile_cache.h"
#include <elf.h>
#include <dirent.h>
#include <fcntl.h>
#include <link.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>
#include <uv.h>
#include <atomic>
#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <memory>
#include <vector>
#include "core/cli.h"
#include "core/environment.h"

namespace pjs {

// ---- hash64 ----

static constexpr uint64_t kP1 = 0x9E3779B185EBCA87ull;
static constexpr uint64_t kP2 = 0xC2B2AE3D27D4EB4Full;
static constexpr uint64_t kP3 = 0x165667B19E3779F9ull;
static constexpr uint64_t kP4 = 0x85EBCA77C2B2AE63ull;
static constexpr uint64_t kP5 = 0x27D4EB2F165667C5ull;

static inline uint64_t rotl(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }
static inline uint64_t load64(const uint8_t* p) { uint64_t v; memcpy(&v, p, 8); return v; }
static inline uint32_t load32(const uint8_t* p) { uint32_t v; memcpy(&v, p, 4); return v; }
static inline uint64_t round64(uint64_t acc, uint64_t w) { return rotl(acc + w * kP2, 31) * kP1; }
static inline uint64_t merge64(uint64_t h, uint64_t lane) { return (h ^ round64(0, lane)) * kP1 + kP4; }

uint64_t hash64(const void* data, size_t len, uint64_t seed) {
  const uint8_t* p = static_cast<const uint8_t*>(data);
  const uint8_t* end = p + len;
  uint64_t h;
  if (len >= 32) {
    uint64_t a = seed + kP1 + kP2, b = seed + kP2, c = seed, d = seed - kP1;
    const uint8_t* limit = end - 32;
    do {
      a = round64(a, load64(p));
      b = round64(b, load64(p + 8));
      c = round64(c, load64(p + 16));
      d = round64(d, load64(p + 24));
      p += 32;
    } while (p <= limit);
    h = rotl(a, 1) + rotl(b, 7) + rotl(c, 12) + rotl(d, 18);
    h = merge64(merge64(merge64(merge64(h, a), b), c), d);
  } else {
    h = seed + kP5;
  }
  h += static_cast<uint64_t>(len);
  for (; p + 8 <= end; p += 8) h = rotl(h ^ round64(0, load64(p)), 27) * kP1 + kP4;
  if (p + 4 <= end) { h = rotl(h ^ (static_cast<uint64_t>(load32(p)) * kP1), 23) * kP2 + kP3; p += 4; }
  for (; p < end; p++) h = rotl(h ^ (*p * kP5), 11) * kP1;
  h ^= h >> 33; h *= kP2;
  h ^= h >> 29; h *= kP3;
  h ^= h >> 32;
  return h;
}

// ---- what identifies the engine that wrote an entry ----

// The GNU build id of the ELF object holding this code (the protojs executable): it changes with
// any change to the engine, so bytecode from another build (other opcodes or atom numbering)
// is never read. Falls back to the executable's size and modification time.
static int findBuildId(dl_phdr_info* info, size_t, void* data) {
  auto* out = static_cast<std::string*>(data);
  const auto self = reinterpret_cast<uintptr_t>(&findBuildId);
  bool mine = false;
  for (int i = 0; i < info->dlpi_phnum; i++) {
    const ElfW(Phdr)& ph = info->dlpi_phdr[i];
    uintptr_t start = info->dlpi_addr + ph.p_vaddr;
    if (ph.p_type == PT_LOAD && self >= start && self < start + ph.p_memsz) mine = true;
  }
  if (!mine) return 0;
  for (int i = 0; i < info->dlpi_phnum; i++) {
    const ElfW(Phdr)& ph = info->dlpi_phdr[i];
    if (ph.p_type != PT_NOTE) continue;
    const uint8_t* p = reinterpret_cast<const uint8_t*>(info->dlpi_addr + ph.p_vaddr);
    const uint8_t* end = p + ph.p_memsz;
    while (p + sizeof(ElfW(Nhdr)) <= end) {
      const auto* nh = reinterpret_cast<const ElfW(Nhdr)*>(p);
      const uint8_t* name = p + sizeof(ElfW(Nhdr));
      const uint8_t* desc = name + ((nh->n_namesz + 3) & ~3u);
      if (desc + nh->n_descsz > end) break;
      if (nh->n_type == NT_GNU_BUILD_ID && nh->n_namesz == 4 && memcmp(name, "GNU", 4) == 0) {
        static const char* hex = "0123456789abcdef";
        for (uint32_t j = 0; j < nh->n_descsz; j++) {
          out->push_back(hex[desc[j] >> 4]);
          out->push_back(hex[desc[j] & 15]);
        }
        return 1;
      }
      p = desc + ((nh->n_descsz + 3) & ~3u);
    }
  }
  return 1;
}

static const char* archName() {
#if defined(__x86_64__)
  return "x64";
#elif defined(__aarch64__)
  return "arm64";
#elif defined(__i386__)
  return "ia32";
#elif defined(__arm__)
  return "arm";
#elif defined(__riscv) && __riscv_xlen == 64
  return "riscv64";
#else
  return "unknown";
#endif
}

// "protojs 0.1.0 quickjs 2025-04-26 x64 build <id>": stored in every entry and compared.
static const std::string& engineTag() {
  static const std::string tag = [] {
    std::string id;
    dl_iterate_phdr(findBuildId, &id);
    if (id.empty()) {
      struct stat st;
      if (stat("/proc/self/exe", &st) == 0) {
        char buf[64];
        snprintf(buf, sizeof(buf), "exe-%lld-%lld.%09ld", static_cast<long long>(st.st_size),
                 static_cast<long long>(st.st_mtim.tv_sec), st.st_mtim.tv_nsec);
        id = buf;
      } else {
        id = "unknown";
      }
    }
    return std::string("protojs ") + kProtojsVersion + " quickjs " + PJS_QUICKJS_VERSION + " " +
           archName() + " build " + id;
  }();
  return tag;
}

// ---- entries ----
// An entry file is a fixed header, three strings (engine tag, file name, wrapper parameters)
// and the bytecode. All of it is checked before JS_ReadObject, which trusts its input.

static constexpr char kMagic[8] = {'P', 'J', 'S', 'C', 'C', '\r', '\n', '\x1a'};
static constexpr uint32_t kFormatVersion = 1;
static constexpr uint64_t kMaxEntrySize = uint64_t(1) << 31;

struct EntryHeader {
  char magic[8];
  uint32_t formatVersion;
  uint32_t kind;
  uint64_t sourceLength;
  uint64_t sourceHash;
  uint64_t codeLength;
  uint64_t codeHash;
  uint32_t tagLength;
  uint32_t filenameLength;
  uint32_t paramsLength;
  uint32_t reserved;
  uint64_t headerHash;  // of the bytes above and of the three strings
};
static_assert(sizeof(EntryHeader) == 72, "entry header layout");

static uint64_t headerHash(const EntryHeader& h, std::string_view strings) {
  uint64_t a = hash64(&h, offsetof(EntryHeader, headerHash), 0x5eed);
  return hash64(strings.data(), strings.size(), a);
}

static const char* kindName(CompileCache::Kind k) {
  return k == CompileCache::kCommonJS ? "CommonJS" : k == CompileCache::kESModule ? "ESM" : "JSON";
}

void CompileCache::log(const char* fmt, ...) const {
  if (!debug_) return;
  va_list ap;
  va_start(ap, fmt);
  fputs(logPrefix_, stderr);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
}

// Lexical relative path from directory `from` to `to` (both absolute and normalized).
static std::string relativePath(const std::string& from, const std::string& to) {
  auto split = [](const std::string& p) {
    std::vector<std::string_view> parts;
    size_t i = 0;
    while (i < p.size()) {
      size_t j = p.find('/', i);
      if (j == std::string::npos) j = p.size();
      if (j > i) parts.emplace_back(p.data() + i, j - i);
      i = j + 1;
    }
    return parts;
  };
  auto a = split(from), b = split(to);
  size_t common = 0;
  while (common < a.size() && common < b.size() && a[common] == b[common]) common++;
  std::string out;
  for (size_t i = common; i < a.size(); i++) out += out.empty() ? ".." : "/..";
  for (size_t i = common; i < b.size(); i++) {
    if (!out.empty()) out += '/';
    out += b[i];
  }
  return out;
}

CompileCache::Key CompileCache::key(Kind kind, const std::string& filename,
                                    const std::string& params, std::string_view source) const {
  Key k{kind, filename, params, source.size(), hash64(source.data(), source.size()), {}};
  std::string id = std::to_string(kind) + '\0' + params + '\0' +
                   (portable_ ? relativePath(base_, filename) : filename);
  char name[17];
  snprintf(name, sizeof(name), "%016llx", static_cast<unsigned long long>(hash64(id.data(), id.size())));
  k.file = dir_ + "/" + name;
  return k;
}

static bool readAll(int fd, char* buf, size_t len) {
  while (len > 0) {
    ssize_t n = ::read(fd, buf, len);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    buf += n;
    len -= static_cast<size_t>(n);
  }
  return true;
}

JSValue CompileCache::read(JSContext* ctx, const Key& k) {
  const char* kind = kindName(k.kind);
  int fd = ::open(k.file.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
  if (fd < 0) {
    log("no cache for %s %s (%s)", kind, k.filename.c_str(), strerror(errno));
    return JS_UNINITIALIZED;
  }
  struct stat st;
  std::unique_ptr<char[]> buf;
  const char* why = nullptr;
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    why = "not a regular file";
  } else if (st.st_uid != geteuid()) {
    why = "not owned by this user";
  } else if (static_cast<uint64_t>(st.st_size) < sizeof(EntryHeader) ||
             static_cast<uint64_t>(st.st_size) > kMaxEntrySize) {
    why = "bad size";
  } else {
    buf.reset(new (std::nothrow) char[static_cast<size_t>(st.st_size)]);
    if (!buf || !readAll(fd, buf.get(), static_cast<size_t>(st.st_size))) why = "read failed";
  }
  ::close(fd);
  const size_t size = static_cast<size_t>(st.st_size);
  EntryHeader h;
  if (!why) {
    memcpy(&h, buf.get(), sizeof(h));
    const std::string& tag = engineTag();
    uint64_t strings = uint64_t(h.tagLength) + h.filenameLength + h.paramsLength;
    if (memcmp(h.magic, kMagic, sizeof(kMagic)) != 0 || h.formatVersion != kFormatVersion) {
      why = "not a protojs cache entry";
    } else if (sizeof(EntryHeader) + strings + h.codeLength != size) {
      why = "truncated or damaged";
    } else if (h.headerHash != headerHash(h, std::string_view(buf.get() + sizeof(h), strings))) {
      why = "damaged header";
    } else if (std::string_view(buf.get() + sizeof(h), h.tagLength) != tag) {
      why = "written by another protojs or engine build";
    } else if (h.kind != k.kind ||
               std::string_view(buf.get() + sizeof(h) + h.tagLength, h.filenameLength) != k.filename ||
               std::string_view(buf.get() + sizeof(h) + h.tagLength + h.filenameLength, h.paramsLength) != k.params) {
      why = "for another file";
    } else if (h.sourceLength != k.sourceLength || h.sourceHash != k.sourceHash) {
      why = "source changed";
    } else if (hash64(buf.get() + size - h.codeLength, h.codeLength) != h.codeHash) {
      why = "bytecode checksum mismatch";
    }
  }
  if (why) {
    log("reading cache from %s for %s %s... rejected: %s", k.file.c_str(), kind, k.filename.c_str(), why);
    return JS_UNINITIALIZED;
  }
  const uint8_t* code = reinterpret_cast<const uint8_t*>(buf.get() + size - h.codeLength);
  JSValue obj = JS_ReadObject(ctx, code, h.codeLength, JS_READ_OBJ_BYTECODE);
  if (JS_IsException(obj)) {
    JS_FreeValue(ctx, JS_GetException(ctx));
    log("reading cache from %s for %s %s... rejected: unreadable bytecode", k.file.c_str(), kind, k.filename.c_str());
    return JS_UNINITIALIZED;
  }
  int expected = k.kind == kCommonJS ? JS_TAG_FUNCTION_BYTECODE : JS_TAG_MODULE;
  if (k.kind != kJSON && JS_VALUE_GET_TAG(obj) != expected) {
    JS_FreeValue(ctx, obj);
    log("reading cache from %s for %s %s... rejected: wrong object kind", k.file.c_str(), kind, k.filename.c_str());
    return JS_UNINITIALIZED;
  }
  log("reading cache from %s for %s %s... success, size=%zu", k.file.c_str(), kind, k.filename.c_str(), size);
  return obj;
}

void CompileCache::write(JSContext* ctx, const Key& k, JSValueConst compiled) {
  const char* kind = kindName(k.kind);
  size_t codeLength = 0;
  uint8_t* code = JS_WriteObject(ctx, &codeLength, compiled, JS_WRITE_OBJ_BYTECODE);
  if (!code) {
    JS_FreeValue(ctx, JS_GetException(ctx));
    log("writing cache for %s %s... failed: cannot serialize", kind, k.filename.c_str());
    return;
  }
  const std::string& tag = engineTag();
  std::string strings = tag + k.filename + k.params;
  EntryHeader h{};
  memcpy(h.magic, kMagic, sizeof(kMagic));
  h.formatVersion = kFormatVersion;
  h.kind = k.kind;
  h.sourceLength = k.sourceLength;
  h.sourceHash = k.sourceHash;
  h.codeLength = codeLength;
  h.codeHash = hash64(code, codeLength);
  h.tagLength = static_cast<uint32_t>(tag.size());
  h.filenameLength = static_cast<uint32_t>(k.filename.size());
  h.paramsLength = static_cast<uint32_t>(k.params.size());
  h.headerHash = headerHash(h, strings);

  // A name no other writer uses (processes: pid; threads of one process: the counter), created
  // exclusively, renamed over the entry when complete: readers see the old or the new entry.
  static std::atomic<unsigned> counter{0};
  std::string tmp = k.file + ".tmp-" + std::to_string(getpid()) + "-" + std::to_string(counter++);
  const char* why = nullptr;
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
  if (fd < 0) {
    why = strerror(errno);
  } else {
    iovec iov[3] = {{&h, sizeof(h)}, {strings.data(), strings.size()}, {code, codeLength}};
    size_t total = sizeof(h) + strings.size() + codeLength;
    ssize_t n;
    do n = ::writev(fd, iov, 3); while (n < 0 && errno == EINTR);
    if (n < 0 || static_cast<size_t>(n) != total) {
      // a short writev (a full disk) is not retried: the entry is simply not written
      why = n < 0 ? strerror(errno) : "short write";
    }
    if (::close(fd) != 0 && !why) why = strerror(errno);
    if (!why && ::rename(tmp.c_str(), k.file.c_str()) != 0) why = strerror(errno);
    if (why) ::unlink(tmp.c_str());
  }
  js_free(ctx, code);
  if (why) log("writing cache for %s %s in %s... failed: %s", kind, k.filename.c_str(), k.file.c_str(), why);
  else log("writing cache for %s %s in %s... success, size=%zu", kind, k.filename.c_str(), k.file.c_str(), sizeof(h) + strings.size() + codeLength);
}

// ---- enabling ----

// mkdir -p with mode 0700 for what it creates; 0 (*created: whether `dir` itself was made by
// this call) or a negative errno.
static int makeDirs(const std::string& dir, bool* created = nullptr) {
  struct stat st;
  if (stat(dir.c_str(), &st) == 0) return S_ISDIR(st.st_mode) ? 0 : UV_ENOTDIR;
  if (errno != ENOENT) return -errno;
  size_t slash = dir.rfind('/');
  if (slash != std::string::npos && slash > 0) {
    int r = makeDirs(dir.substr(0, slash));
    if (r < 0) return r;
  }
  if (mkdir(dir.c_str(), 0700) == 0) {
    if (created) *created = true;
  } else if (errno != EEXIST) {
    return -errno;
  }
  return 0;
}

// The default cache's housekeeping. Every protoJS build has its own engine directory, so the
// directories of older builds would pile up: when a build creates its directory, the engine
// directories of this user in the same place that nobody wrote into for kStaleSeconds are
// deleted (their entries, then the directory; anything else in them is left, and so are they).
// A directory in use gets its modification time refreshed at most once a day, so a cache that
// is only read is not taken for a stale one.
static constexpr time_t kStaleSeconds = 30 * 24 * 3600;

// An entry ("<16 hex digits>") or a temporary one ("<16 hex digits>.tmp-<pid>-<n>").
static bool isEntryName(std::string_view name) {
  if (name.size() < 16) return false;
  for (size_t i = 0; i < 16; i++) {
    if (!isxdigit(static_cast<unsigned char>(name[i]))) return false;
  }
  return name.size() == 16 || name.substr(16, 5) == ".tmp-";
}

static void pruneStale(const std::string& base, const std::string& keep, const char* logPrefix, bool debug) {
  int bfd = ::open(base.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (bfd < 0) return;
  DIR* d = fdopendir(bfd);
  if (!d) { ::close(bfd); return; }
  char suffixBuf[24];
  snprintf(suffixBuf, sizeof(suffixBuf), "-%u", static_cast<unsigned>(geteuid()));
  const std::string_view suffix(suffixBuf);
  const time_t now = time(nullptr);
  std::vector<std::string> stale;
  while (dirent* e = readdir(d)) {
    std::string_view name(e->d_name);
    if (name == keep || name.substr(0, 8) != "protojs-" || name.size() <= suffix.size() ||
        name.substr(name.size() - suffix.size()) != suffix) continue;
    struct stat st;
    if (fstatat(bfd, e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISDIR(st.st_mode) ||
        st.st_uid != geteuid() || now - st.st_mtime < kStaleSeconds) continue;
    stale.emplace_back(name);
  }
  for (const std::string& name : stale) {
    int fd = openat(bfd, name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) continue;
    if (DIR* sd = fdopendir(fd)) {
      while (dirent* e = readdir(sd)) {
        struct stat st;
        if (isEntryName(e->d_name) && fstatat(fd, e->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0 &&
            S_ISREG(st.st_mode)) {
          unlinkat(fd, e->d_name, 0);
        }
      }
      closedir(sd);  // closes fd
    } else {
      ::close(fd);
    }
    bool removed = unlinkat(bfd, name.c_str(), AT_REMOVEDIR) == 0;
    if (debug) fprintf(stderr, "%sremoving stale %s/%s... %s\n", logPrefix, base.c_str(), name.c_str(), removed ? "success" : strerror(errno));
  }
  closedir(d);  // closes bfd
}

static const char kApiLogPrefix[] = "[compile cache] ";

// NODE_DEBUG_NATIVE is a comma-separated list. Node enables a category when its name contains
// a listed word, case-insensitively ("cache" enables COMPILE_CACHE); protoJS's own category
// must be named exactly, so that no word that Node understands turns it on.
static bool debugEnabled(const char* category, bool exact) {
  const char* d = getenv("NODE_DEBUG_NATIVE");
  if (!d) return false;
  std::string cat(category);
  for (char& ch : cat) ch = static_cast<char>(tolower(static_cast<unsigned char>(ch)));
  std::string list(d);
  size_t i = 0;
  while (i < list.size()) {
    size_t comma = list.find(',', i);
    if (comma == std::string::npos) comma = list.size();
    std::string word = list.substr(i, comma - i);
    for (char& ch : word) ch = static_cast<char>(tolower(static_cast<unsigned char>(ch)));
    if (exact ? word == cat : cat.find(word) != std::string::npos) return true;
    i = comma + 1;
  }
  return false;
}

std::unique_ptr<CompileCache> CompileCache::open(const std::string& base, bool portable, bool managed,
                                                 bool debug, const char* logPrefix, std::string* error) {
  char sub[256];
  snprintf(sub, sizeof(sub), "protojs-%s-%s-%08x-%u", kProtojsVersion, archName(),
           static_cast<unsigned>(hash64(engineTag().data(), engineTag().size())),
           static_cast<unsigned>(geteuid()));
  std::string dir = base;
  if (dir.empty() || dir.back() != '/') dir += '/';
  dir += sub;
  bool created = false;
  int r = makeDirs(dir, &created);
  if (r < 0) {
    if (debug) fprintf(stderr, "%screating cache directory %s... %s\n", logPrefix, dir.c_str(), uv_strerror(r));
    *error = std::string("Cannot create cache directory: ") + uv_strerror(r);
    return nullptr;
  }
  // The entries are code this process will run: the directory must be this user's own, and
  // nobody else may write into it (a shared parent such as /tmp cannot plant entries).
  struct stat st;
  if (lstat(dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != geteuid() ||
      (st.st_mode & (S_IWGRP | S_IWOTH)) != 0) {
    *error = "Cache directory " + dir + " is not a directory owned by this user and private to it";
    // (the API cache reports this in enableCompileCache()'s result only, as before)
    if (debug && managed) fprintf(stderr, "%s%s\n", logPrefix, error->c_str());
    return nullptr;
  }
  if (debug) fprintf(stderr, "%senabled in %s (engine: %s)\n", logPrefix, dir.c_str(), engineTag().c_str());
  if (managed) {
    if (created) pruneStale(base, sub, logPrefix, debug);
    else if (time(nullptr) - st.st_mtime > 24 * 3600) utimensat(AT_FDCWD, dir.c_str(), nullptr, 0);
  }
  return std::unique_ptr<CompileCache>(new CompileCache(base, dir, portable, debug, logPrefix));
}

CompileCache::EnableResult CompileCache::enable(Environment& env, const std::string& base, bool portable) {
  if (env.compileCache) return {kAlreadyEnabled, "", env.compileCache->directory()};
  std::string error;
  env.compileCache = open(base, portable, false, debugEnabled("COMPILE_CACHE", false), kApiLogPrefix, &error);
  if (!env.compileCache) return {kFailed, error, ""};
  return {kEnabled, "", base};
}

// ---- the default cache (package files) ----

std::string CompileCache::defaultBase(bool debug) {
  auto off = [debug](const char* why) {
    if (debug) fprintf(stderr, "[protojs compile cache] off: %s\n", why);
    return std::string();
  };
  if (getenv("NODE_DISABLE_COMPILE_CACHE")) return off("NODE_DISABLE_COMPILE_CACHE is set");
  if (const char* v = getenv("PROTOJS_COMPILE_CACHE"); v && strcmp(v, "0") == 0) {
    return off("PROTOJS_COMPILE_CACHE=0");
  }
  std::string base;
  if (const char* d = getenv("PROTOJS_CACHE_DIR"); d && *d) {
    base = d;
  } else {
    if (const char* x = getenv("XDG_CACHE_HOME"); x && x[0] == '/') {
      base = std::string(x) + "/protojs";  // a relative XDG_CACHE_HOME is invalid: ignored
    } else if (const char* h = getenv("HOME"); h && h[0] == '/') {
      base = std::string(h) + "/.cache/protojs";
    } else {
      return off("no PROTOJS_CACHE_DIR, XDG_CACHE_HOME or HOME");
    }
    // Another user's home (`sudo` keeping HOME): nothing is created there, so that the owner's
    // own cache directory is not taken by a directory they cannot write into.
    std::string p = base;
    struct stat st;
    while (lstat(p.c_str(), &st) != 0) {
      size_t slash = p.rfind('/');
      if (errno != ENOENT || slash == std::string::npos || slash == 0) return off("cannot inspect the cache location");
      p.resize(slash);
    }
    if (st.st_uid != geteuid()) return off("the default location belongs to another user");
  }
  if (base[0] != '/') {
    char cwd[4096];
    if (!getcwd(cwd, sizeof(cwd))) return off("cannot resolve PROTOJS_CACHE_DIR");
    base = std::string(cwd) + "/" + base;
  }
  return base;
}

CompileCache* CompileCache::defaultForFile(Environment& env, std::string_view filename) {
  return env.compileCache ? nullptr : forFile(env, filename);
}

CompileCache* CompileCache::forFile(Environment& env, std::string_view filename) {
  if (env.compileCache) return env.compileCache.get();
  if (filename.find("/node_modules/") == std::string_view::npos) return nullptr;
  if (!env.defaultCompileCacheTried) {
    env.defaultCompileCacheTried = true;
    bool debug = debugEnabled("PROTOJS_COMPILE_CACHE", true);
    std::string base = defaultBase(debug);
    std::string error;
    if (!base.empty()) env.defaultCompileCache = open(base, false, true, debug, "[protojs compile cache] ", &error);
  }
  return env.defaultCompileCache.get();
}

}  // namespace pjs
