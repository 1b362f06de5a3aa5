// internalBinding('types'): brand checks on engine object kinds (util.types).
#include "binding/call.h"
#include "core/environment.h"
#include "qjs_engine.h"

namespace pjs {

template <PjsBrand... B>
static Value is(Call& c) {
  PjsBrand b = pjs_brand(c.raw(0));
  return boolean(c.ctx(), ((b == B) || ...));
}

static Value isExternal(Call& c) { return boolean(c.ctx(), false); }

void init_types_binding(Environment& env, const Value& t) {
  JSContext* ctx = env.context();
  setMethod<isExternal>(ctx, t, "isExternal", 1);
  setMethod<is<PJS_BRAND_DATE>>(ctx, t, "isDate", 1);
  setMethod<is<PJS_BRAND_ARGUMENTS>>(ctx, t, "isArgumentsObject", 1);
  setMethod<is<PJS_BRAND_BIGINT>>(ctx, t, "isBigIntObject", 1);
  setMethod<is<PJS_BRAND_BOOLEAN>>(ctx, t, "isBooleanObject", 1);
  setMethod<is<PJS_BRAND_NUMBER>>(ctx, t, "isNumberObject", 1);
  setMethod<is<PJS_BRAND_STRING>>(ctx, t, "isStringObject", 1);
  setMethod<is<PJS_BRAND_SYMBOL>>(ctx, t, "isSymbolObject", 1);
  setMethod<is<PJS_BRAND_ERROR>>(ctx, t, "isNativeError", 1);
  setMethod<is<PJS_BRAND_REGEXP>>(ctx, t, "isRegExp", 1);
  setMethod<is<PJS_BRAND_ASYNC_FUNCTION, PJS_BRAND_ASYNC_GENERATOR_FUNCTION>>(ctx, t, "isAsyncFunction", 1);
  setMethod<is<PJS_BRAND_GENERATOR_FUNCTION, PJS_BRAND_ASYNC_GENERATOR_FUNCTION>>(ctx, t, "isGeneratorFunction", 1);
  setMethod<is<PJS_BRAND_GENERATOR, PJS_BRAND_ASYNC_GENERATOR>>(ctx, t, "isGeneratorObject", 1);
  setMethod<is<PJS_BRAND_PROMISE>>(ctx, t, "isPromise", 1);
  setMethod<is<PJS_BRAND_MAP>>(ctx, t, "isMap", 1);
  setMethod<is<PJS_BRAND_SET>>(ctx, t, "isSet", 1);
  setMethod<is<PJS_BRAND_MAP_ITERATOR>>(ctx, t, "isMapIterator", 1);
  setMethod<is<PJS_BRAND_SET_ITERATOR>>(ctx, t, "isSetIterator", 1);
  setMethod<is<PJS_BRAND_WEAKMAP>>(ctx, t, "isWeakMap", 1);
  setMethod<is<PJS_BRAND_WEAKSET>>(ctx, t, "isWeakSet", 1);
  setMethod<is<PJS_BRAND_ARRAY_BUFFER>>(ctx, t, "isArrayBuffer", 1);
  setMethod<is<PJS_BRAND_DATAVIEW>>(ctx, t, "isDataView", 1);
  setMethod<is<PJS_BRAND_SHARED_ARRAY_BUFFER>>(ctx, t, "isSharedArrayBuffer", 1);
  setMethod<is<PJS_BRAND_PROXY>>(ctx, t, "isProxy", 1);
  setMethod<is<PJS_BRAND_MODULE_NS>>(ctx, t, "isModuleNamespaceObject", 1);
  setMethod<is<PJS_BRAND_ARRAY_BUFFER, PJS_BRAND_SHARED_ARRAY_BUFFER>>(ctx, t, "isAnyArrayBuffer", 1);
  setMethod<is<PJS_BRAND_NUMBER, PJS_BRAND_STRING, PJS_BRAND_BOOLEAN, PJS_BRAND_BIGINT, PJS_BRAND_SYMBOL>>(ctx, t, "isBoxedPrimitive", 1);
}

}  // namespace pjs
