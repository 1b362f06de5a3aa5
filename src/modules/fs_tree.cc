// internalBinding('fs'): directories — listing, creating (also recursively) and removing trees.
//   readdir(path, withTypes, cb) → names | [names, types] (types are UV_DIRENT_* numbers)
//   mkdir(path, mode, recursive, cb) → undefined | first directory created (recursive)
//   rmTree(path, cb) → undefined: removes a file, link or whole directory tree
#include <fcntl.h>
#include <memory>
#include "modules/fs_req.h"

namespace pjs {

static Value readdir(Call& c) {
  std::string path = pathArg(c, 0);
  bool withTypes = c.boolean(1);
  auto j = std::make_unique<FsJob>();
  j->syscall = "scandir";
  j->at(path);
  j->flag = withTypes;
  j->body = [path](FsJob& self) -> int64_t {
    UvFs r;
    int e = uv_fs_scandir(nullptr, &r.req, path.c_str(), 0, nullptr);
    if (e < 0) return e;
    uv_dirent_t ent;
    while (uv_fs_scandir_next(&r.req, &ent) != UV_EOF) {
      self.names.emplace_back(ent.name);
      self.types.push_back(static_cast<int>(ent.type));
    }
    return 0;
  };
  j->convert = [](JSContext* ctx, FsJob& self) {
    Value names = array(ctx);
    for (uint32_t i = 0; i < self.names.size(); i++) names.set(i, str(ctx, self.names[i]));
    if (!self.flag) return names;
    Value types = array(ctx);
    for (uint32_t i = 0; i < self.types.size(); i++) types.set(i, i64(ctx, self.types[i]));
    Value out = array(ctx);
    out.set(0u, names);
    out.set(1u, types);
    return out;
  };
  return runJob(c, 2, std::move(j));
}

static bool isDir(const std::string& p) {
  UvFs r;
  return uv_fs_stat(nullptr, &r.req, p.c_str(), nullptr) == 0 && S_ISDIR(r.req.statbuf.st_mode);
}

// mkdir -p; `first` receives the first directory this call created.
static int mkdirp(const std::string& p, int mode, std::string& first) {
  UvFs r;
  int e = uv_fs_mkdir(nullptr, &r.req, p.c_str(), mode, nullptr);
  if (e == 0) { if (first.empty()) first = p; return 0; }
  if (e == UV_EEXIST) return isDir(p) ? 0 : UV_EEXIST;
  if (e != UV_ENOENT) return e;
  size_t slash = p.find_last_of('/');
  while (slash != std::string::npos && slash > 0 && p[slash - 1] == '/') slash--;
  if (slash == std::string::npos || slash == 0) return e;
  std::string parent = p.substr(0, slash);
  int pe = mkdirp(parent, mode, first);
  if (pe < 0) return pe;
  UvFs r2;
  e = uv_fs_mkdir(nullptr, &r2.req, p.c_str(), mode, nullptr);
  if (e == 0) { if (first.empty()) first = p; return 0; }
  if (e == UV_EEXIST) return isDir(p) ? 0 : UV_EEXIST;
  return e;
}

static Value mkdir(Call& c) {
  std::string path = pathArg(c, 0);
  int mode = intArg(c, 1);
  bool recursive = c.boolean(2);
  auto j = std::make_unique<FsJob>();
  j->syscall = "mkdir";
  j->at(path);
  if (recursive) {
    std::string p = path;
    while (p.size() > 1 && p.back() == '/') p.pop_back();
    j->body = [p, mode](FsJob& self) -> int64_t {
      int e = mkdirp(p, mode, self.text);
      if (e == UV_ENOTDIR || e == UV_EEXIST) {
        // A file on the way: Node reports ENOTDIR for a file parent, EEXIST for the leaf.
        return isDir(p) ? 0 : (e == UV_EEXIST && self.text.empty() ? UV_EEXIST : e);
      }
      return e;
    };
    j->convert = [](JSContext* ctx, FsJob& self) {
      return self.text.empty() ? undefined(ctx) : str(ctx, self.text);
    };
  } else {
    j->body = [path, mode](FsJob&) -> int64_t {
      UvFs r;
      return uv_fs_mkdir(nullptr, &r.req, path.c_str(), mode, nullptr);
    };
    j->convert = [](JSContext* ctx, FsJob&) { return undefined(ctx); };
  }
  return runJob(c, 3, std::move(j));
}

// Removes p; `type` is its UV_DIRENT_* type when a directory listing already told it
// (UV_DIRENT_UNKNOWN: ask lstat), so a tree costs one call per file instead of two.
static int removeTree(FsJob& j, const std::string& p, int type = UV_DIRENT_UNKNOWN) {
  int e;
  const bool listed = type != UV_DIRENT_UNKNOWN;
  if (!listed) {
    UvFs st;
    e = uv_fs_lstat(nullptr, &st.req, p.c_str(), nullptr);
    if (e < 0) { j.fail("lstat"); j.at(p); return e; }
    type = S_ISDIR(st.req.statbuf.st_mode) ? UV_DIRENT_DIR : UV_DIRENT_FILE;
  }
  if (type != UV_DIRENT_DIR) {
    UvFs r;
    e = uv_fs_unlink(nullptr, &r.req, p.c_str(), nullptr);
    if (listed && (e == UV_EISDIR || e == UV_EPERM)) return removeTree(j, p);  // changed since listed
    if (e < 0 && e != UV_ENOENT) { j.fail("unlink"); j.at(p); return e; }
    return 0;
  }
  {
    UvFs r;
    e = uv_fs_scandir(nullptr, &r.req, p.c_str(), 0, nullptr);
    if (e < 0) { j.fail("scandir"); j.at(p); return e; }
    uv_dirent_t ent;
    std::vector<std::pair<std::string, int>> entries;
    while (uv_fs_scandir_next(&r.req, &ent) != UV_EOF) entries.emplace_back(ent.name, static_cast<int>(ent.type));
    for (const auto& [name, t] : entries) {
      e = removeTree(j, p + "/" + name, t);
      if (e < 0) return e;
    }
  }
  UvFs r;
  e = uv_fs_rmdir(nullptr, &r.req, p.c_str(), nullptr);
  if (e < 0 && e != UV_ENOENT) { j.fail("rmdir"); j.at(p); return e; }
  return 0;
}

static Value rmTree(Call& c) {
  std::string path = pathArg(c, 0);
  int retries = intArg(c, 1);
  auto j = std::make_unique<FsJob>();
  j->syscall = "rm";
  j->at(path);
  j->body = [path, retries](FsJob& self) -> int64_t {
    int e = 0;
    for (int attempt = 0; attempt <= retries; attempt++) {
      e = removeTree(self, path);
      if (e != UV_EBUSY && e != UV_ENOTEMPTY && e != UV_EPERM && e != UV_EMFILE && e != UV_ENFILE) break;
    }
    return e;
  };
  j->convert = [](JSContext* ctx, FsJob&) { return undefined(ctx); };
  return runJob(c, 2, std::move(j));
}

void registerFsTree(JSContext* ctx, const Value& t) {
  setMethod<readdir>(ctx, t, "readdir", 3);
  setMethod<mkdir>(ctx, t, "mkdir", 4);
  setMethod<rmTree>(ctx, t, "rmTree", 3);
}

}  // namespace pjs
