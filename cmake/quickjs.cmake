# Builds QuickJS (Debian source package quickjs 2025.04.26-1, unpacked by scripts/setup.sh)
# as a static library with our flags. -DQUICKJS_SOURCE_DIR=... points at another unpacked copy.
set(QUICKJS_SOURCE_DIR "${CMAKE_SOURCE_DIR}/.deps/quickjs" CACHE PATH "unpacked QuickJS 2025-04-26 source")
if(NOT EXISTS "${QUICKJS_SOURCE_DIR}/quickjs.c")
  message(FATAL_ERROR "QuickJS source not found in ${QUICKJS_SOURCE_DIR}: run scripts/setup.sh (make setup)")
endif()
file(READ "${QUICKJS_SOURCE_DIR}/VERSION" QUICKJS_VERSION)
string(STRIP "${QUICKJS_VERSION}" QUICKJS_VERSION)

# Two hooks in the engine, applied at build time to a copy (the unpacked source stays as Debian
# ships it). First, build_backtrace() hands the frames it formatted to pjs_define_stack() instead of
# storing them as a plain `stack` string, so Error.stack can be V8's lazy "Name: message\n
# frames" accessor (see src/engine/qjs_engine.c). The build fails if the anchor ever changes.
file(READ "${QUICKJS_SOURCE_DIR}/quickjs.c" PJS_QJS_C)
set(PJS_QJS_ANCHOR "    JS_DefinePropertyValue(ctx, error_obj, JS_ATOM_stack, str,\n                           JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);\n}")
string(FIND "${PJS_QJS_C}" "${PJS_QJS_ANCHOR}" PJS_QJS_AT)
if(PJS_QJS_AT EQUAL -1)
  message(FATAL_ERROR "quickjs.c: the build_backtrace anchor for the Error.stack hook was not found")
endif()
string(REPLACE "${PJS_QJS_ANCHOR}" "    pjs_define_stack(ctx, error_obj, str);\n}" PJS_QJS_C "${PJS_QJS_C}")
# Second hook, for AsyncLocalStorage: perform_promise_then() (every .then and every `await`)
# stores each reaction handler through pjs_reaction_handler(), which wraps it so that it runs
# in the async context frame current at registration (Node 24's AsyncContextFrame semantics).
set(PJS_QJS_ANCHOR2 "            handler = JS_UNDEFINED;\n        rd->handler = JS_DupValue(ctx, handler);\n        rd_array[i] = rd;")
string(FIND "${PJS_QJS_C}" "${PJS_QJS_ANCHOR2}" PJS_QJS_AT2)
if(PJS_QJS_AT2 EQUAL -1)
  message(FATAL_ERROR "quickjs.c: the perform_promise_then anchor for the async-context hook was not found")
endif()
string(REPLACE "${PJS_QJS_ANCHOR2}" "            handler = JS_UNDEFINED;\n        rd->handler = pjs_reaction_handler(ctx, handler);\n        rd_array[i] = rd;" PJS_QJS_C "${PJS_QJS_C}")
# A tuning, not a hook: the atom hash table grows when it holds 2 atoms per bucket (the
# engine's default); loading a large module tree then spends ~9 % of its time walking atom hash
# chains (cache misses). Growing at 1/2 atom per bucket costs 4 bytes per bucket.
set(PJS_QJS_ANCHOR3 "#define JS_ATOM_COUNT_RESIZE(n) ((n) * 2)")
string(FIND "${PJS_QJS_C}" "${PJS_QJS_ANCHOR3}" PJS_QJS_AT3)
if(PJS_QJS_AT3 EQUAL -1)
  message(FATAL_ERROR "quickjs.c: the JS_ATOM_COUNT_RESIZE anchor for the atom table tuning was not found")
endif()
string(REPLACE "${PJS_QJS_ANCHOR3}" "#define JS_ATOM_COUNT_RESIZE(n) ((n) / 2)" PJS_QJS_C "${PJS_QJS_C}")
file(WRITE "${CMAKE_BINARY_DIR}/gen/quickjs_hooked.c.tmp" "${PJS_QJS_C}")
configure_file("${CMAKE_BINARY_DIR}/gen/quickjs_hooked.c.tmp" "${CMAKE_BINARY_DIR}/gen/quickjs_hooked.c" COPYONLY)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${QUICKJS_SOURCE_DIR}/quickjs.c")

# src/engine/qjs_engine.c includes quickjs.c to add accessors for engine internals that the
# public API lacks (promise/proxy details, class ids of built-in objects); see that file.
add_library(quickjs STATIC
  ${CMAKE_SOURCE_DIR}/src/engine/qjs_engine.c
  ${QUICKJS_SOURCE_DIR}/libregexp.c
  ${QUICKJS_SOURCE_DIR}/libunicode.c
  ${QUICKJS_SOURCE_DIR}/cutils.c
  ${QUICKJS_SOURCE_DIR}/dtoa.c)
target_include_directories(quickjs SYSTEM PUBLIC ${QUICKJS_SOURCE_DIR} ${CMAKE_SOURCE_DIR}/src/engine)
target_include_directories(quickjs PRIVATE ${CMAKE_BINARY_DIR}/gen)
target_compile_definitions(quickjs PRIVATE _GNU_SOURCE CONFIG_VERSION="${QUICKJS_VERSION}")
target_compile_options(quickjs PRIVATE ${PJS_QJS_OPT_LIST} -fwrapv -w)
set_target_properties(quickjs PROPERTIES C_STANDARD 11 POSITION_INDEPENDENT_CODE ON)
if(PJS_SANITIZE)
  # The engine's BigInt printing passes 0 to __builtin_clz for 2^64-1 limbs (js_limb_clz); on
  # x86-64 that yields the right answer. It is QuickJS's to fix, so this one check is off for it.
  target_compile_options(quickjs PRIVATE -fno-sanitize=builtin)
endif()
target_link_libraries(quickjs PUBLIC m pthread)

# The bare interpreter from the same source and flags: the engine floor for bench/.
add_executable(qjs
  ${QUICKJS_SOURCE_DIR}/qjs.c ${QUICKJS_SOURCE_DIR}/quickjs-libc.c ${CMAKE_BINARY_DIR}/qjs_repl.c)
target_compile_definitions(qjs PRIVATE _GNU_SOURCE CONFIG_VERSION="${QUICKJS_VERSION}")
target_compile_options(qjs PRIVATE ${PJS_QJS_OPT_LIST} -fwrapv -w)
target_link_libraries(qjs PRIVATE quickjs dl)
set_target_properties(qjs PROPERTIES EXCLUDE_FROM_ALL ON)
# qjs needs its REPL compiled to bytecode by qjsc
add_executable(qjsc ${QUICKJS_SOURCE_DIR}/qjsc.c ${QUICKJS_SOURCE_DIR}/quickjs-libc.c)
target_compile_definitions(qjsc PRIVATE _GNU_SOURCE CONFIG_VERSION="${QUICKJS_VERSION}")
target_compile_options(qjsc PRIVATE -w)
target_link_libraries(qjsc PRIVATE quickjs dl)
set_target_properties(qjsc PROPERTIES EXCLUDE_FROM_ALL ON)
add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/qjs_repl.c
  COMMAND qjsc -c -o ${CMAKE_BINARY_DIR}/qjs_repl.c -m ${QUICKJS_SOURCE_DIR}/repl.js
  DEPENDS qjsc ${QUICKJS_SOURCE_DIR}/repl.js)
