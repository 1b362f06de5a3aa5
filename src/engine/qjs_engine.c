/* Compiles QuickJS (quickjs.c from Debian's source package) into this translation unit and adds
   accessors for engine internals that protoJS needs and the public API lacks. The build applies
   two hooks to a copy of quickjs.c (cmake/quickjs.cmake): build_backtrace() passes the
   frames it formatted to pjs_define_stack() below, which gives errors V8's `stack` accessor, and
   perform_promise_then() passes each reaction handler to pjs_reaction_handler() (async context). */
#include "quickjs.h"
#include "pjs_regexp_flags.h" /* RegExp v flag, see libregexp_v.c */
static void pjs_define_stack(JSContext *ctx, JSValueConst error_obj, JSValue frames);
static JSValue pjs_reaction_handler(JSContext *ctx, JSValueConst handler);
#include "quickjs_hooked.c"
#include "qjs_engine.h"

/* ---- Async context (AsyncLocalStorage), see docs/DESIGN.md ----
   The current async context frame is one JS value per thread (an Environment owns its thread).
   perform_promise_then() — used by .then/.catch/.finally and by `await` — passes each reaction
   handler through pjs_reaction_handler() (the build-time hook): when a frame is current, the
   handler is wrapped so that it runs with that frame and restores the previous one after. */
static _Thread_local JSValue pjs_frame;
static _Thread_local int pjs_frame_set_once;

static JSValue pjs_frame_current(void) {
  return pjs_frame_set_once ? pjs_frame : JS_UNDEFINED;
}

JSValue pjs_async_frame_get(JSContext *ctx) { return JS_DupValue(ctx, pjs_frame_current()); }

void pjs_async_frame_set(JSContext *ctx, JSValueConst frame) {
  JSValue old = pjs_frame_current();
  pjs_frame = JS_DupValue(ctx, frame);
  pjs_frame_set_once = 1;
  JS_FreeValue(ctx, old);
}

static JSValue pjs_frame_trampoline(JSContext *ctx, JSValueConst this_val, int argc,
                                    JSValueConst *argv, int magic, JSValue *data) {
  JSValue saved = pjs_async_frame_get(ctx);
  pjs_async_frame_set(ctx, data[1]);
  JSValue ret = JS_Call(ctx, data[0], this_val, argc, argv);
  pjs_async_frame_set(ctx, saved);
  JS_FreeValue(ctx, saved);
  return ret;
}

static JSValue pjs_reaction_handler(JSContext *ctx, JSValueConst handler) {
  JSValue frame = pjs_frame_current();
  if (JS_IsUndefined(frame) || JS_IsUndefined(handler)) return JS_DupValue(ctx, handler);
  JSValueConst data[2] = { handler, frame };
  JSValue wrapped = JS_NewCFunctionData(ctx, pjs_frame_trampoline, 1, 0, 2, data);
  /* Out of memory: keep the plain handler (the reaction still runs, without its context). */
  if (JS_IsException(wrapped)) { JS_FreeValue(ctx, JS_GetException(ctx)); return JS_DupValue(ctx, handler); }
  return wrapped;
}

