// What the command line asked for; read by the Environment and exposed to JS as
// internalBinding('options').
#pragma once
#include <string>
#include <vector>

namespace pjs {

struct Options {
  std::string execPath;                 // process.execPath
  std::string argv0;                    // process.argv0: argv[0] as the command line gave it
  std::vector<std::string> execArgv;    // runtime options before the script
  std::vector<std::string> nodeOptions; // the options NODE_OPTIONS gave (not in execArgv, as Node)
  std::vector<std::string> argv;        // process.argv: [execPath, script?, ...args]
  std::string script;                   // main file, "-" for stdin, empty for none
  bool hasEval = false;                 // -e / -p
  bool print = false;                   // -p
  std::string evalSource;
  bool forceRepl = false;               // -i
  std::string inputType;                // --input-type=commonjs|module
  std::vector<std::string> preload;     // -r / --require
  std::vector<std::string> imports;     // --import
  int cpuThreads = 0;                   // --cpu-threads (0 = number of cores)
  int ioThreads = 0;                    // --io-threads (0 = default)
  bool testOnly = false;                // --test-only
  // TLS (lib/tls.js, lib/internal/tls/wrap.js): --tls-min-v1.x / --tls-max-v1.x, --tls-cipher-list,
  // --tls-keylog=file, --trace-tls.
  bool tlsMinV10 = false, tlsMinV11 = false, tlsMinV12 = false, tlsMinV13 = false;
  bool tlsMaxV12 = false, tlsMaxV13 = false;
  std::string tlsCipherList;            // empty: the built-in list
  std::string tlsKeylog;                // empty: none
  bool traceTls = false;
};

}  // namespace pjs
