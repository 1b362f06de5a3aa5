// internalBinding('process'): process facts and controls (lib/internal/process/*.js builds the
// public `process` object on top).
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cstdlib>
#include <cstring>
#include <vector>
#include "binding/call.h"
#include "core/environment.h"
#include "quickjs.h"

extern char** environ;

namespace pjs {

static Value cwd(Call& c) {
  char buf[4096];
  size_t n = sizeof(buf);
  int r = uv_cwd(buf, &n);
  if (r < 0) throwUvError(c.ctx(), r, "uv_cwd");
  return str(c.ctx(), std::string_view(buf, n));
}

static Value chdir(Call& c) {
  std::string d = c.string(0, "directory");
  int r = uv_chdir(d.c_str());
  if (r < 0) {  // Node names the old directory as path and the new one as dest
    char buf[4096];
    size_t n = sizeof(buf);
    std::string from = uv_cwd(buf, &n) == 0 ? std::string(buf, n) : std::string();
    throwUvError(c.ctx(), r, "chdir", from.c_str(), d.c_str());
  }
  return undefined(c.ctx());
}

// hrtime() → BigInt nanoseconds of a monotonic clock
static Value hrtime(Call& c) { return Value(c.ctx(), JS_NewBigUint64(c.ctx(), uv_hrtime())); }
static Value hrtimeMs(Call& c) { return num(c.ctx(), static_cast<double>(uv_hrtime()) / 1e6); }

static Value umask(Call& c) {
  if (!c.has(0)) {
    mode_t old = ::umask(0);
    ::umask(old);
    return i64(c.ctx(), old);
  }
  return i64(c.ctx(), ::umask(static_cast<mode_t>(c.integer(0, "mask"))));
}

static Value memoryUsage(Call& c) {
  JSContext* ctx = c.ctx();
  size_t rss = 0;
  uv_resident_set_memory(&rss);
  JSMemoryUsage mu;
  JS_ComputeMemoryUsage(JS_GetRuntime(ctx), &mu);
  Value o = object(ctx);
  o.set("rss", num(ctx, static_cast<double>(rss)));
  o.set("heapTotal", num(ctx, static_cast<double>(mu.malloc_size)));
  o.set("heapUsed", num(ctx, static_cast<double>(mu.memory_used_size)));
  o.set("external", num(ctx, 0));
  o.set("arrayBuffers", num(ctx, 0));
  return o;
}

static Value rss(Call& c) {
  size_t rss = 0;
  uv_resident_set_memory(&rss);
  return num(c.ctx(), static_cast<double>(rss));
}

static double tvMicros(const uv_timeval_t& tv) { return tv.tv_sec * 1e6 + tv.tv_usec; }

// resourceUsage() → object with Node's process.resourceUsage() fields
static Value resourceUsage(Call& c) {
  JSContext* ctx = c.ctx();
  uv_rusage_t ru;
  int r = uv_getrusage(&ru);
  if (r < 0) throwUvError(ctx, r, "uv_getrusage");
  Value o = object(ctx);
  o.set("userCPUTime", num(ctx, tvMicros(ru.ru_utime)));
  o.set("systemCPUTime", num(ctx, tvMicros(ru.ru_stime)));
  o.set("maxRSS", num(ctx, static_cast<double>(ru.ru_maxrss)));
  o.set("sharedMemorySize", num(ctx, static_cast<double>(ru.ru_ixrss)));
  o.set("unsharedDataSize", num(ctx, static_cast<double>(ru.ru_idrss)));
  o.set("unsharedStackSize", num(ctx, static_cast<double>(ru.ru_isrss)));
  o.set("minorPageFault", num(ctx, static_cast<double>(ru.ru_minflt)));
  o.set("majorPageFault", num(ctx, static_cast<double>(ru.ru_majflt)));
  o.set("swappedOut", num(ctx, static_cast<double>(ru.ru_nswap)));
  o.set("fsRead", num(ctx, static_cast<double>(ru.ru_inblock)));
  o.set("fsWrite", num(ctx, static_cast<double>(ru.ru_oublock)));
  o.set("ipcSent", num(ctx, static_cast<double>(ru.ru_msgsnd)));
  o.set("ipcReceived", num(ctx, static_cast<double>(ru.ru_msgrcv)));
  o.set("signalsCount", num(ctx, static_cast<double>(ru.ru_nsignals)));
  o.set("voluntaryContextSwitches", num(ctx, static_cast<double>(ru.ru_nvcsw)));
  o.set("involuntaryContextSwitches", num(ctx, static_cast<double>(ru.ru_nivcsw)));
  return o;
}

static Value kill(Call& c) {
  int64_t pid = c.integer(0, "pid");
  int64_t sig = c.integer(1, "signal");
  int r = uv_kill(static_cast<int>(pid), static_cast<int>(sig));
  return i64(c.ctx(), r);
}

static Value reallyExit(Call& c) { c.env().exit(static_cast<int>(c.arg(0).toInt64(0))); }

static Value getEnv(Call& c) {
  std::string k = c.string(0, "name");
  const char* v = getenv(k.c_str());
  return v ? str(c.ctx(), v) : undefined(c.ctx());
}
static Value setEnv(Call& c) {
  std::string k = c.string(0, "name"), v = c.string(1, "value");
  setenv(k.c_str(), v.c_str(), 1);
  return undefined(c.ctx());
}
static Value unsetEnv(Call& c) {
  std::string k = c.string(0, "name");
  unsetenv(k.c_str());
  return undefined(c.ctx());
}
static Value envKeys(Call& c) {
  Value a = array(c.ctx());
  uint32_t i = 0;
  for (char** e = environ; e && *e; e++) {
    const char* eq = strchr(*e, '=');
    a.set(i++, str(c.ctx(), eq ? std::string_view(*e, eq - *e) : std::string_view(*e)));
  }
  return a;
}

static Value getTitle(Call& c) {
  char buf[512];
  if (uv_get_process_title(buf, sizeof(buf)) < 0) return str(c.ctx(), "protojs");
  return str(c.ctx(), buf);
}
static Value setTitle(Call& c) {
  std::string t = c.string(0, "title");
  uv_set_process_title(t.c_str());
  return undefined(c.ctx());
}

static Value cpuUsage(Call& c) {
  uv_rusage_t ru;
  int r = uv_getrusage(&ru);
  if (r < 0) throwUvError(c.ctx(), r, "uv_getrusage");
  Value a = array(c.ctx());
  a.set(0u, num(c.ctx(), tvMicros(ru.ru_utime)));
  a.set(1u, num(c.ctx(), tvMicros(ru.ru_stime)));
  return a;
}

static Value availableParallelism(Call& c) { return i64(c.ctx(), uv_available_parallelism()); }

// The cgroup memory limit (v2, then v1), else libuv's answer; "no limit" is UINT64_MAX, as
// Node 24 reports it.
static Value constrainedMemory(Call& c) {
  uint64_t limit = 0;
  for (const char* file : {"/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"}) {
    FILE* f = fopen(file, "r");
    if (!f) continue;
    char buf[64] = {0};
    bool ok = fgets(buf, sizeof(buf), f) != nullptr;
    fclose(f);
    if (!ok) continue;
    if (strncmp(buf, "max", 3) == 0) { limit = UINT64_MAX; break; }
    limit = strtoull(buf, nullptr, 10);
    if (limit != 0) break;
  }
  if (limit == 0) limit = uv_get_constrained_memory();
  if (limit == 0 || limit >= (1ULL << 62)) limit = UINT64_MAX;  // page-rounded "unlimited"
  return num(c.ctx(), static_cast<double>(limit));
}

static Value freeMemory(Call& c) { return num(c.ctx(), static_cast<double>(uv_get_free_memory())); }

// threadCpuUsage() → [user µs, system µs] of the calling thread
static Value threadCpuUsage(Call& c) {
  struct rusage ru;
  if (getrusage(RUSAGE_THREAD, &ru) < 0) throwUvError(c.ctx(), -errno, "getrusage");
  Value a = array(c.ctx());
  a.set(0u, num(c.ctx(), ru.ru_utime.tv_sec * 1e6 + ru.ru_utime.tv_usec));
  a.set(1u, num(c.ctx(), ru.ru_stime.tv_sec * 1e6 + ru.ru_stime.tv_usec));
  return a;
}

// activeHandles() → Node's names of the loop's active, referenced handles (timers and
// immediates, which JS counts itself, excluded).
static Value activeHandles(Call& c) {
  struct Walk { Environment* env; std::vector<const char*> names; } w{&c.env(), {}};
  uv_walk(c.env().loop(), [](uv_handle_t* h, void* arg) {
    auto* w = static_cast<Walk*>(arg);
    if (!uv_is_active(h) || !uv_has_ref(h) || uv_is_closing(h)) return;
    switch (h->type) {
      case UV_TTY: w->names.push_back("TTYWrap"); break;
      case UV_TCP: w->names.push_back("TCPWrap"); break;
      case UV_UDP: w->names.push_back("UDPWrap"); break;
      case UV_NAMED_PIPE: w->names.push_back("PipeWrap"); break;
      case UV_PROCESS: w->names.push_back("ProcessWrap"); break;
      case UV_FS_EVENT: w->names.push_back("FSEventWrap"); break;
      case UV_FS_POLL: w->names.push_back("StatWatcher"); break;
      case UV_SIGNAL: w->names.push_back("SignalWrap"); break;
      default: break;  // timer/check/idle/async: the runtime's own
    }
  }, &w);
  Value a = array(c.ctx());
  uint32_t i = 0;
  for (const char* n : w.names) a.set(i++, str(c.ctx(), n));
  return a;
}

void init_process_binding(Environment& env, const Value& t) {
  JSContext* ctx = env.context();
  setMethod<cwd>(ctx, t, "cwd", 0);
  setMethod<chdir>(ctx, t, "chdir", 1);
  setMethod<hrtime>(ctx, t, "hrtime", 0);
  setMethod<hrtimeMs>(ctx, t, "hrtimeMs", 0);
  setMethod<umask>(ctx, t, "umask", 1);
  setMethod<memoryUsage>(ctx, t, "memoryUsage", 0);
  setMethod<rss>(ctx, t, "rss", 0);
  setMethod<resourceUsage>(ctx, t, "resourceUsage", 0);
  setMethod<cpuUsage>(ctx, t, "cpuUsage", 0);
  setMethod<kill>(ctx, t, "kill", 2);
  setMethod<reallyExit>(ctx, t, "reallyExit", 1);
  setMethod<getEnv>(ctx, t, "getEnv", 1);
  setMethod<setEnv>(ctx, t, "setEnv", 2);
  setMethod<unsetEnv>(ctx, t, "unsetEnv", 1);
  setMethod<envKeys>(ctx, t, "envKeys", 0);
  setMethod<getTitle>(ctx, t, "getTitle", 0);
  setMethod<setTitle>(ctx, t, "setTitle", 1);
  setMethod<availableParallelism>(ctx, t, "availableParallelism", 0);
  setMethod<constrainedMemory>(ctx, t, "constrainedMemory", 0);
  setMethod<freeMemory>(ctx, t, "freeMemory", 0);
  setMethod<threadCpuUsage>(ctx, t, "threadCpuUsage", 0);
  setMethod<activeHandles>(ctx, t, "activeHandles", 0);
  t.set("pid", i64(ctx, uv_os_getpid()));
  t.set("ppid", i64(ctx, uv_os_getppid()));
  t.set("uvVersion", str(ctx, uv_version_string()));
  t.set("startTime", num(ctx, static_cast<double>(uv_hrtime()) / 1e6));
  Value sigs = object(ctx);
#define SIG(n) sigs.set(#n, i64(ctx, n));
  SIG(SIGHUP) SIG(SIGINT) SIG(SIGQUIT) SIG(SIGILL) SIG(SIGTRAP) SIG(SIGABRT) SIG(SIGIOT) SIG(SIGBUS)
  SIG(SIGFPE) SIG(SIGKILL) SIG(SIGUSR1) SIG(SIGSEGV) SIG(SIGUSR2) SIG(SIGPIPE) SIG(SIGALRM)
  SIG(SIGTERM) SIG(SIGCHLD) SIG(SIGSTKFLT) SIG(SIGCONT) SIG(SIGSTOP) SIG(SIGTSTP) SIG(SIGTTIN)
  SIG(SIGTTOU) SIG(SIGURG) SIG(SIGXCPU) SIG(SIGXFSZ) SIG(SIGVTALRM) SIG(SIGPROF) SIG(SIGWINCH)
  SIG(SIGIO) SIG(SIGPOLL) SIG(SIGPWR) SIG(SIGSYS)
#undef SIG
  t.set("signals", sigs);
}

}  // namespace pjs