PjsBrand pjs_brand(JSValueConst v) {
  if (JS_VALUE_GET_TAG(v) != JS_TAG_OBJECT) return PJS_BRAND_OTHER;
  JSObject *p = JS_VALUE_GET_OBJ(v);
  switch (p->class_id) {
  case JS_CLASS_ARRAY: return PJS_BRAND_ARRAY;
  case JS_CLASS_ERROR: return PJS_BRAND_ERROR;
  case JS_CLASS_NUMBER: return PJS_BRAND_NUMBER;
  case JS_CLASS_STRING: return PJS_BRAND_STRING;
  case JS_CLASS_BOOLEAN: return PJS_BRAND_BOOLEAN;
  case JS_CLASS_SYMBOL: return PJS_BRAND_SYMBOL;
  case JS_CLASS_BIG_INT: return PJS_BRAND_BIGINT;
  case JS_CLASS_ARGUMENTS: case JS_CLASS_MAPPED_ARGUMENTS: return PJS_BRAND_ARGUMENTS;
  case JS_CLASS_DATE: return PJS_BRAND_DATE;
  case JS_CLASS_MODULE_NS: return PJS_BRAND_MODULE_NS;
  case JS_CLASS_C_FUNCTION: case JS_CLASS_BYTECODE_FUNCTION: case JS_CLASS_BOUND_FUNCTION:
  case JS_CLASS_C_FUNCTION_DATA: return PJS_BRAND_FUNCTION;
  case JS_CLASS_GENERATOR_FUNCTION: return PJS_BRAND_GENERATOR_FUNCTION;
  case JS_CLASS_ASYNC_FUNCTION: return PJS_BRAND_ASYNC_FUNCTION;
  case JS_CLASS_ASYNC_GENERATOR_FUNCTION: return PJS_BRAND_ASYNC_GENERATOR_FUNCTION;
  case JS_CLASS_REGEXP: return PJS_BRAND_REGEXP;
  case JS_CLASS_ARRAY_BUFFER: return PJS_BRAND_ARRAY_BUFFER;
  case JS_CLASS_SHARED_ARRAY_BUFFER: return PJS_BRAND_SHARED_ARRAY_BUFFER;
  case JS_CLASS_DATAVIEW: return PJS_BRAND_DATAVIEW;
  case JS_CLASS_MAP: return PJS_BRAND_MAP;
  case JS_CLASS_SET: return PJS_BRAND_SET;
  case JS_CLASS_WEAKMAP: return PJS_BRAND_WEAKMAP;
  case JS_CLASS_WEAKSET: return PJS_BRAND_WEAKSET;
  case JS_CLASS_MAP_ITERATOR: return PJS_BRAND_MAP_ITERATOR;
  case JS_CLASS_SET_ITERATOR: return PJS_BRAND_SET_ITERATOR;
  case JS_CLASS_GENERATOR: return PJS_BRAND_GENERATOR;
  case JS_CLASS_PROXY: return PJS_BRAND_PROXY;
  case JS_CLASS_PROMISE: return PJS_BRAND_PROMISE;
  case JS_CLASS_ASYNC_GENERATOR: return PJS_BRAND_ASYNC_GENERATOR;
  case JS_CLASS_WEAK_REF: return PJS_BRAND_WEAKREF;
  default:
    if (p->class_id >= JS_CLASS_UINT8C_ARRAY && p->class_id <= JS_CLASS_FLOAT64_ARRAY)
      return PJS_BRAND_TYPED_ARRAY;
    return PJS_BRAND_OTHER;
  }
}

int pjs_is_class_constructor(JSContext *ctx, JSValueConst v) {
  if (JS_VALUE_GET_TAG(v) != JS_TAG_OBJECT) return 0;
  JSObject *p = JS_VALUE_GET_OBJ(v);
  if (p->class_id != JS_CLASS_BYTECODE_FUNCTION) return 0;
  /* class constructors (and only they, among bytecode functions) get a read-only prototype */
  JSProperty *pr;
  JSShapeProperty *prs = find_own_property(&pr, p, JS_ATOM_prototype);
  return prs && (prs->flags & JS_PROP_TMASK) == JS_PROP_NORMAL && !(prs->flags & JS_PROP_WRITABLE);
}

int pjs_proxy_details(JSContext *ctx, JSValueConst v, JSValue *target, JSValue *handler) {
  if (JS_VALUE_GET_TAG(v) != JS_TAG_OBJECT) return -1;
  JSObject *p = JS_VALUE_GET_OBJ(v);
  if (p->class_id != JS_CLASS_PROXY) return -1;
  JSProxyData *s = p->u.opaque;
  if (s->is_revoked) {  /* Node reports a revoked proxy with null target and handler */
    *target = JS_NULL;
    *handler = JS_NULL;
    return 0;
  }
  *target = JS_DupValue(ctx, s->target);
  *handler = JS_DupValue(ctx, s->handler);
  return 0;
}

static int push(JSContext *ctx, JSValue arr, uint32_t *n, JSValueConst v) {
  return JS_SetPropertyUint32(ctx, arr, (*n)++, JS_DupValue(ctx, v));
}

