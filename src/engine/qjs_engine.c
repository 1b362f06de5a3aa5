/* Compiles QuickJS (quickjs.c from Debian's source package, unmodified) into this translation
   unit and adds a few read-only accessors for engine internals that protoJS needs and the
   public API lacks. Nothing here changes engine behaviour. */
#include "quickjs.c"
#include "qjs_engine.h"

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

void pjs_capture_stack(JSContext *ctx, JSValueConst obj, int skip_levels) {
  JSValue tmp = JS_NewObject(ctx);
  build_backtrace(ctx, tmp, NULL, 0, 0, 0);
  JSValue frames = JS_GetPropertyStr(ctx, tmp, "stack");
  JS_FreeValue(ctx, tmp);
  const char *s = JS_ToCString(ctx, frames);
  JS_FreeValue(ctx, frames);
  if (!s) return;
  const char *q = s;
  for (int i = 0; i < skip_levels && *q; i++) {
    const char *nl = strchr(q, '\n');
    if (!nl) { q += strlen(q); break; }
    q = nl + 1;
  }
  /* header as V8 prints it: String(obj) for errors, else "Name: message" / "Name" */
  JSValue header = JS_UNDEFINED;
  JSValue name = JS_GetPropertyStr(ctx, obj, "name");
  JSValue msg = JS_GetPropertyStr(ctx, obj, "message");
  const char *ns = JS_IsUndefined(name) ? NULL : JS_ToCString(ctx, name);
  const char *ms = JS_IsUndefined(msg) ? NULL : JS_ToCString(ctx, msg);
  DynBuf b;
  js_dbuf_init(ctx, &b);
  dbuf_putstr(&b, ns ? ns : "Error");
  if (ms && ms[0]) { dbuf_putstr(&b, ": "); dbuf_putstr(&b, ms); }
  dbuf_putc(&b, '\n');
  dbuf_putstr(&b, q);
  /* drop the trailing newline QuickJS leaves after the last frame */
  if (b.size && b.buf[b.size - 1] == '\n') b.size--;
  header = JS_NewStringLen(ctx, (char *)b.buf, b.size);
  dbuf_free(&b);
  if (ns) JS_FreeCString(ctx, ns);
  if (ms) JS_FreeCString(ctx, ms);
  JS_FreeValue(ctx, name);
  JS_FreeValue(ctx, msg);
  JS_FreeCString(ctx, s);
  JS_DefinePropertyValueStr(ctx, obj, "stack", header, JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
}

const char *pjs_frame_function_name(JSContext *ctx, int level) {
  JSStackFrame *sf = ctx->rt->current_stack_frame;
  for (; sf && level > 0; sf = sf->prev_frame) level--;
  if (!sf) return NULL;
  return get_func_name(ctx, sf->cur_func);
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
