#include "core/cli.h"
#include <cstdlib>
#include <cstring>
#include <uv.h>
#include <vector>

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
      "  --tls-min-v1.0, --tls-min-v1.1, --tls-min-v1.2, --tls-min-v1.3\n"
      "                             tls.DEFAULT_MIN_VERSION (default: TLSv1.2)\n"
      "  --tls-max-v1.2, --tls-max-v1.3  tls.DEFAULT_MAX_VERSION (default: TLSv1.3)\n"
      "  --tls-cipher-list=list     tls.DEFAULT_CIPHERS\n"
      "  --tls-keylog=file          append the TLS key-log lines of every connection to file\n"
      "  --trace-tls                print TLS packet traces to stderr (as enableTrace)\n"
      "  --use-openssl-ca, --use-system-ca  accepted: TLS always trusts the system's store\n"
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
      "Environment: NODE_OPTIONS, NODE_DEBUG, NO_COLOR, FORCE_COLOR, NODE_PATH,\n"
      "  NODE_COMPILE_CACHE, NODE_DISABLE_COMPILE_CACHE (Node's compile cache),\n"
      "  PROTOJS_CACHE_DIR (where package files are cached; default $XDG_CACHE_HOME/protojs or\n"
      "  ~/.cache/protojs), PROTOJS_COMPILE_CACHE=0 (no cache of package files)\n";
}

static bool parsePositive(const std::string& s, int* out) {
  if (s.empty() || s.size() > 6) return false;
  for (char c : s) if (c < '0' || c > '9') return false;
  int n = std::atoi(s.c_str());
  if (n < 1 || n > 4096) return false;
  *out = n;
  return true;
}

// Node's NODE_OPTIONS syntax: options separated by spaces; "…" groups (a backslash escapes
// the next character inside quotes). False for an unterminated string.
static bool splitNodeOptions(const char* env, std::vector<std::string>* out) {
  std::string cur;
  bool inToken = false, quoted = false;
  for (const char* p = env; *p; p++) {
    char c = *p;
    if (quoted) {
      if (c == '\\' && p[1]) { cur += *++p; continue; }
      if (c == '"') { quoted = false; continue; }
      cur += c;
      continue;
    }
    if (c == '"') { quoted = inToken = true; continue; }
    if (c == ' ') {
      if (inToken) out->push_back(cur);
      cur.clear();
      inToken = false;
      continue;
    }
    cur += c;
    inToken = true;
  }
  if (quoted) return false;
  if (inToken) out->push_back(cur);
  return true;
}

namespace {

// One option of the command line or of NODE_OPTIONS.
enum class Parsed { Ok, EndOfOptions, Stop, Error };

struct OptionParser {
  Options& o;
  CliResult& res;
  const std::vector<std::string>& args;
  size_t& i;
  bool fromEnv;                      // NODE_OPTIONS: recorded apart from execArgv
  std::vector<std::string>& record;  // execArgv or Options::nodeOptions
  bool& useOpenSSLCA;
  bool& useSystemCA;

  Parsed fail(const std::string& msg) {
    res.action = CliAction::Error;
    res.error = msg;
    return Parsed::Error;
  }

