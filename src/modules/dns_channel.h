// ChannelWrap: one c-ares channel (a dns.Resolver) driven by the Environment's libuv loop.
// c-ares's sockets are watched with uv_poll handles (its socket-state callback opens and
// closes them), one uv_timer follows ares_timeout(), and answers reach JS from a check handle
// — later in the same loop turn, never inside the call that issued the query (c-ares may
// answer synchronously, e.g. from /etc/hosts or on cancel), as Node's QueryWrap does.
#pragma once
#include "binding/value.h"

namespace pjs {

// The ChannelWrap constructor for internalBinding('cares_wrap') (contract in docs/BINDINGS.md).
Value defineChannelWrap(JSContext* ctx);

// The setServers() status for "queries are pending" (Node's DNS_ESETSRVPENDING).
extern const int kPendingQueries;

// ares_library_init, once per process.
void initAresLibrary();

}  // namespace pjs
