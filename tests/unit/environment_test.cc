// The per-thread Environment: independent engines, loops and module state on parallel threads.
#include <gtest/gtest.h>
#include <atomic>
#include <string>
#include <thread>
#include "core/environment.h"

using pjs::Environment;

TEST(Environment, EvaluatesJavaScript) {
  Environment env;
  EXPECT_EQ(env.evalToString("1 + 2"), "3");
  EXPECT_EQ(env.evalToString("typeof process.nextTick"), "function");
}

TEST(Environment, RunsTimersAndTicksInOrder) {
  Environment env;
  std::string out = env.evalToString(
      "globalThis.log = [];"
      "setTimeout(() => log.push('timeout'), 200);"  // far enough that a loaded machine cannot reach it first
      "setImmediate(() => log.push('immediate'));"
      "process.nextTick(() => log.push('tick'));"
      "Promise.resolve().then(() => log.push('promise'));"
      "'started'");
  EXPECT_EQ(out, "started");
  EXPECT_EQ(env.evalToString("log.join(',')"), "tick,promise,immediate,timeout");
}

TEST(Environment, TwoEnvironmentsRunInParallelThreads) {
  std::string a, b;
  std::atomic<int> ready{0};
  auto work = [&ready](std::string* out, int seed) {
    Environment env;
    ready++;
    while (ready.load() < 2) std::this_thread::yield();  // both engines exist at once
    *out = env.evalToString(
        "globalThis.seed = " + std::to_string(seed) + ";"
        "let s = 0; for (let i = 0; i < 200000; i++) s = (s + i * seed) % 1000003;"
        "setTimeout(() => { globalThis.done = s; }, 5);"
        "'x'");
    *out = env.evalToString("String(globalThis.done) + ':' + globalThis.seed");
  };
  std::thread t1(work, &a, 3);
  std::thread t2(work, &b, 7);
  t1.join();
  t2.join();
  auto expect = [](int seed) {
    long long s = 0;
    for (long long i = 0; i < 200000; i++) s = (s + i * seed) % 1000003;
    return std::to_string(s) + ":" + std::to_string(seed);
  };
  EXPECT_EQ(a, expect(3));
  EXPECT_EQ(b, expect(7));
}

TEST(Environment, GlobalsAreNotShared) {
  Environment e1, e2;
  e1.evalToString("globalThis.marker = 'one'");
  EXPECT_EQ(e2.evalToString("typeof globalThis.marker"), "undefined");
}

TEST(Environment, EvalErrorsBecomeExceptions) {
  Environment env;
  EXPECT_THROW(env.evalToString("throw new TypeError('bad')"), std::runtime_error);
}