  Parsed parse() {
    const std::string& a = args[i];
    if (a == "--") {
      if (fromEnv) return fail("-- is not allowed in NODE_OPTIONS");
      i++;
      return Parsed::EndOfOptions;
    }
    std::string name = a, value;
    bool hasValue = false;
    size_t eq = a.find('=');
    if (a.rfind("--", 0) == 0 && eq != std::string::npos) {
      name = a.substr(0, eq);
      value = a.substr(eq + 1);
      hasValue = true;
    }
    // The option's value: after '=' or the next argument (recorded with the option).
    auto takeValue = [&](std::string* v) -> bool {
      if (hasValue) { *v = value; return true; }
      if (i + 1 >= args.size()) return false;
      *v = args[++i];
      record.push_back(*v);
      return true;
    };
    if (fromEnv && (name == "-v" || name == "--version" || name == "-h" || name == "--help" || name == "-e" ||
                    name == "--eval" || name == "-p" || name == "--print" || name == "-pe" || name == "-i" ||
                    name == "--interactive"))
      return fail(name + " is not allowed in NODE_OPTIONS");
    record.push_back(a);
    if (name == "-v" || name == "--version") { res.action = CliAction::PrintVersion; return Parsed::Stop; }
    if (name == "-h" || name == "--help") { res.action = CliAction::PrintHelp; return Parsed::Stop; }
    if (name == "-e" || name == "--eval" || name == "-p" || name == "--print" || name == "-pe") {
      if (!takeValue(&o.evalSource)) return fail(a + " requires an argument");
      o.hasEval = true;
      if (name == "-p" || name == "--print" || name == "-pe") o.print = true;
      return Parsed::Ok;
    }
    if (name == "-r" || name == "--require" || name == "--import") {
      std::string m;
      if (!takeValue(&m)) return fail(a + " requires an argument");
      (name == "--import" ? o.imports : o.preload).push_back(m);
      return Parsed::Ok;
    }
    if (name == "-i" || name == "--interactive") { o.forceRepl = true; return Parsed::Ok; }
    if (name == "--input-type") {
      if (!takeValue(&o.inputType)) return fail(a + " requires an argument");
      if (o.inputType != "commonjs" && o.inputType != "module")
        return fail("--input-type must be \"module\" or \"commonjs\"");
      return Parsed::Ok;
    }
    if (name == "--cpu-threads" || name == "--io-threads") {
      std::string v;
      if (!takeValue(&v)) return fail(a + " requires an argument");
      int* dst = name == "--cpu-threads" ? &o.cpuThreads : &o.ioThreads;
      if (!parsePositive(v, dst))
        return fail(name + " must be an integer between 1 and 4096, got '" + v + "'");
      return Parsed::Ok;
    }
    if (name == "--test-only") { o.testOnly = true; return Parsed::Ok; }
    if (name == "--dns-result-order") {  // read by lib/internal/dns/utils.js from the options
      std::string v;
      if (!takeValue(&v)) return fail(a + " requires an argument");
      if (v != "verbatim" && v != "ipv4first" && v != "ipv6first")
        return fail("--dns-result-order must be 'verbatim', 'ipv4first' or 'ipv6first', got '" + v + "'");
      return Parsed::Ok;
    }
    if (name == "--dns-cache") return Parsed::Ok;  // lib/internal/dns/lookup_cache.js
    if (name == "--unhandled-rejections") {
      std::string v;
      if (!takeValue(&v)) return fail(a + " requires an argument");
      if (v != "throw" && v != "strict" && v != "warn" && v != "none" && v != "warn-with-error-code")
        return fail("invalid value for --unhandled-rejections");
      return Parsed::Ok;
    }
    // TLS defaults (lib/tls.js) and key logging / tracing (lib/internal/tls/wrap.js).
    if (name == "--tls-min-v1.0") { o.tlsMinV10 = true; return Parsed::Ok; }
    if (name == "--tls-min-v1.1") { o.tlsMinV11 = true; return Parsed::Ok; }
    if (name == "--tls-min-v1.2") { o.tlsMinV12 = true; return Parsed::Ok; }
    if (name == "--tls-min-v1.3") { o.tlsMinV13 = true; return Parsed::Ok; }
    if (name == "--tls-max-v1.2") { o.tlsMaxV12 = true; return Parsed::Ok; }
    if (name == "--tls-max-v1.3") { o.tlsMaxV13 = true; return Parsed::Ok; }
    if (name == "--tls-cipher-list" || name == "--tls-keylog") {
      std::string v;
      // As Node: a following argument that looks like an option is not taken as the value.
      bool next = !hasValue && i + 1 < args.size() && args[i + 1].size() > 1 && args[i + 1][0] == '-';
      if (next || !takeValue(&v) || v.empty()) return fail(a + " requires an argument");
      (name == "--tls-keylog" ? o.tlsKeylog : o.tlsCipherList) = v;
      return Parsed::Ok;
    }
    if (name == "--trace-tls") { o.traceTls = true; return Parsed::Ok; }
    // protoJS always trusts OpenSSL's store, which is the system's: both flags ask for what is
    // already done (there is no bundled list, so --use-bundled-ca stays unknown).
    if (name == "--use-openssl-ca") { useOpenSSLCA = true; return Parsed::Ok; }
    if (name == "--use-system-ca") { useSystemCA = true; return Parsed::Ok; }
    if (name == "--no-warnings" || name == "--no-deprecation" || name == "--throw-deprecation" ||
        name == "--trace-deprecation" || name == "--trace-warnings" || name == "--trace-uncaught" ||
        name == "--pending-deprecation") return Parsed::Ok;
    // NODE_OPTIONS may carry options meant for Node or V8 that protoJS does not have: they are
    // left out rather than refusing to start.
    if (fromEnv) {
      record.pop_back();
      return Parsed::Ok;
    }
    return fail("bad option: " + a);
  }
};

}  // namespace

CliResult parseCommandLine(int argc, char** argv, Options& o) {
  CliResult res;
  char exe[4096];
  size_t n = sizeof(exe);
  o.execPath = uv_exepath(exe, &n) == 0 ? std::string(exe, n) : std::string(argv[0]);
  o.argv.push_back(o.execPath);
  o.argv0 = argc > 0 ? argv[0] : "protojs";

  bool useOpenSSLCA = false, useSystemCA = false;
  // NODE_OPTIONS first, as Node reads them: the command line's options come after.
  if (const char* env = getenv("NODE_OPTIONS"); env && *env) {
    std::vector<std::string> tokens;
    if (!splitNodeOptions(env, &tokens)) {
      res.action = CliAction::Error;
      res.error = "invalid value for NODE_OPTIONS (unterminated string)\n";
      return res;
    }
    for (size_t k = 0; k < tokens.size(); k++) {
      // As Node: what follows a word that is not an option is not read.
      if (tokens[k].size() < 2 || tokens[k][0] != '-') break;
      OptionParser p{o, res, tokens, k, true, o.nodeOptions, useOpenSSLCA, useSystemCA};
      Parsed r = p.parse();
      if (r == Parsed::Error) return res;
      if (r == Parsed::EndOfOptions) break;
    }
  }

  std::vector<std::string> args(argv + 1, argv + (argc > 1 ? argc : 1));
  size_t k = 0;
  for (; k < args.size(); k++) {
    const std::string& a = args[k];
    if (a.empty() || a[0] != '-' || a == "-") break;
    OptionParser p{o, res, args, k, false, o.execArgv, useOpenSSLCA, useSystemCA};
    Parsed r = p.parse();
    if (r == Parsed::Error || r == Parsed::Stop) return res;
    if (r == Parsed::EndOfOptions) break;
  }
  if (o.tlsMinV13 && o.tlsMaxV12) {
    res.action = CliAction::Error;
    res.error = "either --tls-min-v1.3 or --tls-max-v1.2 can be used, not both";
    return res;
  }
  if (useOpenSSLCA && useSystemCA) {
    res.action = CliAction::Error;
    res.error = "either --use-openssl-ca or --use-system-ca can be used, not both";
    return res;
  }
  int i = static_cast<int>(k) + 1;
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
