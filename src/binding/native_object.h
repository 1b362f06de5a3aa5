// C++ objects owned by JS objects, and native classes that create them.
//
//   class Counter : public NativeObject { … Value add(Call&); };
//   Value ctor = NativeClass<Counter>::define<makeCounter>(ctx, "Counter", 0,
//       {method<Counter, &Counter::add>("add", 1)});
//
// `new Counter()` calls makeCounter(Call&) → Counter*, which the JS object then owns: when the
// object is collected its finalizer calls finalized() (by default `delete this`). A method's
// `this` is checked: calling it on anything else throws ERR_INVALID_THIS.
// An object with native work in flight (an active libuv handle) calls keepAlive(true) so its JS
// object — and so itself — cannot be collected until the work ends.
// At Environment teardown every live NativeObject gets teardown(): it must drop every engine
// reference it holds (its Values), since the runtime is freed right after.
#pragma once
#include <atomic>
#include <initializer_list>
#include <mutex>
#include "binding/call.h"

namespace pjs {

struct MethodEntry { const char* name; JSCFunction* fn; int length; };

class NativeObject {
 public:
  explicit NativeObject(Environment& env);
  virtual ~NativeObject();
  NativeObject(const NativeObject&) = delete;
  NativeObject& operator=(const NativeObject&) = delete;

  Environment& env() const { return *env_; }
  JSContext* ctx() const;
  // The owning JS object (not a counted reference); undefined once it was collected.
  JSValueConst jsObject() const { return obj_; }
  // While on, the JS object holds itself alive (a strong reference from C++).
  void keepAlive(bool on);
  // A property of the JS object (e.g. its `onread` callback).
  Value property(const char* name) const;
  // Calls this.<name>(...args) through Environment::makeCallback, if it is a function.
  Value callback(const char* name, int argc, Value* argv);

  virtual void teardown();   // environment ends: release engine references
  virtual void finalized();  // JS object collected: default deletes this

 private:
  template <class T> friend class NativeClass;
  friend Value defineNativeClass(JSContext*, JSClassID, const char*, JSCFunction*, int,
                                 std::initializer_list<MethodEntry>);
  void attach(JSValueConst obj) { obj_ = obj; }
  static void onFinalize(JSRuntime* rt, JSValue v);
  Environment* env_;
  JSValue obj_ = JS_UNDEFINED;
  Value self_;
  bool collected_ = false;
};

// Unwraps `this` as T (throws ERR_INVALID_THIS).
template <class T>
T& unwrap(Call& c);

// M is a member function `Value (Base::*)(Call&)` of T or of a base class of T.
template <class T, auto M>
Value callMember(Call& c) { return (unwrap<T>(c).*M)(c); }

template <class T, auto M>
MethodEntry method(const char* name, int length) {
  return {name, &trampoline<callMember<T, M>>, length};
}

// Per-runtime class registration over a process-wide class id.
JSClassID newClassId(JSClassID* id);
Value defineNativeClass(JSContext* ctx, JSClassID id, const char* name, JSCFunction* ctor,
                        int length, std::initializer_list<MethodEntry> methods);
NativeObject* unwrapNative(Call& c, JSClassID id, const char* className);

template <class T>
class NativeClass {
 public:
  static JSClassID id() { static JSClassID v = 0; static std::once_flag once; std::call_once(once, [] { newClassId(&v); }); return v; }
  static inline std::atomic<const char*> name{"NativeObject"};  // for ERR_INVALID_THIS

  // Registers the class in ctx's runtime and returns its constructor; `new C(...)` runs Make.
  template <T* (*Make)(Call&)>
  static Value define(JSContext* ctx, const char* className, int length,
                      std::initializer_list<MethodEntry> methods) {
    name = className;
    return defineNativeClass(ctx, id(), className, &trampoline<construct<Make>>, length, methods);
  }

  // A new JS object of this class owning `native` (for objects made by native code, not `new`;
  // define() must have run in ctx's runtime). On failure deletes native and throws JsThrow.
  static Value wrap(JSContext* ctx, T* native) {
    Value obj(ctx, JS_NewObjectClass(ctx, static_cast<int>(id())));
    if (obj.isException()) { delete native; throw JsThrow{}; }
    static_cast<NativeObject*>(native)->attach(obj.get());
    JS_SetOpaque(obj.get(), static_cast<NativeObject*>(native));
    return obj;
  }

 private:
  template <T* (*Make)(Call&)>
  static Value construct(Call& c) {
    Value obj(c.ctx(), JS_NewObjectClass(c.ctx(), static_cast<int>(id())));
    if (obj.isException()) throw JsThrow{};
    T* native = Make(c);
    static_cast<NativeObject*>(native)->attach(obj.get());
    JS_SetOpaque(obj.get(), static_cast<NativeObject*>(native));
    return obj;
  }
};

template <class T>
T& unwrap(Call& c) {
  return *static_cast<T*>(unwrapNative(c, NativeClass<T>::id(), NativeClass<T>::name));
}

}  // namespace pjs
