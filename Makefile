# protoJS — the two commands: `make test` and `make run` (see README.md).
BUILD      ?= build
ASAN_BUILD ?= build-asan
JOBS       ?= 2
SCRIPT     ?= examples/hello.js
ARGS       ?=
CMAKE_ARGS ?=

.PHONY: all setup build test run test-asan clean configure compat

all: build

setup:
	@bash scripts/setup.sh

$(BUILD)/CMakeCache.txt: | setup
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release $(CMAKE_ARGS) >/dev/null

configure: setup $(BUILD)/CMakeCache.txt

build: configure
	cmake --build $(BUILD) -j$(JOBS)

test: build
	cd $(BUILD) && ctest --output-on-failure -j$(JOBS) --timeout 120

run: build
	./$(BUILD)/protojs $(SCRIPT) $(ARGS)

test-asan: setup
	cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DPJS_SANITIZE=ON $(CMAKE_ARGS) >/dev/null
	cmake --build $(ASAN_BUILD) -j$(JOBS)
	cd $(ASAN_BUILD) && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 ctest --output-on-failure -j$(JOBS) --timeout 300

# Benchmarks (bench/run.sh): protojs vs Node 24 vs bare qjs, tables printed as markdown.
.PHONY: bench bench-quick bench-build
bench-build: configure
	cmake --build $(BUILD) -j$(JOBS) --target protojs qjs

bench: bench-build
	PROTOJS=$(BUILD)/protojs QJS=$(BUILD)/qjs bash bench/run.sh

bench-quick: bench-build
	PROTOJS=$(BUILD)/protojs QJS=$(BUILD)/qjs bash bench/run.sh --quick

compat: build
	bash tests/compat/run.sh $(BUILD)/protojs .deps/node24/bin/node

clean:
	rm -rf $(BUILD) $(ASAN_BUILD)