JSValue pjs_collection_entries(JSContext *ctx, JSValueConst v, int *is_key_value) {
  if (JS_VALUE_GET_TAG(v) != JS_TAG_OBJECT) return JS_UNDEFINED;
  JSObject *p = JS_VALUE_GET_OBJ(v);
  JSMapState *s = NULL;
  struct list_head *start = NULL;
  int kv = 0, kind_keys = 0, kind_values = 0, key_twice = 0;
  switch (p->class_id) {
  case JS_CLASS_MAP: case JS_CLASS_WEAKMAP:
    s = p->u.map_state; kv = 1; break;
  case JS_CLASS_SET: case JS_CLASS_WEAKSET:
    s = p->u.map_state; kind_keys = 1; break;
  case JS_CLASS_MAP_ITERATOR: case JS_CLASS_SET_ITERATOR: {
    JSMapIteratorData *it = p->u.map_iterator_data;
    if (!it || JS_IsUndefined(it->obj)) { *is_key_value = 0; return JS_NewArray(ctx); }
    s = JS_VALUE_GET_OBJ(it->obj)->u.map_state;
    if (it->cur_record) start = &it->cur_record->link;
    if (p->class_id == JS_CLASS_SET_ITERATOR) {
      /* set.entries() yields [v, v] pairs */
      kind_keys = 1;
      if (it->kind == JS_ITERATOR_KIND_KEY_AND_VALUE) kv = key_twice = 1;
    } else if (it->kind == JS_ITERATOR_KIND_KEY) kind_keys = 1;
    else if (it->kind == JS_ITERATOR_KIND_VALUE) kind_values = 1;
    else kv = 1;
    break;
  }
  default: return JS_UNDEFINED;
  }
  JSValue arr = JS_NewArray(ctx);
  uint32_t n = 0;
  struct list_head *el = start ? start->next : s->records.next;
  for (; el != &s->records; el = el->next) {
    JSMapRecord *mr = list_entry(el, JSMapRecord, link);
    if (mr->empty) continue;
    if (kind_values) push(ctx, arr, &n, mr->value);
    else push(ctx, arr, &n, mr->key);
    if (kv) push(ctx, arr, &n, key_twice ? mr->key : mr->value);
  }
  *is_key_value = kv;
  return arr;
}

/* ---- Error.stack as V8 has it ----
   An own accessor: the first read formats "Name: message" from the error's current name and
   message, followed by the frames captured when the error was created (at most
   Error.stackTraceLimit of them), and keeps that text; a write replaces it with a plain value. */

/* A data property's value (no getters run: this is called while exceptions unwind). */
static JSValue pjs_plain_property(JSContext *ctx, JSValueConst obj, JSAtom atom) {
  JSProperty *pr;
  JSShapeProperty *prs;
  if (JS_VALUE_GET_TAG(obj) != JS_TAG_OBJECT) return JS_UNDEFINED;
  prs = find_own_property(&pr, JS_VALUE_GET_OBJ(obj), atom);
  if (!prs || (prs->flags & JS_PROP_TMASK) != JS_PROP_NORMAL) return JS_UNDEFINED;
  return pr->u.value;  /* borrowed */
}

/* Error.stackTraceLimit: frames to keep, or -1 when it is not a number (no stack at all). */
static int pjs_stack_limit(JSContext *ctx) {
  JSValue ctor = pjs_plain_property(ctx, ctx->class_proto[JS_CLASS_ERROR], JS_ATOM_constructor);
  JSAtom atom = JS_NewAtom(ctx, "stackTraceLimit");
  JSValue v = pjs_plain_property(ctx, ctor, atom);
  JS_FreeAtom(ctx, atom);
  if (JS_VALUE_GET_TAG(v) == JS_TAG_INT) return JS_VALUE_GET_INT(v) < 0 ? 0 : JS_VALUE_GET_INT(v);
  if (JS_TAG_IS_FLOAT64(JS_VALUE_GET_TAG(v))) {
    double d = JS_VALUE_GET_FLOAT64(v);
    return d != d ? -1 : d < 0 ? 0 : d > 100000 ? 100000 : (int)d;
  }
  return JS_IsUndefined(ctor) ? 10 : -1;
}

/* Error.prepareStackTrace: the runtime's callback (set once per thread by the bootstrap) turns
   the frames text into V8-style CallSite objects and calls the user's function; it runs only when
   Error.prepareStackTrace is a function, and not from within itself (as V8, a stack read inside
   prepareStackTrace gets the default format). */
static _Thread_local JSValue pjs_prepare_cb;
static _Thread_local int pjs_prepare_cb_set;
static _Thread_local int pjs_in_prepare;

