#!/usr/bin/env python3
"""Start-up and size of what `make deb` ships (make bench-package), kept apart from run.py.

Builds the release binary twice, linked dynamically (as `make run` does) and with the Swift runtime
linked in (`--static-swift-stdlib`, as `make install` and `make deb` do), plus the Foundation
baseline (Benchmarks/Baseline, `swiftc -O`, dynamic by default), then prints the median wall time
of each program's start-up and the sizes of the binaries and the package.
Usage: python3 Benchmarks/package.py [--runs N]
"""
import os, shutil, statistics, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = os.path.join(ROOT, ".build-bench", "package")
SWIFT = shutil.which("swift") or "/opt/swift/usr/bin/swift"
SWIFTC = os.path.join(os.path.dirname(SWIFT), "swiftc")
RUNS = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 51


def build(static):
    # The static build has its own folder, as in the Makefile (`make static`).
    scratch = ".build-static" if static else ".build"
    flags = ["--static-swift-stdlib", "--scratch-path", scratch] if static else []
    subprocess.run([SWIFT, "build", "-c", "release", "--product", "csp-migrate"] + flags, cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    target = os.path.join(WORK, "csp-migrate-" + ("static" if static else "dynamic"))
    shutil.copy2(os.path.join(ROOT, scratch, "release/csp-migrate"), target)
    return target


def startup(args):
    """Median and fastest of RUNS runs, in ms: on a shared machine the fastest shows the program's
    own cost, the median what a person waits."""
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - start)
    return f"{statistics.median(times) * 1000:.1f} ms (fastest {min(times) * 1000:.1f} ms)"


def stripped_size(path):
    copy = path + ".stripped"
    shutil.copy2(path, copy)
    subprocess.run(["strip", "--strip-unneeded", copy], check=True)
    return os.path.getsize(copy)


def mib(size):
    return f"{size / 1048576:.1f} MiB"


def main():
    os.makedirs(WORK, exist_ok=True)
    dynamic = build(static=False)
    static = build(static=True)
    baseline = os.path.join(WORK, "baseline")
    subprocess.run([SWIFTC, "-O", os.path.join(ROOT, "Benchmarks/Baseline/main.swift"), "-o", baseline], check=True)
    deb = subprocess.run([os.path.join(ROOT, "scripts/package-deb")], cwd=ROOT, check=True,
                         capture_output=True, text=True).stdout.strip().splitlines()[-1]

    env_note = "start-up: median of %d runs" % RUNS
    rows = [
        ("start-up, `--version`, static", startup([static, '--version'])),
        ("start-up, `--version`, dynamic", startup([dynamic, '--version'])),
        ("start-up, `-c help` (in memory), static", startup([static, '--db', ':memory:', '-c', 'help'])),
        ("start-up, `-c help` (in memory), dynamic", startup([dynamic, '--db', ':memory:', '-c', 'help'])),
        ("start-up, Foundation baseline (dynamic)", startup([baseline])),
        ("binary, static (stripped)", f"{mib(os.path.getsize(static))} ({mib(stripped_size(static))})"),
        ("binary, dynamic (stripped)", f"{mib(os.path.getsize(dynamic))} ({mib(stripped_size(dynamic))})"),
        ("package " + os.path.basename(deb), mib(os.path.getsize(os.path.join(ROOT, deb)))),
        ("installed size (dpkg Installed-Size)", subprocess.run(["dpkg-deb", "-f", os.path.join(ROOT, deb), "Installed-Size"],
                                                                 capture_output=True, text=True).stdout.strip() + " KiB"),
    ]
    print(f"| measure ({env_note}) | figure |")
    print("|---|---|")
    for name, figure in rows:
        print(f"| {name} | {figure} |")


if __name__ == "__main__":
    main()
