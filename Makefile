# The two commands of the README:
#   make run   — install, build and start Ariadne on the embedded store with demo data
#   make test  — install, build and run every test (unit, API, end-to-end; unit and API again
#                under AddressSanitizer + UndefinedBehaviorSanitizer)
# Both are quick to re-run when nothing changed.

JOBS      ?= $(shell nproc)
DATA      ?= data
LISTEN    ?= 127.0.0.1:8080
BUILD     := build
ASAN      := build-asan
WEB_SRC   := $(shell find web/src web/index.html web/package.json web/vite.config.ts config/i18n -type f 2>/dev/null)

export ARIADNE_CONFIG := $(CURDIR)/config

.PHONY: run test setup setup-test build build-asan web web-test unit unit-asan api api-asan e2e bench clean

run: setup build web
	@if [ ! -f $(DATA)/ariadne.db ]; then \
	  $(BUILD)/ariadne init --data $(DATA) && $(BUILD)/ariadne demo --data $(DATA); \
	else \
	  echo "Using the existing data in $(DATA)/ (delete it and $(DATA).keys/ for fresh demo data)."; \
	  echo "Demo logins (password for all: Ariadne-demo-2026): admin auditor supervisor investigator investigator2 analyst prosecutor frontline supervisor.kg investigator.kg ngo"; \
	fi
	@echo "Open http://$(LISTEN)/ in a browser. Stop with Ctrl-C."
	$(BUILD)/ariadne serve --data $(DATA) --listen $(LISTEN)

test: setup-test build build-asan web
	$(MAKE) --no-print-directory unit unit-asan web-test api api-asan e2e

setup:
	@scripts/setup.sh

setup-test:
	@scripts/setup.sh --test

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DARIADNE_TESTS=ON

$(ASAN)/CMakeCache.txt:
	cmake -S . -B $(ASAN) -DCMAKE_BUILD_TYPE=Debug -DARIADNE_SANITIZE=ON -DARIADNE_TESTS=ON

build: $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)

build-asan: $(ASAN)/CMakeCache.txt
	cmake --build $(ASAN) -j $(JOBS) --target ariadne ariadne_unit_tests

web: web/dist/index.html

web/dist/index.html: $(WEB_SRC)
	cd web && npm run build

unit:
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

unit-asan:
	LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp $(ASAN)/ariadne_unit_tests --gtest_brief=1

web-test:
	cd web && npm test

api:
	ARIADNE_BIN=$(CURDIR)/$(BUILD)/ariadne node --test --test-concurrency=1 tests/api/

api-asan:
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  ARIADNE_BIN=$(CURDIR)/$(ASAN)/ariadne node --test --test-concurrency=1 tests/api/

e2e:
	ARIADNE_BIN=$(CURDIR)/$(BUILD)/ariadne node --test --test-concurrency=1 tests/e2e/

bench: build
	bench/run.sh

clean:
	rm -rf $(BUILD) $(ASAN) web/dist
