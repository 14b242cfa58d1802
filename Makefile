# The two commands a newcomer needs: `make run` starts the assistant, `make test` runs every test.
# Both install what is missing first (scripts/setup).
SWIFT ?= $(shell command -v swift 2>/dev/null || echo /opt/swift/usr/bin/swift)

.PHONY: run test build release setup clean bench

run: setup
	@$(SWIFT) build -c release --product csp-migrate
	@.build/release/csp-migrate $(ARGS)

test:
	@scripts/setup --tests
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

build: setup
	$(SWIFT) build

release: setup
	$(SWIFT) build -c release --product csp-migrate

# Benchmarks in release mode; prints the table recorded in BENCHMARKS.md.
bench: setup
	python3 Benchmarks/run.py

setup:
	@scripts/setup

clean:
	rm -rf .build .build-bench
