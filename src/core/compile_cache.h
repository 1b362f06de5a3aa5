// The compile cache: QuickJS bytecode of user modules (CommonJS and ES modules) kept on disk,
// so a later run reads it back instead of parsing and compiling the source again. The API
// surface is Node 24's (module.enableCompileCache, NODE_COMPILE_CACHE …: lib/module.js); the
// file format, validation and safety rules are described in docs/DESIGN.md ("Compile cache").
// One CompileCache per Environment, created when the cache is enabled.
//
// Besides Node's API cache there is protoJS's default cache: on unless turned off, only for
// files under a node_modules directory, in $PROTOJS_CACHE_DIR, $XDG_CACHE_HOME/protojs or
// ~/.cache/protojs, created the first time such a file is compiled; invisible to Node's API
// (getCompileCacheDir() stays undefined) and silent (NODE_DEBUG_NATIVE=PROTOJS_COMPILE_CACHE
// reports it). When the API cache is enabled it replaces the default one.
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include "quickjs.h"

namespace pjs {

class Environment;

// 64-bit non-cryptographic hash (four multiply–rotate lanes over 32-byte blocks, then a final
// avalanche): detects changed sources and damaged cache files.
uint64_t hash64(const void* data, size_t len, uint64_t seed = 0);

class CompileCache {
 public:
  // module.constants.compileCacheStatus
  enum Status { kFailed = 0, kEnabled = 1, kAlreadyEnabled = 2, kDisabled = 3 };
  // kJSON: a package's JSON file, parsed (default cache only)
  enum Kind : uint32_t { kCommonJS = 1, kESModule = 2, kJSON = 3 };
  struct EnableResult { Status status; std::string message; std::string directory; };

  // Enables the cache of env in <dir>/<engine-specific subdirectory> (created 0700). `dir` is
  // resolved against the working directory. With `portable`, entries are keyed by the file's
  // path relative to `dir`.
  static EnableResult enable(Environment& env, const std::string& dir, bool portable);

  // The cache a module file is compiled with: the API cache when enabled, else the default cache
  // for files whose path has a /node_modules/ segment (set up on first use; nullptr when it is
  // off or cannot be used), else none. `filename` is absolute.
  static CompileCache* forFile(Environment& env, std::string_view filename);
  // The default cache for a package file while the API cache is off (Node's API cache holds
  // code only: JSON files are parsed as in Node then), else nullptr.
  static CompileCache* defaultForFile(Environment& env, std::string_view filename);

  // The engine-specific directory that holds the entries.
  const std::string& directory() const { return dir_; }

  // What identifies one module's entry: kind, file, wrapper parameters and source.
  struct Key {
    Kind kind;
    std::string filename;
    std::string params;  // CommonJS wrapper parameters ("exports, require, …"); "" for ESM
    uint64_t sourceLength;
    uint64_t sourceHash;
    std::string file;  // the entry's path in the cache directory
  };
  Key key(Kind kind, const std::string& filename, const std::string& params,
          std::string_view source) const;

  // The compiled object of a valid entry (function bytecode for kCommonJS, a module for
  // kESModule, the parsed value for kJSON), or JS_UNINITIALIZED when there is none: missing, stale, damaged, written by
  // another engine build or not owned by this user (never an exception).
  JSValue read(JSContext* ctx, const Key& key);
  // Writes the entry for `compiled` (atomically: temporary file + rename). Failures are ignored:
  // the cache is an optimization.
  void write(JSContext* ctx, const Key& key, JSValueConst compiled);

 private:
  CompileCache(std::string base, std::string dir, bool portable, bool debug, const char* logPrefix)
      : base_(std::move(base)), dir_(std::move(dir)), portable_(portable), debug_(debug),
        logPrefix_(logPrefix) {}
  // Creates <base>/<engine-specific name> (0700) and checks it is this user's and private:
  // the cache, or nullptr with a message. `managed` (the default cache): stale engine
  // directories of other builds in `base` are deleted when this one is created.
  static std::unique_ptr<CompileCache> open(const std::string& base, bool portable, bool managed,
                                            bool debug, const char* logPrefix, std::string* error);
  // The default cache's directory from the environment, or "" when it is off.
  static std::string defaultBase(bool debug);
  void log(const char* fmt, ...) const __attribute__((format(printf, 2, 3)));
  std::string base_;  // the directory the user named (absolute)
  std::string dir_;   // base_ + "/" + engine-specific name
  bool portable_;
  bool debug_;        // NODE_DEBUG_NATIVE=COMPILE_CACHE (API cache) or PROTOJS_COMPILE_CACHE
                      // (default cache): report hits, misses and writes on stderr
  const char* logPrefix_;
  unsigned tmpCounter_ = 0;
};

}  // namespace pjs