void pjs_set_prepare_stack_callback(JSContext *ctx, JSValueConst fn) {
  JSValue old = pjs_prepare_cb_set ? pjs_prepare_cb : JS_UNDEFINED;
  pjs_prepare_cb = JS_DupValue(ctx, fn);
  pjs_prepare_cb_set = 1;
  JS_FreeValue(ctx, old);
}

/* Returns JS_UNINITIALIZED when the default format applies, else the user's result (or an
   exception). */
static JSValue pjs_user_prepare(JSContext *ctx, JSValueConst error, JSValueConst frames) {
  if (!pjs_prepare_cb_set || pjs_in_prepare || !JS_IsFunction(ctx, pjs_prepare_cb))
    return JS_UNINITIALIZED;
  JSValue ctor = pjs_plain_property(ctx, ctx->class_proto[JS_CLASS_ERROR], JS_ATOM_constructor);
  if (JS_VALUE_GET_TAG(ctor) != JS_TAG_OBJECT) return JS_UNINITIALIZED;
  JSValue prep = JS_GetPropertyStr(ctx, ctor, "prepareStackTrace");
  if (JS_IsException(prep)) return prep;
  if (!JS_IsFunction(ctx, prep)) { JS_FreeValue(ctx, prep); return JS_UNINITIALIZED; }
  JSValueConst args[3] = { error, frames, prep };
  pjs_in_prepare = 1;
  JSValue r = JS_Call(ctx, pjs_prepare_cb, JS_UNDEFINED, 3, args);
  pjs_in_prepare = 0;
  JS_FreeValue(ctx, prep);
  return r;
}

/* The accessor pair shares one state array: [frames, text, hasText]. */
static JSValue pjs_stack_get(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv,
                             int magic, JSValue *data) {
  JSValue has = JS_GetPropertyUint32(ctx, data[0], 2);
  if (JS_ToBool(ctx, has)) return JS_GetPropertyUint32(ctx, data[0], 1);
  {
    JSValue fv0 = JS_GetPropertyUint32(ctx, data[0], 0);
    JSValue user = pjs_user_prepare(ctx, this_val, fv0);
    JS_FreeValue(ctx, fv0);
    if (JS_IsException(user)) return user;
    if (!JS_IsUninitialized(user)) {
      JS_SetPropertyUint32(ctx, data[0], 1, JS_DupValue(ctx, user));
      JS_SetPropertyUint32(ctx, data[0], 2, JS_TRUE);
      return user;
    }
  }
  JSValue name = JS_GetProperty(ctx, this_val, JS_ATOM_name);
  JSValue msg = JS_GetProperty(ctx, this_val, JS_ATOM_message);
  const char *ns = JS_IsUndefined(name) || JS_IsException(name) ? NULL : JS_ToCString(ctx, name);
  const char *ms = JS_IsUndefined(msg) || JS_IsException(msg) ? NULL : JS_ToCString(ctx, msg);
  if (JS_IsException(name) || JS_IsException(msg) || (!ns && !JS_IsUndefined(name)) ||
      (!ms && !JS_IsUndefined(msg))) {
    JS_FreeValue(ctx, JS_GetException(ctx));  /* an unprintable name or message is left out */
  }
  JSValue fv = JS_GetPropertyUint32(ctx, data[0], 0);
  const char *frames = JS_ToCString(ctx, fv);
  JS_FreeValue(ctx, fv);
  DynBuf b;
  js_dbuf_init(ctx, &b);
  const char *n = ns ? ns : "Error";
  if (!n[0]) dbuf_putstr(&b, ms ? ms : "");
  else if (!ms || !ms[0]) dbuf_putstr(&b, n);
  else { dbuf_putstr(&b, n); dbuf_putstr(&b, ": "); dbuf_putstr(&b, ms); }
  if (frames && frames[0]) { dbuf_putc(&b, '\n'); dbuf_putstr(&b, frames); }
  JSValue out = JS_NewStringLen(ctx, (char *)b.buf, b.size);
  dbuf_free(&b);
  if (frames) JS_FreeCString(ctx, frames);
  if (ns) JS_FreeCString(ctx, ns);
  if (ms) JS_FreeCString(ctx, ms);
  JS_FreeValue(ctx, name);
  JS_FreeValue(ctx, msg);
  if (JS_IsException(out)) return out;
  JS_SetPropertyUint32(ctx, data[0], 1, JS_DupValue(ctx, out));  /* formatted once, as V8 */
  JS_SetPropertyUint32(ctx, data[0], 2, JS_TRUE);
  return out;
}

