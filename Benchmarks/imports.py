#!/usr/bin/env python3
"""Import speed: what staff import, at the sizes they may meet, timed end to end.

- a 100,000-row spreadsheet as Excel in Portuguese saves it (`;`, BOM, CRLF, decimal comma,
  dd/mm/yyyy, Portuguese columns; 20,000 customers x 5 originals), imported with --dry-run and
  then for real into a new database file (one transaction);
- a tenant's Graph answers with 500 SKUs (subscribedSkus + directory/subscriptions, one
  subscription each), imported into one customer.
Each figure is the real release binary's wall time and peak RSS (wait4), median of 3 runs.
Inputs are generated with fixed seeds into .build-bench/, never committed. Not run by CI.
Usage: python3 Benchmarks/imports.py (or `make bench-import`).
"""
import os, shutil, statistics, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = os.path.join(ROOT, ".build-bench")
SWIFT = shutil.which("swift") or "/opt/swift/usr/bin/swift"


def run(args):
    start = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"failed: {' '.join(args)}\n{proc.stderr.read().decode()}")
    return elapsed, usage.ru_maxrss / 1024


def fresh(path):
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)
    return path


def main():
    os.makedirs(WORK, exist_ok=True)
    for product in ("csp-migrate", "csp-bench"):
        subprocess.run([SWIFT, "build", "-c", "release", "--product", product], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    binary = os.path.join(ROOT, ".build/release/csp-migrate")
    bench = os.path.join(ROOT, ".build/release/csp-bench")
    sheet = os.path.join(WORK, "carteira-100k.csv")
    subprocess.run([bench, "generate-spreadsheet", "--rows", "100000", "--out", sheet], check=True)
    graph = os.path.join(WORK, "graph-500")
    subprocess.run([bench, "generate-graph", "--skus", "500", "--out", graph], check=True)
    db = os.path.join(WORK, "import-bench.sqlite")
    rows = []

    def measure(label, setup, args):
        results = []
        for _ in range(3):
            setup()
            results.append(run(args))
        seconds = statistics.median(r[0] for r in results)
        rss = max(r[1] for r in results)
        rows.append((label, f"{seconds:.2f} s", f"{rss:.0f} MiB"))

    size = os.path.getsize(sheet) / 1_048_576
    measure(f"100,000-row spreadsheet ({size:.1f} MB), --dry-run", lambda: fresh(db),
            [binary, "--db", db, "--today", "2026-11-28", "-c", f"import {sheet} --dry-run"])
    measure("100,000-row spreadsheet, imported into a new file", lambda: fresh(db),
            [binary, "--db", db, "--today", "2026-11-28", "-c", f"import {sheet}"])
    measure("the same file again (every row already recorded)", lambda: None,
            [binary, "--db", db, "--today", "2026-11-28", "-c", f"import {sheet}"])

    def customer():
        fresh(db)
        subprocess.run([binary, "--db", db, "-c", "customer add tenant --name Tenant"], check=True, stdout=subprocess.DEVNULL)
    measure("Graph answer with 500 SKUs (2 files), --dry-run", customer,
            [binary, "--db", db, "--today", "2026-11-28", "-c", f"import graph tenant {graph}-skus.json {graph}-subscriptions.json --dry-run"])
    measure("Graph answer with 500 SKUs, imported", customer,
            [binary, "--db", db, "--today", "2026-11-28", "-c", f"import graph tenant {graph}-skus.json {graph}-subscriptions.json"])

    print("| import | time (median of 3) | peak RSS |\n|---|---|---|")
    for label, seconds, rss in rows:
        print(f"| {label} | {seconds} | {rss} |")


if __name__ == "__main__":
    main()
