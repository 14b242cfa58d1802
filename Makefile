# The two commands a newcomer needs: `make run` starts the assistant, `make test` runs every test.
# Both install what is missing first (scripts/setup).
SWIFT ?= $(shell command -v swift 2>/dev/null || echo /opt/swift/usr/bin/swift)
# The Swift runtime and Foundation linked into the program: it starts in about two thirds of the
# time of a dynamically linked build (BENCHMARKS.md). Benchmarks/run.py builds the same way.
RELEASE_FLAGS = -c release --static-swift-stdlib

.PHONY: run test build release setup clean bench bench-import fuzz-smoke

run: setup
	@$(SWIFT) build $(RELEASE_FLAGS) --product csp-migrate
	@.build/release/csp-migrate $(ARGS)

test:
	@scripts/setup --tests
	$(SWIFT) build --build-tests
	@# One throwaway PostgreSQL server for the whole run: the team store's tests and every
	@# transcript run against it as well as against SQLite.
	scripts/with-postgres $(SWIFT) test --skip-build

build: setup
	$(SWIFT) build

release: setup
	$(SWIFT) build $(RELEASE_FLAGS) --product csp-migrate

# Benchmarks in release mode; prints the table recorded in BENCHMARKS.md.
bench: setup
	python3 Benchmarks/run.py
	@# The team store beside SQLite and the server's own floor, on a throwaway durable server.
	scripts/with-postgres --durable python3 Benchmarks/team.py
	scripts/with-postgres python3 Benchmarks/team.py

# Import speed (spreadsheet, Graph answer): the "Import from files" section of BENCHMARKS.md.
bench-import: setup
	python3 Benchmarks/imports.py

# Each libFuzzer target for 20 seconds (CI runs this after the tests); longer runs: scripts/fuzz.
fuzz-smoke: setup
	@mkdir -p .build-fuzz
	@for target in parser transcript csv graph; do \
	  log=.build-fuzz/smoke-$$target.log; \
	  scripts/fuzz $$target 20 >$$log 2>&1 || { cat $$log; echo "fuzz-smoke: $$target failed (log: $$log)"; exit 1; }; \
	  grep -h "^Done" $$log | sed "s/^/$$target: /"; \
	done

setup:
	@scripts/setup

clean:
	rm -rf .build .build-bench .build-fuzz
