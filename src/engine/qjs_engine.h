// Accessors for QuickJS internals that its public API does not expose. Implemented in
// qjs_engine.c, which compiles quickjs.c itself so it can read engine structures.
#pragma once
#include "quickjs.h"
#ifdef __cplusplus
extern "C" {
#endif

typedef enum PjsBrand {
  PJS_BRAND_OTHER = 0, PJS_BRAND_ARRAY, PJS_BRAND_ERROR, PJS_BRAND_NUMBER, PJS_BRAND_STRING,
  PJS_BRAND_BOOLEAN, PJS_BRAND_SYMBOL, PJS_BRAND_BIGINT, PJS_BRAND_ARGUMENTS, PJS_BRAND_DATE,
  PJS_BRAND_MODULE_NS, PJS_BRAND_FUNCTION, PJS_BRAND_GENERATOR_FUNCTION,
  PJS_BRAND_ASYNC_FUNCTION, PJS_BRAND_ASYNC_GENERATOR_FUNCTION, PJS_BRAND_REGEXP,
  PJS_BRAND_ARRAY_BUFFER, PJS_BRAND_SHARED_ARRAY_BUFFER, PJS_BRAND_TYPED_ARRAY,
  PJS_BRAND_DATAVIEW, PJS_BRAND_MAP, PJS_BRAND_SET, PJS_BRAND_WEAKMAP, PJS_BRAND_WEAKSET,
  PJS_BRAND_MAP_ITERATOR, PJS_BRAND_SET_ITERATOR, PJS_BRAND_GENERATOR, PJS_BRAND_PROXY,
  PJS_BRAND_PROMISE, PJS_BRAND_ASYNC_GENERATOR, PJS_BRAND_WEAKREF
} PjsBrand;

/* The built-in kind of an object (not spoofable by Symbol.toStringTag). */
PjsBrand pjs_brand(JSValueConst v);
/* Is v a class constructor written in JS? (Works without function source text, which the
   embedded library is compiled without.) */
int pjs_is_class_constructor(JSContext *ctx, JSValueConst v);
/* For a Proxy: new references to target and handler; returns 0, or -1 if not a proxy. */
int pjs_proxy_details(JSContext *ctx, JSValueConst v, JSValue *target, JSValue *handler);
/* Entries of a Map/Set/WeakMap/WeakSet or of a Map/Set iterator (from its current position):
   a flat array [k0, v0, k1, v1 …] when *is_key_value, else [v0, v1 …]. JS_UNDEFINED if not one. */
JSValue pjs_collection_entries(JSContext *ctx, JSValueConst v, int *is_key_value);
/* Error.captureStackTrace(obj, fn): gives obj V8's `stack` accessor over the current call
   stack — from below the most recent call of fn when fn is a function, else without the
   skip_levels innermost frames. */
void pjs_capture_stack(JSContext *ctx, JSValueConst obj, JSValueConst fn, int skip_levels);

/* Error.prepareStackTrace support: fn(error, framesText, userPrepare) is called on the first read
   of an error's `stack` while Error.prepareStackTrace is a function; its result is the stack.
   Keeps its own reference; set it to undefined before the runtime is freed. */
void pjs_set_prepare_stack_callback(JSContext *ctx, JSValueConst fn);

/* The current async context frame (AsyncLocalStorage; undefined when empty), one per thread.
   get returns a new reference; set keeps its own. Promise reactions capture it when registered
   (.then or await) and run with it. Set it to undefined before the runtime is freed. */
JSValue pjs_async_frame_get(JSContext *ctx);
void pjs_async_frame_set(JSContext *ctx, JSValueConst frame);

/* Resolves, loads (through the host module hooks), links and evaluates a module graph and
   returns its namespace; *eval_promise receives the evaluation promise (settled unless the
   graph uses top-level await). Reuses an already loaded module of the same name. */
JSValue pjs_import_sync(JSContext *ctx, const char *basename, const char *specifier,
                        JSValue *eval_promise);

#ifdef __cplusplus
}
#endif
