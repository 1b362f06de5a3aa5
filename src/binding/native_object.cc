#include "binding/native_object.h"
#include "core/environment.h"

namespace pjs {

NativeObject::NativeObject(Environment& env) : env_(&env) { env.nativeObjects.insert(this); }

NativeObject::~NativeObject() { env_->nativeObjects.erase(this); }

JSContext* NativeObject::ctx() const { return env_->context(); }

void NativeObject::keepAlive(bool on) {
  if (on && self_.isUndefined() && !collected_) self_ = Value::borrow(ctx(), obj_);
  if (!on) self_ = Value();
}

Value NativeObject::property(const char* name) const {
  if (collected_) return undefined(ctx());
  return Value(ctx(), JS_GetPropertyStr(ctx(), obj_, name));
}

Value NativeObject::callback(const char* name, int argc, Value* argv) {
  if (env_->tearingDown) return undefined(ctx());
  Value fn = property(name);
  if (!fn.isFunction()) return undefined(ctx());
  // The callback may drop the last reference to the JS object: hold it for the call.
  Value self = Value::borrow(ctx(), obj_);
  return env_->makeCallback(fn, self, argc, argv);
}

void NativeObject::teardown() { self_ = Value(); }

void NativeObject::finalized() { delete this; }

void NativeObject::onFinalize(JSRuntime* rt, JSValue v) {
  JSClassID id = JS_GetClassID(v);
  auto* native = static_cast<NativeObject*>(JS_GetOpaque(v, id));
  if (!native) return;
  native->collected_ = true;
  native->obj_ = JS_UNDEFINED;
  native->finalized();
}

JSClassID newClassId(JSClassID* id) {
  static std::mutex lock;  // JS_NewClassID's counter is process-wide and unguarded
  std::lock_guard<std::mutex> guard(lock);
  return JS_NewClassID(id);
}

Value defineNativeClass(JSContext* ctx, JSClassID id, const char* name, JSCFunction* ctor,
                        int length, std::initializer_list<MethodEntry> methods) {
  JSRuntime* rt = JS_GetRuntime(ctx);
  if (!JS_IsRegisteredClass(rt, id)) {
    JSClassDef def{};
    def.class_name = name;
    def.finalizer = &NativeObject::onFinalize;
    if (JS_NewClass(rt, id, &def) < 0) throw JsThrow{};
  }
  Value proto = object(ctx);
  for (const auto& m : methods) {
    proto.set(m.name, Value(ctx, JS_NewCFunction(ctx, m.fn, m.name, m.length)));
  }
  Value fn(ctx, JS_NewCFunction2(ctx, ctor, name, length, JS_CFUNC_constructor, 0));
  JS_SetConstructor(ctx, fn.get(), proto.get());
  JS_SetClassProto(ctx, id, Value(proto).release());
  return fn;
}

NativeObject* unwrapNative(Call& c, JSClassID id, const char* className) {
  void* p = JS_GetOpaque(c.self().get(), id);
  if (!p) throwTypeError(c.ctx(), "ERR_INVALID_THIS", std::string("Value of \"this\" must be of type ") + className);
  return static_cast<NativeObject*>(p);
}

}  // namespace pjs
