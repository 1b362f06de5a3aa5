#include "core/cli.h"
#include <cstdlib>
#include <cstring>
#include <uv.h>

namespace pjs {

const char* helpText() {
  return
      "Usage: protojs [options] [ script.js ] [arguments]\n"
      "       protojs [options] -e \"script\" [arguments]\n"
      "       protojs [options] -p \"expression\" [arguments]\n"
      "       protojs [options] - [arguments]        (program from stdin)\n"
      "       protojs                                  (REPL on a terminal)\n"
      "\n"
      "Options:\n"
      "  -e, --eval script          evaluate script\n"
      "  -p, --print script         evaluate script and print the result\n"
      "  -r, --require module       preload a CommonJS module (repeatable)\n"
      "  --import module            preload an ES module (repeatable)\n"
      "  -i, --interactive          start the REPL even if stdin is not a terminal\n"
      "  --input-type=type          commonjs or module: how to read -e/-p/stdin source\n"
      "  --cpu-threads=n            size of the CPU pool for Deferred tasks (default: cores)\n"
      "  --io-threads=n             size of the I/O pool (default: 4)\n"
      "  --test-only                run only tests marked 'only' (node:test)\n"
      "  --dns-result-order=order   dns.lookup's default order: verbatim, ipv4first, ipv6first\n"
      "  --dns-cache                cache dns.lookup results for their DNS TTL (protoJS)\n"
      "  --no-warnings              silence process warnings\n"
      "  --no-deprecation           silence deprecation warnings\n"
      "  --throw-deprecation        throw on deprecations\n"
      "  --trace-deprecation        print stack traces for deprecations\n"
      "  --trace-warnings           print stack traces for warnings\n"
      "  --unhandled-rejections=mode  throw (default), strict, warn, none, warn-with-error-code\n"
      "  -v, --version              print protoJS's version\n"
      "  -h, --help                 print this help\n"
      "  --                         end of options\n"
      "\n"
      "Environment: NODE_DEBUG, NO_COLOR, FORCE_COLOR, NODE_PATH\n";
}

static bool parsePositive(const std::string& s, int* out) {
  if (s.empty() || s.size() > 6) return false;
  for (char c : s) if (c < '0' || c > '9') return false;
  int n = std::atoi(s.c_str());
  if (n < 1 || n > 4096) return false;
  *out = n;
  return true;
}

CliResult parseCommandLine(int argc, char** argv, Options& o) {
  CliResult res;
  char exe[4096];
  size_t n = sizeof(exe);
  o.execPath = uv_exepath(exe, &n) == 0 ? std::string(exe, n) : std::string(argv[0]);
  o.argv.push_back(o.execPath);
  o.argv0 = argc > 0 ? argv[0] : "protojs";
  int i = 1;
  auto fail = [&](const std::string& msg) { res.action = CliAction::Error; res.error = msg; return res; };
  for (; i < argc; i++) {
    std::string a = argv[i];
    if (a.empty() || a[0] != '-' || a == "-") break;
    if (a == "--") { i++; break; }
    std::string name = a, value;
    bool hasValue = false;
    size_t eq = a.find('=');
    if (a.rfind("--", 0) == 0 && eq != std::string::npos) {
      name = a.substr(0, eq);
      value = a.substr(eq + 1);
      hasValue = true;
    }
    auto takeValue = [&](std::string* v) -> bool {
      if (hasValue) { *v = value; return true; }
      if (i + 1 >= argc) return false;
      *v = argv[++i];
      return true;
    };
    o.execArgv.push_back(a);
    if (name == "-v" || name == "--version") { res.action = CliAction::PrintVersion; return res; }
    if (name == "-h" || name == "--help") { res.action = CliAction::PrintHelp; return res; }
    if (name == "-e" || name == "--eval" || name == "-p" || name == "--print" || name == "-pe") {
      if (!takeValue(&o.evalSource)) return fail(a + " requires an argument");
      if (!hasValue) o.execArgv.push_back(o.evalSource);
      o.hasEval = true;
      if (name == "-p" || name == "--print" || name == "-pe") o.print = true;
      continue;
    }
    if (name == "-r" || name == "--require" || name == "--import") {
      std::string m;
      if (!takeValue(&m)) return fail(a + " requires an argument");
      if (!hasValue) o.execArgv.push_back(m);
      (name == "--import" ? o.imports : o.preload).push_back(m);
      continue;
    }
    if (name == "-i" || name == "--interactive") { o.forceRepl = true; continue; }
    if (name == "--input-type") {
      if (!takeValue(&o.inputType)) return fail(a + " requires an argument");
      if (o.inputType != "commonjs" && o.inputType != "module")
        return fail("--input-type must be \"module\" or \"commonjs\"");
      continue;
    }
    if (name == "--cpu-threads" || name == "--io-threads") {
      std::string v;
      if (!takeValue(&v)) return fail(a + " requires an argument");
      int* dst = name == "--cpu-threads" ? &o.cpuThreads : &o.ioThreads;
      if (!parsePositive(v, dst))
        return fail(name + " must be an integer between 1 and 4096, got '" + v + "'");
      continue;
    }
    if (name == "--test-only") { o.testOnly = true; continue; }
    if (name == "--dns-result-order") {  // read by lib/internal/dns/utils.js from execArgv
      std::string v;
      if (!takeValue(&v)) return fail(a + " requires an argument");
      if (!hasValue) o.execArgv.push_back(v);
      if (v != "verbatim" && v != "ipv4first" && v != "ipv6first")
        return fail("--dns-result-order must be 'verbatim', 'ipv4first' or 'ipv6first', got '" + v + "'");
      continue;
    }
    if (name == "--dns-cache") continue;  // lib/internal/dns/lookup_cache.js
    if (name == "--unhandled-rejections") {
      std::string v;
      if (!takeValue(&v)) return fail(a + " requires an argument");
      if (v != "throw" && v != "strict" && v != "warn" && v != "none" && v != "warn-with-error-code")
        return fail("invalid value for --unhandled-rejections");
      continue;
    }
    if (name == "--no-warnings" || name == "--no-deprecation" || name == "--throw-deprecation" ||
        name == "--trace-deprecation" || name == "--trace-warnings" || name == "--trace-uncaught" ||
        name == "--pending-deprecation") continue;
    return fail("bad option: " + a);
  }
  if (!o.hasEval && i < argc) {
    o.script = argv[i++];
    if (o.script != "-") {
      // process.argv[1] is the absolute path of the script
      char buf[4096];
      size_t len = sizeof(buf);
      std::string abs = o.script;
      if (abs[0] != '/' && uv_cwd(buf, &len) == 0) abs = std::string(buf, len) + "/" + abs;
      o.argv.push_back(abs);
    }
  }
  for (; i < argc; i++) o.argv.push_back(argv[i]);
  return res;
}

}  // namespace pjs
