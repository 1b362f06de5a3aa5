// The compile cache: QuickJS bytecode of user modules (CommonJS and ES modules) kept on disk,
// so a later run reads it back instead of parsing and compiling the source again. The API
// surface is Node 24's (module.enableCompileCache, NODE_COMPILE_CACHE …: lib/module.js); the
// file format, validation and safety rules are described in docs/DESIGN.md ("Compile cache").
// One CompileCache per Environment, created when the cache is enabled.
#pragma once
#include <cstddef>
#include <cstdint>
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
  enum Kind : uint32_t { kCommonJS = 1, kESModule = 2 };
  struct EnableResult { Status status; std::string message; std::string directory; };

  // Enables the cache of env in <dir>/<engine-specific subdirectory> (created 0700). `dir` is
  // resolved against the working directory. With `portable`, entries are keyed by the file's
  // path relative to `dir`.
  static EnableResult enable(Environment& env, const std::string& dir, bool portable);

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
  // kESModule), or JS_UNINITIALIZED when there is none: missing, stale, damaged, written by
  // another engine build or not owned by this user (never an exception).
  JSValue read(JSContext* ctx, const Key& key);
  // Writes the entry for `compiled` (atomically: temporary file + rename). Failures are ignored:
  // the cache is an optimization.
  void write(JSContext* ctx, const Key& key, JSValueConst compiled);

 private:
  CompileCache(std::string base, std::string dir, bool portable, bool debug)
      : base_(std::move(base)), dir_(std::move(dir)), portable_(portable), debug_(debug) {}
  void log(const char* fmt, ...) const __attribute__((format(printf, 2, 3)));
  std::string base_;  // the directory the user named (absolute)
  std::string dir_;   // base_ + "/" + engine-specific name
  bool portable_;
  bool debug_;        // NODE_DEBUG_NATIVE=COMPILE_CACHE: report hits, misses and writes on stderr
  unsigned tmpCounter_ = 0;
};

}  // namespace pjs
