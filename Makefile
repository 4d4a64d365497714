# vigil: the two commands a new user needs are `make demo` and `make test`.
#   make demo    install Debian packages (as root), build release, ingest samples/, search
#   make test    build with ASan+UBSan and run every test (ctest)
#   make eval    score against ../shared/eval (skips cleanly when absent); fails below floors
#   make bench   Google Benchmark per stage + whole-pipeline runs
#   make fuzz    build the libFuzzer targets with clang and run each briefly
#   make format-check   fail on sources that differ from .clang-format's layout
SHELL := /bin/bash
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
BUILD ?= build
TEST_BUILD ?= build-asan
FUZZ_BUILD ?= build-fuzz
BENCH_BUILD ?= build-bench
SHARED ?= ../shared
FUZZ_SECONDS ?= 20
GENERATOR := $(shell command -v ninja >/dev/null 2>&1 && echo "-G Ninja")

# Debian 12 packages vigil builds and runs with (README: which library does what).
PACKAGES := build-essential cmake ninja-build pkg-config libgumbo-dev libcld2-dev \
  libicu-dev libsqlite3-dev zlib1g-dev libexpat1-dev libsimdjson-dev libcli11-dev libfmt-dev libgtest-dev \
  libgmock-dev libbenchmark-dev libjemalloc-dev python3
FUZZ_PACKAGES := clang libclang-rt-14-dev
BENCH_PACKAGES := python3-readability bc time

.PHONY: all deps demo build test eval bench fuzz clean format format-check

all: build

deps:
	@bash tools/install-deps.sh $(PACKAGES)

build: deps
	cmake -S . -B $(BUILD) $(GENERATOR) -DCMAKE_BUILD_TYPE=Release -DVIGIL_TESTS=OFF >/dev/null
	cmake --build $(BUILD) -j $(JOBS) --target vigil

demo: build
	rm -f vigil.db vigil.db-wal vigil.db-shm
	$(BUILD)/vigil ingest samples --db vigil.db || test $$? -eq 1
	$(BUILD)/vigil stats --db vigil.db
	@echo; echo '$$ vigil search "spokesman audio message"'
	$(BUILD)/vigil search --db vigil.db "spokesman audio message" -n 3
	@echo; echo '$$ vigil report'
	$(BUILD)/vigil report --db vigil.db

test: deps
	cmake -S . -B $(TEST_BUILD) $(GENERATOR) -DCMAKE_BUILD_TYPE=Debug -DVIGIL_SANITIZE=ON >/dev/null
	cmake --build $(TEST_BUILD) -j $(JOBS)
	cd $(TEST_BUILD) && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  ctest --output-on-failure -j $(JOBS)

eval: build
	python3 tools/eval.py --vigil $(BUILD)/vigil --shared $(SHARED) --floors eval/floors.json

bench: deps
	@bash tools/install-deps.sh $(BENCH_PACKAGES) || true
	cmake -S . -B $(BENCH_BUILD) $(GENERATOR) -DCMAKE_BUILD_TYPE=Release -DVIGIL_TESTS=OFF -DVIGIL_BENCH=ON >/dev/null
	cmake --build $(BENCH_BUILD) -j $(JOBS)
	bash bench/run.sh $(BENCH_BUILD) $(SHARED)

fuzz: deps
	@bash tools/install-deps.sh $(FUZZ_PACKAGES)
	CXX=clang++ cmake -S . -B $(FUZZ_BUILD) $(GENERATOR) -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DVIGIL_TESTS=OFF -DVIGIL_FUZZ=ON >/dev/null
	cmake --build $(FUZZ_BUILD) -j $(JOBS) --target fuzzers
	bash fuzz/run.sh $(FUZZ_BUILD) $(FUZZ_SECONDS)

format:
	clang-format -i $$(git ls-files '*.cc' '*.h')

# Fails when a committed source file differs from what .clang-format makes of it.
format-check:
	@bash tools/install-deps.sh clang-format
	clang-format --dry-run --Werror $$(git ls-files '*.cc' '*.h')

clean:
	rm -rf $(BUILD) $(TEST_BUILD) $(FUZZ_BUILD) $(BENCH_BUILD) vigil.db vigil.db-wal vigil.db-shm
