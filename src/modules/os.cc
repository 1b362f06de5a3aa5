// internalBinding('os'): facts about the machine for lib/os.js, all from libuv.
// Functions that can fail take a `ctx` object last: on failure they fill it with
// { errno, code, message, syscall } (lib/os.js throws ERR_SYSTEM_ERROR from it) and return
// undefined, as Node's binding does.
#include <arpa/inet.h>
#include <dlfcn.h>
#include <netinet/in.h>
#include <signal.h>
#include <cerrno>
#include <cstdio>
#include "binding/call.h"
#include "core/environment.h"

namespace pjs {

static Value fail(Call& c, int ctxIndex, int err, const char* syscall) {
  Value ctx = c.arg(ctxIndex);
  if (ctx.isObject()) {
    ctx.set("errno", i64(c.ctx(), err));
    ctx.set("code", str(c.ctx(), uv_err_name(err)));
    ctx.set("message", str(c.ctx(), uv_strerror(err)));
    ctx.set("syscall", str(c.ctx(), syscall));
  }
  return undefined(c.ctx());
}

static Value getHostname(Call& c) {
  char buf[UV_MAXHOSTNAMESIZE];
  size_t n = sizeof(buf);
  int r = uv_os_gethostname(buf, &n);
  if (r != 0) return fail(c, 0, r, "uv_os_gethostname");
  return str(c.ctx(), std::string_view(buf, n));
}

// [sysname, version, release, machine]
static Value getOSInformation(Call& c) {
  uv_utsname_t u;
  int r = uv_os_uname(&u);
  if (r != 0) return fail(c, 0, r, "uv_os_uname");
  Value out = array(c.ctx());
  out.set(0u, str(c.ctx(), u.sysname));
  out.set(1u, str(c.ctx(), u.version));
  out.set(2u, str(c.ctx(), u.release));
  out.set(3u, str(c.ctx(), u.machine));
  return out;
}

static Value getHomeDirectory(Call& c) {
  char buf[4096];
  size_t n = sizeof(buf);
  int r = uv_os_homedir(buf, &n);
  if (r != 0) return fail(c, 0, r, "uv_os_homedir");
  return str(c.ctx(), std::string_view(buf, n));
}

static Value getUptime(Call& c) {
  double up = 0;
  int r = uv_uptime(&up);
  if (r != 0) return fail(c, 0, r, "uv_uptime");
  return num(c.ctx(), up);
}

static Value getLoadAvg(Call& c) {
  double avg[3] = {0, 0, 0};
  uv_loadavg(avg);
  Value out = array(c.ctx());
  for (uint32_t i = 0; i < 3; i++) out.set(i, num(c.ctx(), avg[i]));
  return out;
}

static Value getTotalMem(Call& c) { return num(c.ctx(), static_cast<double>(uv_get_total_memory())); }
static Value getFreeMem(Call& c) { return num(c.ctx(), static_cast<double>(uv_get_free_memory())); }
static Value getAvailableParallelism(Call& c) { return i64(c.ctx(), uv_available_parallelism()); }

// Flat array: model, speed, user, nice, sys, idle, irq for each CPU (times in ms); undefined on
// failure (os.cpus() is then []).
static Value getCPUs(Call& c) {
  uv_cpu_info_t* info = nullptr;
  int count = 0;
  if (uv_cpu_info(&info, &count) != 0) return undefined(c.ctx());
  JSContext* ctx = c.ctx();
  Value out = array(ctx);
  uint32_t k = 0;
  for (int i = 0; i < count; i++) {
    const uv_cpu_info_t& ci = info[i];
    out.set(k++, str(ctx, ci.model ? ci.model : ""));
    out.set(k++, num(ctx, ci.speed));
    out.set(k++, num(ctx, static_cast<double>(ci.cpu_times.user)));
    out.set(k++, num(ctx, static_cast<double>(ci.cpu_times.nice)));
    out.set(k++, num(ctx, static_cast<double>(ci.cpu_times.sys)));
    out.set(k++, num(ctx, static_cast<double>(ci.cpu_times.idle)));
    out.set(k++, num(ctx, static_cast<double>(ci.cpu_times.irq)));
  }
  uv_free_cpu_info(info, count);
  return out;
}

// Flat array: name, address, netmask, family, mac, internal, scopeid (-1 for IPv4) per address.
static Value getInterfaceAddresses(Call& c) {
  uv_interface_address_t* ifs = nullptr;
  int count = 0;
  int r = uv_interface_addresses(&ifs, &count);
  if (r != 0) return fail(c, 0, r, "uv_interface_addresses");
  JSContext* ctx = c.ctx();
  Value out = array(ctx);
  uint32_t k = 0;
  for (int i = 0; i < count; i++) {
    const uv_interface_address_t& a = ifs[i];
    char ip[INET6_ADDRSTRLEN] = "", mask[INET6_ADDRSTRLEN] = "", mac[18];
    const char* family;
    double scope = -1;
    if (a.address.address4.sin_family == AF_INET) {
      uv_ip4_name(&a.address.address4, ip, sizeof(ip));
      uv_ip4_name(&a.netmask.netmask4, mask, sizeof(mask));
      family = "IPv4";
    } else if (a.address.address4.sin_family == AF_INET6) {
      uv_ip6_name(&a.address.address6, ip, sizeof(ip));
      uv_ip6_name(&a.netmask.netmask6, mask, sizeof(mask));
      family = "IPv6";
      scope = a.address.address6.sin6_scope_id;
    } else {
      family = "unknown";
    }
    const auto* p = reinterpret_cast<const unsigned char*>(a.phys_addr);
    snprintf(mac, sizeof(mac), "%02x:%02x:%02x:%02x:%02x:%02x", p[0], p[1], p[2], p[3], p[4], p[5]);
    out.set(k++, str(ctx, a.name));
    out.set(k++, str(ctx, ip));
    out.set(k++, str(ctx, mask));
    out.set(k++, str(ctx, family));
    out.set(k++, str(ctx, mac));
    out.set(k++, boolean(ctx, a.is_internal));
    out.set(k++, num(ctx, scope));
  }
  uv_free_interface_addresses(ifs, count);
  return out;
}

// getUserInfo(ctx) → { uid, gid, username, homedir, shell } (strings; lib/os.js re-encodes)
static Value getUserInfo(Call& c) {
  uv_passwd_t pw;
  int r = uv_os_get_passwd(&pw);
  if (r != 0) return fail(c, 0, r, "uv_os_get_passwd");
  JSContext* ctx = c.ctx();
  Value out = object(ctx);
  out.set("uid", num(ctx, static_cast<double>(pw.uid)));
  out.set("gid", num(ctx, static_cast<double>(pw.gid)));
  out.set("username", str(ctx, pw.username ? pw.username : ""));
  out.set("homedir", str(ctx, pw.homedir ? pw.homedir : ""));
  out.set("shell", pw.shell ? str(ctx, pw.shell) : null(ctx));
  uv_os_free_passwd(&pw);
  return out;
}

static Value getPriority(Call& c) {
  int prio = 0;
  int r = uv_os_getpriority(static_cast<uv_pid_t>(c.integer(0, "pid")), &prio);
  if (r != 0) return fail(c, 1, r, "uv_os_getpriority");
  return i64(c.ctx(), prio);
}

// setPriority(pid, priority, ctx) → 0, or undefined with ctx filled
static Value setPriority(Call& c) {
  int r = uv_os_setpriority(static_cast<uv_pid_t>(c.integer(0, "pid")),
                            static_cast<int>(c.integer(1, "priority")));
  if (r != 0) return fail(c, 2, r, "uv_os_setpriority");
  return i64(c.ctx(), 0);
}

static Value makeConstants(JSContext* ctx) {
  Value k = object(ctx);
  k.set("UV_UDP_REUSEADDR", i64(ctx, UV_UDP_REUSEADDR));
  Value dl = object(ctx);
#define C(o, n) o.set(#n, i64(ctx, n));
  C(dl, RTLD_LAZY) C(dl, RTLD_NOW) C(dl, RTLD_GLOBAL) C(dl, RTLD_LOCAL) C(dl, RTLD_DEEPBIND)
  k.set("dlopen", dl);
  Value e = object(ctx);
  C(e, E2BIG) C(e, EACCES) C(e, EADDRINUSE) C(e, EADDRNOTAVAIL) C(e, EAFNOSUPPORT) C(e, EAGAIN)
  C(e, EALREADY) C(e, EBADF) C(e, EBADMSG) C(e, EBUSY) C(e, ECANCELED) C(e, ECHILD)
  C(e, ECONNABORTED) C(e, ECONNREFUSED) C(e, ECONNRESET) C(e, EDEADLK) C(e, EDESTADDRREQ)
  C(e, EDOM) C(e, EDQUOT) C(e, EEXIST) C(e, EFAULT) C(e, EFBIG) C(e, EHOSTUNREACH) C(e, EIDRM)
  C(e, EILSEQ) C(e, EINPROGRESS) C(e, EINTR) C(e, EINVAL) C(e, EIO) C(e, EISCONN) C(e, EISDIR)
  C(e, ELOOP) C(e, EMFILE) C(e, EMLINK) C(e, EMSGSIZE) C(e, EMULTIHOP) C(e, ENAMETOOLONG)
  C(e, ENETDOWN) C(e, ENETRESET) C(e, ENETUNREACH) C(e, ENFILE) C(e, ENOBUFS) C(e, ENODATA)
  C(e, ENODEV) C(e, ENOENT) C(e, ENOEXEC) C(e, ENOLCK) C(e, ENOLINK) C(e, ENOMEM) C(e, ENOMSG)
  C(e, ENOPROTOOPT) C(e, ENOSPC) C(e, ENOSR) C(e, ENOSTR) C(e, ENOSYS) C(e, ENOTCONN)
  C(e, ENOTDIR) C(e, ENOTEMPTY) C(e, ENOTSOCK) C(e, ENOTSUP) C(e, ENOTTY) C(e, ENXIO)
  C(e, EOPNOTSUPP) C(e, EOVERFLOW) C(e, EPERM) C(e, EPIPE) C(e, EPROTO) C(e, EPROTONOSUPPORT)
  C(e, EPROTOTYPE) C(e, ERANGE) C(e, EROFS) C(e, ESPIPE) C(e, ESRCH) C(e, ESTALE) C(e, ETIME)
  C(e, ETIMEDOUT) C(e, ETXTBSY) C(e, EWOULDBLOCK) C(e, EXDEV)
  k.set("errno", e);
  Value s = object(ctx);
  C(s, SIGHUP) C(s, SIGINT) C(s, SIGQUIT) C(s, SIGILL) C(s, SIGTRAP) C(s, SIGABRT) C(s, SIGIOT)
  C(s, SIGBUS) C(s, SIGFPE) C(s, SIGKILL) C(s, SIGUSR1) C(s, SIGSEGV) C(s, SIGUSR2) C(s, SIGPIPE)
  C(s, SIGALRM) C(s, SIGTERM) C(s, SIGCHLD) C(s, SIGSTKFLT) C(s, SIGCONT) C(s, SIGSTOP)
  C(s, SIGTSTP) C(s, SIGTTIN) C(s, SIGTTOU) C(s, SIGURG) C(s, SIGXCPU) C(s, SIGXFSZ)
  C(s, SIGVTALRM) C(s, SIGPROF) C(s, SIGWINCH) C(s, SIGIO) C(s, SIGPOLL) C(s, SIGPWR) C(s, SIGSYS)
  k.set("signals", s);
#undef C
  Value p = object(ctx);
  p.set("PRIORITY_LOW", i64(ctx, UV_PRIORITY_LOW));
  p.set("PRIORITY_BELOW_NORMAL", i64(ctx, UV_PRIORITY_BELOW_NORMAL));
  p.set("PRIORITY_NORMAL", i64(ctx, UV_PRIORITY_NORMAL));
  p.set("PRIORITY_ABOVE_NORMAL", i64(ctx, UV_PRIORITY_ABOVE_NORMAL));
  p.set("PRIORITY_HIGH", i64(ctx, UV_PRIORITY_HIGH));
  p.set("PRIORITY_HIGHEST", i64(ctx, UV_PRIORITY_HIGHEST));
  k.set("priority", p);
  return k;
}

void init_os_binding(Environment& env, const Value& t) {
  JSContext* ctx = env.context();
  setMethod<getHostname>(ctx, t, "getHostname", 1);
  setMethod<getOSInformation>(ctx, t, "getOSInformation", 1);
  setMethod<getHomeDirectory>(ctx, t, "getHomeDirectory", 1);
  setMethod<getUptime>(ctx, t, "getUptime", 1);
  setMethod<getLoadAvg>(ctx, t, "getLoadAvg", 0);
  setMethod<getTotalMem>(ctx, t, "getTotalMem", 0);
  setMethod<getFreeMem>(ctx, t, "getFreeMem", 0);
  setMethod<getAvailableParallelism>(ctx, t, "getAvailableParallelism", 0);
  setMethod<getCPUs>(ctx, t, "getCPUs", 0);
  setMethod<getInterfaceAddresses>(ctx, t, "getInterfaceAddresses", 1);
  setMethod<getUserInfo>(ctx, t, "getUserInfo", 1);
  setMethod<getPriority>(ctx, t, "getPriority", 2);
  setMethod<setPriority>(ctx, t, "setPriority", 3);
  t.set("constants", makeConstants(ctx));
}

}  // namespace pjs
