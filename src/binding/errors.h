// Native failures become JS exceptions carrying Node's fields. Functions here set the pending
// exception on the context and throw JsThrow, which the function trampoline turns into
// JS_EXCEPTION — so module code just calls them and never returns error values by hand.
#pragma once
#include <string>
#include "quickjs.h"

namespace pjs {

// Thrown (as a C++ exception) when a JS exception is pending on the context.
struct JsThrow {};

enum class ErrorKind { Error, TypeError, RangeError, SyntaxError };

[[noreturn]] void throwError(JSContext* ctx, ErrorKind kind, const char* code, const std::string& msg);
[[noreturn]] void throwTypeError(JSContext* ctx, const char* code, const std::string& msg);
[[noreturn]] void throwRangeError(JSContext* ctx, const char* code, const std::string& msg);
// A libuv/system error (err < 0) as Node reports it: message "CODE: description, syscall 'path'
// -> 'dest'", properties errno, code, syscall, path, dest.
[[noreturn]] void throwUvError(JSContext* ctx, int err, const char* syscall,
                               const char* path = nullptr, const char* dest = nullptr);
// The same error as a value (for callbacks).
JSValue makeUvError(JSContext* ctx, int err, const char* syscall,
                    const char* path = nullptr, const char* dest = nullptr);
// Rethrows if v is JS_EXCEPTION (after a raw engine call).
inline JSValue check(JSValue v) { if (JS_IsException(v)) throw JsThrow{}; return v; }

}  // namespace pjs