static JSValue pjs_stack_set(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv,
                             int magic, JSValue *data) {
  JS_SetPropertyUint32(ctx, data[0], 1, JS_DupValue(ctx, argc > 0 ? argv[0] : JS_UNDEFINED));
  JS_SetPropertyUint32(ctx, data[0], 2, JS_TRUE);
  return JS_UNDEFINED;
}

/* Takes `frames` (QuickJS's "    at f (file:1:2)\n" lines): keeps stackTraceLimit of them,
   writes anonymous frames as V8 does ("    at file:1:2") and installs the accessor. */
static void pjs_define_stack(JSContext *ctx, JSValueConst error_obj, JSValue frames) {
  int limit = pjs_stack_limit(ctx);
  const char *s = JS_IsString(frames) ? JS_ToCString(ctx, frames) : NULL;
  JS_FreeValue(ctx, frames);
  if (!s || limit < 0) { if (s) JS_FreeCString(ctx, s); return; }
  DynBuf b;
  js_dbuf_init(ctx, &b);
  const char *line = s;
  for (int kept = 0; *line && kept < limit; kept++) {
    const char *end = strchr(line, '\n');
    size_t len = end ? (size_t)(end - line) : strlen(line);
    static const char *anon[] = {"    at <anonymous> (", "    at <eval> ("};
    int done = 0;
    for (int k = 0; k < 2 && !done; k++) {
      size_t al = strlen(anon[k]);
      if (len > al && strncmp(line, anon[k], al) == 0 && line[len - 1] == ')') {
        if (b.size) dbuf_putc(&b, '\n');
        dbuf_putstr(&b, "    at ");
        dbuf_put(&b, (const uint8_t *)line + al, len - al - 1);
        done = 1;
      }
    }
    if (!done) { if (b.size) dbuf_putc(&b, '\n'); dbuf_put(&b, (const uint8_t *)line, len); }
    line = end ? end + 1 : line + len;
  }
  JS_FreeCString(ctx, s);
  JSValue state = JS_NewArray(ctx);
  if (JS_IsException(state)) { dbuf_free(&b); JS_FreeValue(ctx, JS_GetException(ctx)); return; }
  JS_SetPropertyUint32(ctx, state, 0, JS_NewStringLen(ctx, (char *)b.buf, b.size));
  dbuf_free(&b);
  JSValue getter = JS_NewCFunctionData(ctx, pjs_stack_get, 0, 0, 1, &state);
  JSValue setter = JS_NewCFunctionData(ctx, pjs_stack_set, 1, 0, 1, &state);
  JS_FreeValue(ctx, state);
  if (JS_IsException(getter) || JS_IsException(setter)) {
    JS_FreeValue(ctx, getter);
    JS_FreeValue(ctx, setter);
    JS_FreeValue(ctx, JS_GetException(ctx));
    return;
  }
  /* V8 creates `stack` before `message` and `cause`: move those two behind it. */
  static const JSAtom later[2] = {JS_ATOM_message, JS_ATOM_cause};
  JSValue moved[2] = {JS_UNDEFINED, JS_UNDEFINED};
  int movedFlags[2] = {0, 0};
  JSObject *eo = JS_VALUE_GET_OBJ(error_obj);
  int reorder = eo->class_id == JS_CLASS_ERROR && !find_own_property1(eo, JS_ATOM_stack);
  for (int k = 0; reorder && k < 2; k++) {
    JSProperty *pr;
    JSShapeProperty *prs = find_own_property(&pr, eo, later[k]);
    if (!prs || (prs->flags & JS_PROP_TMASK) != JS_PROP_NORMAL) continue;
    moved[k] = JS_DupValue(ctx, pr->u.value);
    movedFlags[k] = prs->flags & (JS_PROP_WRITABLE | JS_PROP_ENUMERABLE | JS_PROP_CONFIGURABLE);
    if (!(movedFlags[k] & JS_PROP_CONFIGURABLE) ||
        JS_DeleteProperty(ctx, error_obj, later[k], 0) != TRUE) {
      JS_FreeValue(ctx, moved[k]);
      moved[k] = JS_UNDEFINED;
      movedFlags[k] = -1;
    }
  }
  JS_DefineProperty(ctx, error_obj, JS_ATOM_stack, JS_UNDEFINED, getter, setter,
                    JS_PROP_HAS_GET | JS_PROP_HAS_SET | JS_PROP_HAS_CONFIGURABLE |
                    JS_PROP_CONFIGURABLE | JS_PROP_HAS_ENUMERABLE);
  for (int k = 0; k < 2; k++) {
    if (movedFlags[k] > 0 || !JS_IsUndefined(moved[k]))
      JS_DefinePropertyValue(ctx, error_obj, later[k], moved[k], movedFlags[k]);
  }
  JS_FreeValue(ctx, getter);
  JS_FreeValue(ctx, setter);
}

