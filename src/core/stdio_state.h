// The flags of descriptors 0–2 as the process found them. libuv makes a descriptor
// non-blocking when a stream handle adopts it (process.stdin/stdout over a pipe), and the
// open file description is shared with the parent shell and sibling processes: the flags are
// put back at exit, as Node's ResetStdio does.
#pragma once

namespace pjs {
void saveStdioState();     // once, at process start
void restoreStdioState();  // at exit (idempotent)
}  // namespace pjs
