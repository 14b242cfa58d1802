#!/usr/bin/env python3
"""Runs every csp-migrate benchmark in release mode and prints one table.

Figures that depend on the machine are compared side by side in the same run, as ratios (start-up
against a minimal Foundation program built the same way). Inputs are generated with fixed seeds
into .build-bench/, never committed. Usage: python3 Benchmarks/run.py [--quick] (or `make bench`).
"""
import json, os, shutil, statistics, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = os.path.join(ROOT, ".build-bench")
SWIFT = shutil.which("swift") or "/opt/swift/usr/bin/swift"
QUICK = "--quick" in sys.argv


def run(args, stdin=None):
    """Wall seconds and peak RSS (MiB) of one process, measured through wait4."""
    start = time.perf_counter()
    proc = subprocess.Popen(args, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0,):
        sys.exit(f"failed ({proc.returncode}): {' '.join(args)}\n{proc.stderr.read().decode()}")
    return elapsed, usage.ru_maxrss / 1024


def median_run(args, runs):
    return statistics.median(run(args)[0] for _ in range(runs))


def main():
    os.makedirs(WORK, exist_ok=True)
    print("building (release)...", file=sys.stderr)
    subprocess.run([SWIFT, "build", "-c", "release", "--product", "csp-migrate"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    subprocess.run([SWIFT, "build", "-c", "release", "--product", "csp-bench"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    binary = os.path.join(ROOT, ".build/release/csp-migrate")
    bench = os.path.join(ROOT, ".build/release/csp-bench")
    baseline = os.path.join(WORK, "baseline")
    subprocess.run(["swiftc", "-O", os.path.join(ROOT, "Benchmarks/Baseline/main.swift"), "-o", baseline], check=True)

    rows = []  # (measure, figure, target, verdict)

    def database(customers):
        path = os.path.join(WORK, f"portfolio-{customers}.sqlite")
        csv = os.path.join(WORK, f"portfolio-{customers}.csv")
        if not os.path.exists(path):
            subprocess.run([bench, "generate-csv", "--customers", str(customers), "--out", csv], check=True)
            print(f"importing {customers} customers...", file=sys.stderr)
            run([binary, "--db", path, "--today", "2026-11-28", "-c", f"import {csv}"])
        return path, csv

    # 1. Start-up against the minimal Foundation program.
    db10k, csv10k = database(10_000)
    runs = 5 if QUICK else 21
    base = median_run([baseline], runs)
    startup = median_run([binary, "--db", db10k, "-c", "help"], runs)
    ratio = startup / base
    rows.append(("start-up, `-c help` on 10,000 customers", f"{startup*1000:.1f} ms vs {base*1000:.1f} ms baseline = {ratio:.2f}×", "≤ 1.5×", ratio <= 1.5))

    # 2. Replay throughput.
    commands = 2_000 if QUICK else 10_000
    transcript = os.path.join(WORK, f"session-{commands}.txt")
    if not os.path.exists(transcript):
        subprocess.run([bench, "generate-transcript", "--commands", str(commands), "--out", transcript], check=True)
        subprocess.run([binary, "replay", "--update", transcript], check=True, stdout=subprocess.DEVNULL)
    memory = statistics.median(run([binary, "replay", transcript])[0] for _ in range(3))
    rows.append((f"replay {commands:,} commands, in memory", f"{commands/memory:,.0f} commands/s", "≥ 10,000/s", commands / memory >= 10_000))
    file_db = os.path.join(WORK, "replay.sqlite")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(file_db + suffix):
            os.remove(file_db + suffix)
    def fresh_replay():
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(file_db + suffix):
                os.remove(file_db + suffix)
        return run([binary, "replay", "--db", file_db, transcript])[0]
    on_file = statistics.median(fresh_replay() for _ in range(3))
    rows.append((f"replay {commands:,} commands, database file", f"{commands/on_file:,.0f} commands/s", "≥ 2,000/s", commands / on_file >= 2_000))

    # 3 and 5. Portfolio commands, in process, and peak RSS of the real program, as the portfolio grows.
    sizes = [1_000, 10_000] if QUICK else [1_000, 10_000, 100_000]
    growth = []
    for size in sizes:
        path, _ = database(size)
        timings = json.loads(subprocess.run([bench, "portfolio", "--db", path], check=True, capture_output=True, text=True).stdout)
        rss = run([binary, "--db", path, "--today", "2026-11-28", "-c", "advise"])[1]
        growth.append((size, timings, rss))
    for size, t, rss in growth:
        if size != 10_000:
            continue
        rows.append(("`advise` whole portfolio (10,000 / 50,000), open shell", f"{t['advise']:.1f} ms", "< 250 ms", t["advise"] < 250))
        rows.append(("`status HANDLE`", f"{t['status HANDLE']:.2f} ms", "< 5 ms", t["status HANDLE"] < 5))
        rows.append(("`advise HANDLE`", f"{t['advise HANDLE']:.2f} ms", "< 5 ms", t["advise HANDLE"] < 5))
        rows.append(("a question (`what's next for HANDLE?`)", f"{t['question']:.1f} ms", "< 50 ms", t["question"] < 50))
        rows.append(("`customer list`, open shell", f"{t['customer list']:.1f} ms", "< 100 ms", t["customer list"] < 100))
        rows.append(("first portfolio read after start (load)", f"{t['load']:.1f} ms", "(adds once)", True))
        rows.append(("peak RSS, `-c advise` on 10,000", f"{rss:.1f} MiB", "< 100 MB", rss < 100))

    # 4. Import of 50,000 rows, validated and committed.
    fresh = os.path.join(WORK, "import.sqlite")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(fresh + suffix):
            os.remove(fresh + suffix)
    seconds, rss = run([binary, "--db", fresh, "--today", "2026-11-28", "-c", f"import {csv10k}"])
    rows.append(("import 50,000-row CSV", f"{seconds:.2f} s, {rss:.0f} MiB peak", "< 5 s", seconds < 5))

    print("\n| measure | figure | target | |\n|---|---|---|---|")
    for measure, figure, target, ok in rows:
        print(f"| {measure} | {figure} | {target} | {'met' if ok else 'MISSED'} |")
    print("\n| customers | originals | first load (ms) | advise (ms) | customer list (ms) | status --all (ms) | status HANDLE (ms) | advise HANDLE (ms) | peak RSS advise (MiB) |")
    print("|---|---|---|---|---|---|---|---|---|")
    for size, t, rss in growth:
        print(f"| {size:,} | {size*5:,} | {t['load']:.1f} | {t['advise']:.1f} | {t['customer list']:.1f} | {t['status --all']:.1f} | {t['status HANDLE']:.3f} | {t['advise HANDLE']:.3f} | {rss:.1f} |")
    return 0 if all(ok for *_, ok in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