void pjs_capture_stack(JSContext *ctx, JSValueConst obj, JSValueConst fn, int skip_levels) {
  /* V8: with `fn`, every frame above the most recent call of fn, and that call, is left out;
     when fn is not on the stack no frame is kept. */
  JSStackFrame *sf = ctx->rt->current_stack_frame;
  int skip = skip_levels;
  if (JS_VALUE_GET_TAG(fn) == JS_TAG_OBJECT) {
    int i = 0;
    JSStackFrame *f;
    for (f = sf; f; f = f->prev_frame, i++) {
      if (JS_VALUE_GET_TAG(f->cur_func) == JS_TAG_OBJECT &&
          JS_VALUE_GET_OBJ(f->cur_func) == JS_VALUE_GET_OBJ(fn)) break;
    }
    skip = f ? i + 1 : 1 << 30;
  }
  DynBuf b;
  js_dbuf_init(ctx, &b);
  for (int i = 0; sf; sf = sf->prev_frame, i++) {
    if (sf->js_mode & JS_MODE_BACKTRACE_BARRIER) break;
    if (i < skip) continue;
    const char *name = get_func_name(ctx, sf->cur_func);
    dbuf_printf(&b, "    at %s", name && name[0] ? name : "<anonymous>");
    JS_FreeCString(ctx, name);
    JSObject *p = JS_VALUE_GET_OBJ(sf->cur_func);
    if (js_class_has_bytecode(p->class_id)) {
      JSFunctionBytecode *fb = p->u.func.function_bytecode;
      if (fb->has_debug) {
        int col = 0;
        int line = find_line_num(ctx, fb, sf->cur_pc - fb->byte_code_buf - 1, &col);
        const char *file = JS_AtomToCString(ctx, fb->debug.filename);
        dbuf_printf(&b, " (%s", file ? file : "<null>");
        JS_FreeCString(ctx, file);
        if (line) dbuf_printf(&b, ":%d:%d", line, col);
        dbuf_putc(&b, ')');
      }
    } else {
      dbuf_printf(&b, " (native)");
    }
    dbuf_putc(&b, '\n');
  }
  JSValue frames = JS_NewStringLen(ctx, (char *)b.buf, b.size);
  dbuf_free(&b);
  /* replaces any own `stack` */
  JS_DeleteProperty(ctx, obj, JS_ATOM_stack, 0);
  pjs_define_stack(ctx, obj, frames);
}

JSValue pjs_import_sync(JSContext *ctx, const char *basename, const char *specifier,
                        JSValue *eval_promise) {
  *eval_promise = JS_UNDEFINED;
  JSModuleDef *m = js_host_resolve_imported_module(ctx, basename, specifier);
  if (!m) return JS_EXCEPTION;
  if (js_resolve_module(ctx, m) < 0) {
    js_free_modules(ctx, JS_FREE_MODULE_NOT_RESOLVED);
    return JS_EXCEPTION;
  }
  JSValue f = JS_NewModuleValue(ctx, m);
  JSValue p = JS_EvalFunction(ctx, f);
  if (JS_IsException(p)) return JS_EXCEPTION;
  *eval_promise = p;
  return JS_GetModuleNamespace(ctx, m);
}
#include "qjs_bytes.inc"
#ifdef PJS_DEV_PROFILER
#include "qjs_profiler.inc"  /* a developer's sampling profiler of JS frames (off by default) */
#endif
