// The typed binding layer: owned values, checked argument conversion, Node-style errors.
#include <gtest/gtest.h>
#include "binding/call.h"
#include "core/environment.h"

namespace {

pjs::Value addInts(pjs::Call& c) {
  return pjs::i64(c.ctx(), c.integer(0, "a") + c.integer(1, "b"));
}
pjs::Value failUv(pjs::Call& c) { pjs::throwUvError(c.ctx(), UV_ENOENT, "open", "/nope"); }

class BindingTest : public ::testing::Test {
 protected:
  void SetUp() override {
    env = std::make_unique<pjs::Environment>();
    env->bootstrap();
    JSContext* ctx = env->context();
    pjs::Value global(ctx, JS_GetGlobalObject(ctx));
    pjs::setMethod<addInts>(ctx, global, "addInts", 2);
    pjs::setMethod<failUv>(ctx, global, "failUv", 0);
  }
  std::unique_ptr<pjs::Environment> env;
};

TEST_F(BindingTest, ConvertsTypedArguments) {
  EXPECT_EQ(env->evalToString("addInts(40, 2)"), "42");
}

TEST_F(BindingTest, WrongTypeThrowsNodeError) {
  EXPECT_EQ(env->evalToString(
      "try { addInts('x', 1) } catch (e) { e.code + '|' + e.name + '|' + e.message }"),
      "ERR_INVALID_ARG_TYPE|TypeError|The \"a\" argument must be of type number. Received type string");
  EXPECT_EQ(env->evalToString("try { addInts(1.5, 1) } catch (e) { e.code + '|' + (e instanceof RangeError) }"),
            "ERR_OUT_OF_RANGE|true");
}

TEST_F(BindingTest, UvErrorsCarryNodeFields) {
  EXPECT_EQ(env->evalToString(
      "try { failUv() } catch (e) { [e.message, e.code, e.errno, e.syscall, e.path].join('|') }"),
      "ENOENT: no such file or directory, open '/nope'|ENOENT|-2|open|/nope");
}

TEST_F(BindingTest, ValuesAreReferenceCounted) {
  JSContext* ctx = env->context();
  pjs::Value a = pjs::str(ctx, "abc");
  pjs::Value b = a;             // dup
  pjs::Value c = std::move(a);  // move leaves a undefined
  EXPECT_TRUE(a.isUndefined());
  EXPECT_EQ(b.toString(), "abc");
  EXPECT_EQ(c.toString(), "abc");
}

}  // namespace
