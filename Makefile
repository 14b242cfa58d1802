# The two commands a newcomer needs: `make run` starts the assistant, `make test` runs every test.
# Both install what is missing first (scripts/setup).
SWIFT ?= $(shell command -v swift 2>/dev/null || echo /opt/swift/usr/bin/swift)

.PHONY: run test build release setup clean bench bench-import fuzz-smoke

run: setup
	@$(SWIFT) build -c release --product csp-migrate
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
	$(SWIFT) build -c release --product csp-migrate

# Benchmarks in release mode; prints the table recorded in BENCHMARKS.md.
bench: setup
	python3 Benchmarks/run.py

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
