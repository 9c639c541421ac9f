# Thin wrapper around CMake, so that the README's two commands are `make run` and `make test`.
#   make run    install missing Debian packages, build Release, start the GUI
#   make test   install missing Debian packages, build, run the whole test suite with ctest
#   make asan / make tsan   the same suite under AddressSanitizer+UBSan / ThreadSanitizer
#   make bench  build and run the benchmarks
BUILD      ?= build
JOBS       ?= $(shell nproc)
GENERATOR  ?= Ninja
# Warnings are errors in CI (CI=true); locally they stay warnings.
WERROR     := $(if $(filter true 1 yes,$(CI)),ON,OFF)
SUDO       := $(if $(filter 0,$(shell id -u)),,sudo)
PACKAGES   := $(shell sed -e 's/\#.*//' .ci/packages)
CMAKE_ARGS ?=

.PHONY: deps configure build run test asan tsan bench translations clean fuzz

deps:
	@missing=$$(dpkg-query -W -f='$${Package} $${db:Status-Status}\n' $(PACKAGES) 2>/dev/null \
	  | awk '$$2 != "installed" {print $$1}'; \
	  for p in $(PACKAGES); do dpkg-query -W $$p >/dev/null 2>&1 || echo $$p; done); \
	missing=$$(echo $$missing | tr ' ' '\n' | sort -u | tr '\n' ' '); \
	if [ -n "$$(echo $$missing | tr -d ' ')" ]; then \
	  echo "Installing Debian packages: $$missing"; \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get update -q && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends $$missing; \
	else echo "All Debian packages are installed."; fi

configure: deps
	cmake -S . -B $(BUILD) -G $(GENERATOR) -DCMAKE_BUILD_TYPE=Release -DNEURONA_WERROR=$(WERROR) $(CMAKE_ARGS)

build: configure
	cmake --build $(BUILD) -j $(JOBS)

run: build
	$(BUILD)/app/neurona

test: build
	cd $(BUILD) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j $(JOBS) --timeout 600

asan:
	$(MAKE) test BUILD=build-asan CMAKE_ARGS="-DCMAKE_BUILD_TYPE=RelWithDebInfo -DNEURONA_SANITIZE=address,undefined -DNEURONA_BUILD_BENCHMARKS=OFF"

tsan:
	TSAN_OPTIONS="suppressions=$(CURDIR)/tests/tsan.supp halt_on_error=1 second_deadlock_stack=1" $(MAKE) test BUILD=build-tsan CMAKE_ARGS="-DCMAKE_BUILD_TYPE=RelWithDebInfo -DNEURONA_SANITIZE=thread -DNEURONA_BUILD_BENCHMARKS=OFF"

bench: build
	@for b in $(BUILD)/tests/bench/bench_*; do [ -x $$b ] && $$b; done

translations: configure
	cmake --build $(BUILD) --target update_translations

clean:
	rm -rf $(BUILD) build-asan build-tsan

# libFuzzer: builds build-fuzz with clang and runs every harness for FUZZ_SECONDS on a scratch copy of
# its seed corpus (tests/fuzz/corpus/NAME); crashes land in build-fuzz/crashes/.
FUZZ_SECONDS ?= 30
fuzz: deps
	CC=clang CXX=clang++ cmake -S . -B build-fuzz -G $(GENERATOR) -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DNEURONA_FUZZ=ON -DNEURONA_SANITIZE=address,undefined
	cmake --build build-fuzz -j $(JOBS)
	@mkdir -p build-fuzz/crashes; status=0; \
	for f in build-fuzz/tests/fuzz/fuzz_*; do n=$$(basename $$f); c=$${n#fuzz_}; \
	  rm -rf build-fuzz/corpus-$$c; cp -r tests/fuzz/corpus/$$c build-fuzz/corpus-$$c; \
	  echo "== $$n for $(FUZZ_SECONDS) s"; \
	  $$f -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
	    -artifact_prefix=build-fuzz/crashes/$$c- -print_final_stats=1 build-fuzz/corpus-$$c 2>&1 \
	    | grep -E 'stat::number_of_executed_units|ERROR|SUMMARY|Done' || true; \
	  [ -z "$$(ls build-fuzz/crashes/$$c-* 2>/dev/null)" ] || status=1; \
	done; exit $$status
