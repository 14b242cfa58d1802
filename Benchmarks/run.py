#!/usr/bin/env python3
"""Runs every csp-migrate benchmark in release mode and prints the tables of BENCHMARKS.md.

It measures the path users take: the real release binary, fed commands through a pipe or run with
-c, on the real clock (no --today, no fixed timestamp), with every change durable (the store's own
settings: WAL, synchronous=FULL, one transaction per command). Figures that depend on the machine
are set side by side with a yardstick measured in the same run:
- durable writes against the floor: the same number of single-row commits, WAL, synchronous=FULL,
  by the sqlite3 shell against the same system SQLite, on the same disk;
- one-shot commands and start-up against a minimal Foundation program built the default way.

Inputs are generated with fixed seeds into .build-bench/, never committed. Not run by CI.
Usage: python3 Benchmarks/run.py [--quick] (or `make bench`).
"""
import datetime, json, os, platform, shutil, statistics, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = os.path.join(ROOT, ".build-bench")
SWIFT = shutil.which("swift") or "/opt/swift/usr/bin/swift"
SWIFTC = shutil.which("swiftc") or "/opt/swift/usr/bin/swiftc"
QUICK = "--quick" in sys.argv
TODAY = datetime.date.today().isoformat()  # the real clock's date, as the program reads it


# The whole-portfolio views again, on a portfolio whose customers stand at every step.
DESK_VIEWS = [
    ("`-c advise` on a desk's portfolio (customers at every step, warnings)", ["-c", "advise"], 10),
    ("`-c \"customer list\"` on a desk's portfolio", ["-c", "customer list"], 10),
]
FIRST_OF_DAY = "`-c advise`, the first whole-portfolio view of a day"
_days_used = [0]


def fresh_day():
    """A session date other than the last one asked for: a customer's summary is kept for one day
    only, so a view on this day judges every customer again."""
    _days_used[0] += 1
    return (datetime.date.today() + datetime.timedelta(days=_days_used[0])).isoformat()


def log(message):
    print(message, file=sys.stderr, flush=True)


