# Thin wrapper around CMake, so that the README's two commands are `make run` and `make test`.
#   make run    install missing Debian packages, build Release, start the GUI
#   make test   install missing Debian packages, build, run the whole test suite with ctest
#   make asan / make tsan   the same suite under AddressSanitizer+UBSan / ThreadSanitizer
#   make asan-ci            every test program but the GUI's under AddressSanitizer+UBSan (what CI runs)
#   make tsan-ci            only the trainer and the model/training tests under ThreadSanitizer
#   make fuzz FUZZ_SECONDS=N   every libFuzzer harness for N seconds
#   make bench  build and run the benchmarks
#   make install [PREFIX=/usr/local] [DESTDIR=...]   build, then install the programs and their data
#   make package   build, then the Debian package build/neurona_VERSION-1_ARCH.deb (CPack)
#   make install-check / make package-check   what CI checks of an install and of the package
BUILD      ?= build
JOBS       ?= $(shell nproc)
GENERATOR  ?= Ninja
# Warnings are errors in CI (CI=true); locally they stay warnings.
WERROR     := $(if $(filter true 1 yes,$(CI)),ON,OFF)
SUDO       := $(if $(filter 0,$(shell id -u)),,sudo)
PACKAGES   := $(shell sed -e 's/\#.*//' .ci/packages)
CMAKE_ARGS ?=
PREFIX     ?= /usr/local

.PHONY: deps configure build run test asan asan-ci tsan tsan-ci bench translations clean fuzz install package \
  install-check package-check

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
	cd $(BUILD) && QT_QPA_PLATFORM=offscreen ctest --no-tests=error --output-on-failure -j $(JOBS) --timeout 600 $(CTEST_EXCLUDE)

# Sanitizer builds: -O0 with minimal debug info (-g1: stack traces with lines), the engine at -O1 so that
# training stays quick, and assertions on. Instrumented optimisation is what makes them slow to build.
# Any report stops the test that made it, so the suite fails.
SANITIZER_ARGS := -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O0 -g1" \
  -DNEURONA_CORE_FLAGS=-O1 -DNEURONA_BUILD_BENCHMARKS=OFF
export ASAN_OPTIONS  ?= halt_on_error=1:detect_leaks=1:strict_string_checks=1
export UBSAN_OPTIONS ?= halt_on_error=1:print_stacktrace=1
export LSAN_OPTIONS  ?= suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0
TSAN_ENV := TSAN_OPTIONS="suppressions=$(CURDIR)/tests/tsan.supp halt_on_error=1 second_deadlock_stack=1"

# Some tests run in `make test` only, to keep CI within its 25 minutes: the classroom layout's
# presentation-mode cases (larger text, the same code; a minute under ASan), the CLI's and the GUI's
# 50 MB one-line inputs (core's CsvLongLine tests keep that parser under ASan; 35 s) and the random kills during a save
# (process kills, not memory; 27 s). Of the wider kernel sets it compiles avx512 only: the baseline's 4
# floats and avx512's 16 bracket avx2's 8 for the peeling code, and each set took 100 s to compile
# under ASan.
asan:
	$(MAKE) test BUILD=build-asan CMAKE_ARGS='$(SANITIZER_ARGS) -DNEURONA_SANITIZE=address,undefined -DNEURONA_SKIP_KERNEL_SETS=avx2' \
	  CTEST_EXCLUDE='-E "ClassroomLayoutTest\.everythingReadsOnOneScreen/.*_zoom[12]|CliBadInput\.FiftyMegabyte|BadInputMessages\.FiftyMegabyte|AtomicFileKill\."'

# What CI runs under ASan and UBSan: the same build with the engine, the CLI, the project document and
# the fuzz corpora's tests (every test program but test_ui), without the widgets, whose build and run took
# six of CI's 25 minutes. `make asan` runs the GUI tests too. Baseline kernels only (as TSan and fuzzing):
# the avx512 set was a minute of this build, and `make test` runs its gradient checks.
ASAN_CI_TARGETS := neurona-cli test_cli test_model test_fuzz_replay
# UBSan's alignment and null checks, on every pointer Eigen dereferences, more than doubled the time to
# compile the engine under both sanitizers (kernels: 27 s of CPU with ASan alone, 60 s with all of UBSan,
# 37 s without these two). ASan itself reports a null dereference; `make asan` keeps both checks.
ASAN_CI_SKIP := alignment,null
asan-ci: deps
	cmake -S . -B build-asan -G $(GENERATOR) -DNEURONA_WERROR=$(WERROR) $(SANITIZER_ARGS) \
	  -DNEURONA_SANITIZE=address,undefined -DNEURONA_NO_SANITIZE=$(ASAN_CI_SKIP) -DNEURONA_WIDE_KERNELS=OFF
	cmake --build build-asan -j $(JOBS) --target $(ASAN_CI_TARGETS) \
	  $$(cmake --build build-asan --target help | sed -n 's/^\(test_core_[a-z_]*\): phony$$/\1/p')
	cd build-asan && QT_QPA_PLATFORM=offscreen ctest -L '^test_(core_.*|cli|model|fuzz_replay)$$' \
	  -E 'CliBadInput\.FiftyMegabyte|AtomicFileKill\.' --no-tests=error --output-on-failure -j $(JOBS) --timeout 600

