// Native classes (binding/native_object.h): construction, methods, `this` checks, finalizers,
// keepAlive, teardown with objects still alive.
#include <gtest/gtest.h>
#include "binding/native_object.h"
#include "core/environment.h"

namespace {

int liveCounters = 0;

class Counter : public pjs::NativeObject {
 public:
  Counter(pjs::Environment& env, int64_t start) : NativeObject(env), n_(start) { liveCounters++; }
  ~Counter() override { liveCounters--; }
  pjs::Value add(pjs::Call& c) { n_ += c.integer(0, "delta"); return pjs::i64(c.ctx(), n_); }
  pjs::Value pin(pjs::Call& c) { keepAlive(c.boolean(0)); return pjs::undefined(c.ctx()); }
  pjs::Value fire(pjs::Call& c) { return callback("onfire", 0, nullptr); }

 private:
  int64_t n_;
};

Counter* makeCounter(pjs::Call& c) { return new Counter(c.env(), c.has(0) ? c.integer(0, "start") : 0); }

void install(pjs::Environment& env) {
  env.bootstrap();
  JSContext* ctx = env.context();
  pjs::Value global(ctx, JS_GetGlobalObject(ctx));
  global.set("Counter", pjs::NativeClass<Counter>::define<makeCounter>(ctx, "Counter", 1, {
      pjs::method<Counter, &Counter::add>("add", 1),
      pjs::method<Counter, &Counter::pin>("pin", 1),
      pjs::method<Counter, &Counter::fire>("fire", 0)}));
}

TEST(NativeClass, ConstructsAndCallsMethods) {
  pjs::Environment env;
  install(env);
  EXPECT_EQ(env.evalToString("const c = new Counter(40); c.add(1); String(c.add(1))"), "42");
  EXPECT_EQ(env.evalToString("new Counter() instanceof Counter"), "true");
  EXPECT_EQ(env.evalToString("try { Counter() } catch (e) { e instanceof TypeError }"), "true");
  EXPECT_EQ(env.evalToString("c.fire.length + ':' + (c.onfire = () => 'fired', c.fire())"), "0:fired");
}

TEST(NativeClass, ChecksThis) {
  pjs::Environment env;
  install(env);
  EXPECT_EQ(env.evalToString("try { Counter.prototype.add.call({}, 1) } catch (e) { e.code + '|' + e.message }"),
            "ERR_INVALID_THIS|Value of \"this\" must be of type Counter");
  EXPECT_EQ(env.evalToString("try { new Counter(1).add('x') } catch (e) { e.code }"), "ERR_INVALID_ARG_TYPE");
}

TEST(NativeClass, FinalizerDeletesAndKeepAliveHolds) {
  int before = liveCounters;
  {
    pjs::Environment env;
    install(env);
    env.evalToString("for (let i = 0; i < 100; i++) new Counter(i); new Counter(1).pin(true); 0");
    JS_RunGC(env.runtime());
    EXPECT_EQ(liveCounters, before + 1);  // only the pinned one survives collection
  }
  EXPECT_EQ(liveCounters, before);  // teardown released and deleted it
}

}  // namespace
