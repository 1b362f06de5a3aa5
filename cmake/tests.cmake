# ctest cases: GoogleTest units, each tests/js/*.test.js file, each tests/diff/*.js script
# (compared with Node 24's stdout).
find_package(GTest REQUIRED)
file(GLOB PJS_UNIT_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/tests/unit/*.cc)
add_executable(unit_tests ${PJS_UNIT_SOURCES})
target_link_libraries(unit_tests PRIVATE protojs_core GTest::gtest GTest::gtest_main)
include(GoogleTest)
gtest_discover_tests(unit_tests DISCOVERY_TIMEOUT 30 PROPERTIES TIMEOUT 60)

file(GLOB_RECURSE PJS_JS_TESTS CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/tests/js/*.test.js ${CMAKE_SOURCE_DIR}/tests/js/*.test.mjs)
foreach(t ${PJS_JS_TESTS})
  file(RELATIVE_PATH rel ${CMAKE_SOURCE_DIR}/tests/js ${t})
  add_test(NAME js/${rel} COMMAND $<TARGET_FILE:protojs> ${t} WORKING_DIRECTORY ${CMAKE_SOURCE_DIR}/tests/js)
  set_tests_properties(js/${rel} PROPERTIES TIMEOUT 60)
endforeach()

set(PJS_NODE24 ${CMAKE_SOURCE_DIR}/.deps/node24/bin/node CACHE FILEPATH "Node 24 binary for differential tests")
file(GLOB_RECURSE PJS_DIFF_TESTS CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/tests/diff/*.js ${CMAKE_SOURCE_DIR}/tests/diff/*.mjs)
list(FILTER PJS_DIFF_TESTS EXCLUDE REGEX "/fixtures/|/node_modules/")
foreach(t ${PJS_DIFF_TESTS})
  file(RELATIVE_PATH rel ${CMAKE_SOURCE_DIR}/tests/diff ${t})
  add_test(NAME diff/${rel}
    COMMAND ${CMAKE_SOURCE_DIR}/tests/run-diff.sh $<TARGET_FILE:protojs> ${PJS_NODE24} ${t}
    WORKING_DIRECTORY ${CMAKE_SOURCE_DIR}/tests/diff)
  set_tests_properties(diff/${rel} PROPERTIES TIMEOUT 60)
endforeach()

add_test(NAME cli COMMAND ${CMAKE_SOURCE_DIR}/tests/cli/cli-test.sh $<TARGET_FILE:protojs> ${PJS_NODE24})
set_tests_properties(cli PROPERTIES TIMEOUT 120)

find_package(Python3 COMPONENTS Interpreter REQUIRED)
add_test(NAME repl-tty COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/cli/repl-tty-test.py $<TARGET_FILE:protojs>)
set_tests_properties(repl-tty PROPERTIES TIMEOUT 60)
add_test(NAME test-runner COMMAND ${CMAKE_SOURCE_DIR}/tests/cli/test-runner-test.sh $<TARGET_FILE:protojs> ${PJS_NODE24})
set_tests_properties(test-runner PROPERTIES TIMEOUT 60)
add_test(NAME stdio COMMAND ${CMAKE_SOURCE_DIR}/tests/cli/stdio-test.sh $<TARGET_FILE:protojs> ${PJS_NODE24})
set_tests_properties(stdio PROPERTIES TIMEOUT 120)
add_test(NAME signals COMMAND ${CMAKE_SOURCE_DIR}/tests/cli/signals-test.sh $<TARGET_FILE:protojs> ${PJS_NODE24})
set_tests_properties(signals PROPERTIES TIMEOUT 120)
add_test(NAME tty-stdio COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/cli/tty-stdio-test.py $<TARGET_FILE:protojs> ${PJS_NODE24})
set_tests_properties(tty-stdio PROPERTIES TIMEOUT 120)
add_test(NAME compile-cache COMMAND ${CMAKE_SOURCE_DIR}/tests/cli/compile-cache-test.sh $<TARGET_FILE:protojs>)
set_tests_properties(compile-cache PROPERTIES TIMEOUT 120)
add_test(NAME tls-flags COMMAND ${CMAKE_SOURCE_DIR}/tests/cli/tls-flags-test.sh $<TARGET_FILE:protojs> ${PJS_NODE24})
set_tests_properties(tls-flags PROPERTIES TIMEOUT 120)
add_test(NAME default-compile-cache COMMAND ${CMAKE_SOURCE_DIR}/tests/cli/default-compile-cache-test.sh $<TARGET_FILE:protojs>)
set_tests_properties(default-compile-cache PROPERTIES TIMEOUT 120)

# protoJS's default compile cache (package files) is on in every test: in the build tree, not in
# the user's ~/.cache. The cache is transparent, so results do not depend on it being warm.
get_property(PJS_ALL_TESTS DIRECTORY PROPERTY TESTS)
set_property(TEST ${PJS_ALL_TESTS} APPEND PROPERTY ENVIRONMENT "PROTOJS_CACHE_DIR=${CMAKE_BINARY_DIR}/test-compile-cache")