# ThreadSanitizer and the fuzzers look at threads and parsers, not SIMD code: they build the baseline kernel
# set only (`make asan` runs the baseline and avx512 sets).
tsan:
	$(TSAN_ENV) $(MAKE) test BUILD=build-tsan CMAKE_ARGS='$(SANITIZER_ARGS) -DNEURONA_SANITIZE=thread -DNEURONA_WIDE_KERNELS=OFF'

# The threaded code only, under ThreadSanitizer: the core trainer (test_core_train), the sweep runner's
# pool (test_core_sweep) and the project and training controller with its stress test (test_model: built
# without the GUI). What CI runs; `make tsan` runs everything.
tsan-ci: deps
	cmake -S . -B build-tsan -G $(GENERATOR) -DNEURONA_WERROR=$(WERROR) $(SANITIZER_ARGS) -DNEURONA_SANITIZE=thread \
	  -DNEURONA_WIDE_KERNELS=OFF
	cmake --build build-tsan --target test_core_train test_core_sweep test_model -j $(JOBS)
	cd build-tsan && $(TSAN_ENV) QT_QPA_PLATFORM=offscreen \
	  ctest -L '^(test_core_train|test_core_sweep|test_model)$$' --no-tests=error --output-on-failure -j $(JOBS) --timeout 900

# The programs, manual pages, completion, desktop entry, MIME type, icons, AppStream metadata, examples
# and lessons under PREFIX (README: Installing). DESTDIR stages them elsewhere, as packagers do.
install: build
	DESTDIR="$(DESTDIR)" cmake --install $(BUILD) --prefix "$(PREFIX)" --strip

# The Debian package, in $(BUILD)/: `apt install ./$(BUILD)/neurona_*.deb` installs it.
package: build
	rm -f $(BUILD)/neurona_*.deb
	cmake --build $(BUILD) --target package
	@ls $(BUILD)/neurona_*.deb

# An install into a temporary prefix, checked (validators, icons, manual pages, the installed CLI).
install-check: build
	tests/install/check_install.sh $(BUILD)

# The package, checked: its contents and dependencies shown, and lintian without an error.
package-check: package
	dpkg-deb --info $(BUILD)/neurona_*.deb
	dpkg-deb --contents $(BUILD)/neurona_*.deb | awk '{print $$1, $$6}'
	lintian --fail-on error --display-level '>=warning' --tag-display-limit 0 $(BUILD)/neurona_*.deb

bench: build
	@for b in $(BUILD)/tests/bench/bench_*; do [ -x $$b ] && $$b; done

translations: configure
	cmake --build $(BUILD) --target update_translations

clean:
	rm -rf $(BUILD) build-asan build-tsan build-fuzz

# libFuzzer: builds build-fuzz with clang (the engine, the CLI's argument parser and the harnesses in
# tests/fuzz, under AddressSanitizer and UBSan) and runs each harness for FUZZ_SECONDS, FUZZ_JOBS at a
# time, on a scratch copy of its seed corpus and past crash inputs. A crash fails the target and its
# input lands in build-fuzz/crashes/.
FUZZ_SECONDS ?= 30
FUZZ_JOBS    ?= $(JOBS)
fuzz: deps
	CC=clang CXX=clang++ cmake -S . -B build-fuzz -G $(GENERATOR) -DNEURONA_WERROR=$(WERROR) \
	  -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1" \
	  -DNEURONA_FUZZ=ON -DNEURONA_SANITIZE=address,undefined -DNEURONA_WIDE_KERNELS=OFF
	cmake --build build-fuzz -j $(JOBS)
	tests/fuzz/run.sh build-fuzz $(FUZZ_SECONDS) $(FUZZ_JOBS)