def run(args, stdin_path=None, ok=(0,)):
    """Wall seconds and peak RSS (MiB) of one process, measured through wait4."""
    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
    start = time.perf_counter()
    proc = subprocess.Popen(args, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if stdin_path:
        stdin.close()
    code = os.waitstatus_to_exitcode(status)
    if code not in ok:
        sys.exit(f"failed ({code}): {' '.join(args)}\n{proc.stderr.read().decode()}")
    return elapsed, usage.ru_maxrss / 1024


def remove_database(path):
    for suffix in ("", "-wal", "-shm", "-journal"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)


def machine():
    cpu = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    swift = subprocess.run([SWIFT, "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    sqlite = subprocess.run(["sqlite3", "-version"], capture_output=True, text=True).stdout.split()[0]
    system = platform.freedesktop_os_release().get("PRETTY_NAME", platform.system()) if hasattr(platform, "freedesktop_os_release") else platform.system()
    return (f"{platform.node()}: {os.cpu_count()} cores ({cpu}), {memory:.0f} GiB, {system}, kernel {platform.release()}, "
            f"{swift}, SQLite {sqlite}, disk of {WORK}")


def main():
    if not shutil.which("sqlite3"):
        sys.exit("make bench needs the sqlite3 shell for the durable-commit floor: apt-get install sqlite3")
    os.makedirs(WORK, exist_ok=True)
    log("building (release)...")
    # As `make release` builds the program: Swift runtime and Foundation linked in.
    subprocess.run([SWIFT, "build", "-c", "release", "--static-swift-stdlib", "--product", "csp-migrate"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    subprocess.run([SWIFT, "build", "-c", "release", "--static-swift-stdlib", "--product", "csp-bench"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    binary = os.path.join(ROOT, ".build/release/csp-migrate")
    bench = os.path.join(ROOT, ".build/release/csp-bench")
    # The yardstick: a Foundation "hello" built the default way (optimised, Swift runtime linked
    # dynamically), which is how `swift build -c release` links a program.
    baseline = os.path.join(WORK, "baseline")
    subprocess.run([SWIFTC, "-O", os.path.join(ROOT, "Benchmarks/Baseline/main.swift"), "-o", baseline], check=True)

    started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    load_before = os.getloadavg()
    rows = []  # (measure, figure, goal, met)

    def database(customers):
        path = os.path.join(WORK, f"portfolio-{customers}.sqlite")
        csv = os.path.join(WORK, f"portfolio-{customers}.csv")
        if not os.path.exists(path):
            subprocess.run([bench, "generate-csv", "--customers", str(customers), "--out", csv], check=True)
            log(f"importing {customers} customers...")
            run([binary, "--db", path, "--today", "2026-11-28", "-c", f"import {csv}"])
        return path, csv

    def desk_database(customers):
        """The same portfolio with its customers moved on to every step, as a desk's stand
        (`csp-bench generate-progress`): warnings and every kind of next step to judge and show."""
        path = os.path.join(WORK, f"desk-{customers}.sqlite")
        if not os.path.exists(path):
            source, _ = database(customers)
            shutil.copyfile(source, path)
            progress = os.path.join(WORK, f"progress-{customers}.txt")
            subprocess.run([bench, "generate-progress", "--customers", str(customers), "--out", progress], check=True)
            log(f"moving {customers} customers on...")
            run([binary, "--db", path, "--today", "2026-11-28"], progress)
        return path

    # 1. Piped commands: the workload of a working day, 8 commands per customer (add, license add,
    # invite, accept, provision, status, advise HANDLE, cancel), 6 of them changes.
    commands = 2_000 if QUICK else 10_000
    transcript = os.path.join(WORK, f"session-{commands}-{TODAY}.txt")
    piped = os.path.join(WORK, f"commands-{commands}-{TODAY}.txt")
    if not os.path.exists(transcript):
        subprocess.run([bench, "generate-transcript", "--commands", str(commands), "--today", TODAY, "--out", transcript], check=True)
    # Its replies come from this build, so the replay below checks the program against itself even
    # after the advice's words changed since the commands were generated.
    subprocess.run([binary, "replay", "--update", transcript], check=True, stdout=subprocess.DEVNULL)
    with open(transcript) as f:
        lines = [line[len("csp> "):] for line in f if line.startswith("csp> ")]
    with open(piped, "w") as f:
        f.writelines(lines)
    changes = sum(1 for line in lines if not line.startswith(("status ", "advise ")))
    runs = 3

    log(f"piping {commands} commands, in memory...")
    memory = statistics.median(run([binary, "--db", ":memory:"], piped)[0] for _ in range(runs))
    rows.append((f"piped {commands:,} commands, `--db :memory:`", f"{memory:.2f} s = {commands/memory:,.0f} commands/s", "≥ 30,000/s", commands / memory >= 30_000))

    # The floor: the same number of durable single-row commits, one transaction each, by the
    # sqlite3 shell on the same disk; runs alternate with the program's so both see the same load.
    floor_sql = os.path.join(WORK, f"floor-{changes}.sql")
    with open(floor_sql, "w") as f:
        f.write("PRAGMA journal_mode=WAL;\nPRAGMA synchronous=FULL;\nCREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT NOT NULL);\n")
        for index in range(changes):
            f.write(f"INSERT INTO t(v) VALUES('change {index}');\n")
    file_db = os.path.join(WORK, "piped.sqlite")
    floor_db = os.path.join(WORK, "floor.sqlite")
    on_file, floor = [], []
    for index in range(runs):
        log(f"piping {commands} commands into a database file, and the floor ({index + 1}/{runs})...")
        remove_database(file_db)
        on_file.append(run([binary, "--db", file_db], piped)[0])
        remove_database(floor_db)
        floor.append(run(["sqlite3", floor_db], floor_sql)[0])
    on_file, floor = statistics.median(on_file), statistics.median(floor)
    rows.append((f"floor: {changes:,} durable single-row commits (sqlite3 shell, WAL, synchronous=FULL)", f"{floor:.2f} s = {changes/floor:,.0f} commits/s", "", None))
    rows.append((f"piped {commands:,} commands ({changes:,} changes), database file", f"{on_file:.2f} s = {commands/on_file:,.0f} commands/s = {on_file/floor:.2f}× the floor", "≤ 2× floor", on_file / floor <= 2))

    log("replaying...")
    replay_memory = statistics.median(run([binary, "replay", transcript])[0] for _ in range(runs))
    rows.append((f"replay of the same {commands:,} commands from a transcript, in memory", f"{commands/replay_memory:,.0f} commands/s", "(replay)", None))
    replay_db = os.path.join(WORK, "replay.sqlite")
    def fresh_replay():
        remove_database(replay_db)
        return run([binary, "replay", "--db", replay_db, transcript])[0]
    replay_file = statistics.median(fresh_replay() for _ in range(runs))
    rows.append((f"replay of the same {commands:,} commands from a transcript, database file", f"{commands/replay_file:,.0f} commands/s", "(replay)", None))

    # 2. One-shot commands, whole process, against the Foundation program, runs interleaved.
    sizes = [1_000, 10_000] if QUICK else [1_000, 10_000, 100_000]
    one_shot = [
        ("start-up, `-c help`", ["-c", "help"], 1.5),
        ("`-c \"status HANDLE\"`", ["-c", "status c42"], 3),
        ("`-c \"advise HANDLE\"`", ["-c", "advise c42"], 3),
        ("`-c advise` (whole portfolio)", ["-c", "advise"], 10),
        ("`-c \"customer list\"`", ["-c", "customer list"], 10),
        ("a one-shot question, `-c \"what's next for HANDLE?\"`", ["-c", "what's next for c42?"], 6),
    ]
    growth = []
    for size in sizes:
        path, _ = database(size)
        log(f"one-shot commands at {size} customers...")
        repeats = 5 if QUICK else (5 if size > 10_000 else 21)
        base_times, figures = [], {}

        def median_beside_yardstick(arguments):
            """Median wall time of the program with `arguments`, each run alternating with the yardstick's."""
            times = []
            for _ in range(repeats):
                base_times.append(run([baseline])[0])
                times.append(run([binary] + arguments())[0])
            return statistics.median(times)

        for label, arguments, _ in one_shot:
            figures[label] = median_beside_yardstick(lambda: ["--db", path] + arguments)
        # The first whole-portfolio view of a day judges every customer and keeps the summaries
        # (the runs above read them back): each run here is on a day no run has seen yet.
        figures[FIRST_OF_DAY] = median_beside_yardstick(lambda: ["--db", path, "--today", fresh_day(), "-c", "advise"])
        if size <= 10_000:
            desk = desk_database(size)
            for label, arguments, _ in DESK_VIEWS:
                figures[label] = median_beside_yardstick(lambda: ["--db", desk] + arguments)
        rss = max([run([binary, "--db", path, "-c", "advise"])[1] for _ in range(3)] +
                  [run([binary, "--db", path, "--today", fresh_day(), "-c", "advise"])[1] for _ in range(3)])
        log(f"in-process timings at {size} customers...")
        in_process = json.loads(subprocess.run([bench, "portfolio", "--db", path], check=True, capture_output=True, text=True).stdout)
        growth.append((size, figures, rss, in_process, statistics.median(base_times)))
    for size, figures, rss, _, base in growth:
        if size == 10_000:
            rows.append(("Foundation \"hello\", default build (the yardstick)", f"{base*1000:.1f} ms", "", None))
            for label, _, goal in one_shot:
                ratio = figures[label] / base
                rows.append((f"{label}, 10,000 customers / 50,000 originals", f"{figures[label]*1000:.1f} ms = {ratio:.2f}×", f"≤ {goal}×", ratio <= goal))
            for label, _, goal in DESK_VIEWS:
                ratio = figures[label] / base
                rows.append((f"{label}, 10,000 customers", f"{figures[label]*1000:.1f} ms = {ratio:.2f}×", f"≤ {goal}×", ratio <= goal))
            ratio = figures[FIRST_OF_DAY] / base
            rows.append((f"{FIRST_OF_DAY}, 10,000 customers", f"{figures[FIRST_OF_DAY]*1000:.1f} ms = {ratio:.2f}×", "(judges and keeps every customer)", None))
        if size == 100_000:
            rows.append(("peak RSS, `-c advise` at 100,000 customers (first of the day or not)", f"{rss:.1f} MiB", "≤ 150 MiB", rss <= 150))

    # 3. Import of 50,000 rows, validated and committed as one transaction.
    _, csv10k = database(10_000)
    fresh = os.path.join(WORK, "import.sqlite")
    remove_database(fresh)
    seconds, rss = run([binary, "--db", fresh, "--today", "2026-11-28", "-c", f"import {csv10k}"])
    rows.append(("import of a 50,000-row CSV (10,000 customers)", f"{seconds:.2f} s, {rss:.0f} MiB peak", "", None))

    load_after = os.getloadavg()
    print(f"\nMachine: {machine()}.")
    print(f"Run: {started}, `python3 Benchmarks/run.py{' --quick' if QUICK else ''}`; load average {load_before[0]:.1f} before, {load_after[0]:.1f} after.")
    print("\n| measure | figure | goal | |\n|---|---|---|---|")
    for measure, figure, goal, met in rows:
        verdict = "" if met is None else ("met" if met else "MISSED")
        print(f"| {measure} | {figure} | {goal} | {verdict} |")
    print("\nGrowth, one-shot (whole process, ms; median) and in an open shell (in process, ms):\n")
    print("| customers | originals | yardstick | `-c help` | `-c status H` | `-c advise H` | `-c advise` | `-c customer list` | `-c` question | `-c advise`, first of the day | desk: `-c advise` | desk: `-c customer list` | peak RSS `-c advise` (MiB) | shell: first load | shell: advise | shell: customer list | shell: question |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for size, figures, rss, t, base in growth:
        cells = [f"{figures[label]*1000:.1f}" for label, _, _ in one_shot] + [f"{figures[FIRST_OF_DAY]*1000:.1f}"] + \
            [f"{figures[label]*1000:.1f}" if label in figures else "—" for label, _, _ in DESK_VIEWS]
        print(f"| {size:,} | {size*5:,} | {base*1000:.1f} | " + " | ".join(cells) +
              f" | {rss:.1f} | {t['load']:.1f} | {t['advise']:.1f} | {t['customer list']:.1f} | {t['question']:.1f} |")
    # Goals missed are in the table; the run itself succeeded, and make bench goes on to the team
    # store's figures.
    return 0


if __name__ == "__main__":
    sys.exit(main())
