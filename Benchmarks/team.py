#!/usr/bin/env python3
"""The team store's benchmarks: csp-migrate on PostgreSQL beside SQLite and the server's own floor.

Run by `make bench` through scripts/with-postgres, twice: --durable (fsync on, as a desk's server
runs) and without (fsync off: what the programs themselves cost, the disk left out). Each figure is commands per second of wall time:
  - the 10,000-command piped workload (one process reading commands from a pipe), on an SQLite
    file and on the team store, in the same run;
  - four agents' processes at once, each piping a quarter of the commands on its own customers;
  - the server's floor: the same number of single-row INSERT commits sent by psql, one process.
Usage: scripts/with-postgres [--durable] python3 Benchmarks/team.py [--quick]
"""
import os, shutil, subprocess, sys, time, uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = os.path.join(ROOT, ".build-bench")
SWIFT = shutil.which("swift") or "/opt/swift/usr/bin/swift"
QUICK = "--quick" in sys.argv
COMMANDS = 2_000 if QUICK else 10_000
AGENTS = 4


def psql(sql):
    subprocess.run(["psql", "-qAtX", "-v", "ON_ERROR_STOP=1", "-c", sql], check=True, stdout=subprocess.DEVNULL)


def fresh_schema():
    """An empty schema, and a connection URL whose search_path is it (no password: trust on the socket)."""
    schema = "bench_" + uuid.uuid4().hex[:12]
    psql(f"CREATE SCHEMA {schema}")
    host = os.environ["PGHOST"].replace("/", "%2F")
    return f"postgresql://{os.environ['PGUSER']}@{host}:{os.environ['PGPORT']}/{os.environ['PGDATABASE']}?options=-csearch_path%3D{schema}"


def workload(prefix, count):
    """`count` state-changing commands: per customer, add it, record an original, invite, accept."""
    lines = []
    customer = 0
    while len(lines) < count:
        handle = f"{prefix}{customer}"
        lines += [
            f'customer add {handle} --name "Customer {handle}" --program open',
            f'license add {handle} "Office 365 E3" --seats 20 --expires 2027-06-30 --price 23 --currency USD',
            f"invite {handle}",
            f"accept {handle}",
        ]
        customer += 1
    return "\n".join(lines[:count]) + "\n"


def piped(binary, db, text):
    """Starts one process reading `text` from a pipe; returns it."""
    proc = subprocess.Popen([binary, "--db", db, "--today", "2026-11-28"], stdin=subprocess.PIPE,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    proc.stdin.write(text.encode())
    proc.stdin.close()
    return proc


def finish(proc):
    proc.wait()
    if proc.returncode != 0:
        sys.exit(f"failed ({proc.returncode}): {proc.stderr.read().decode()}")


def timed(body):
    start = time.perf_counter()
    body()
    return time.perf_counter() - start


def main():
    if "PGHOST" not in os.environ:
        sys.exit("run through scripts/with-postgres --durable")
    os.makedirs(WORK, exist_ok=True)
    subprocess.run([SWIFT, "build", "-c", "release", "--product", "csp-migrate"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    binary = os.path.join(ROOT, ".build/release/csp-migrate")
    text = workload("c", COMMANDS)
    rows = []

    sqlite = os.path.join(WORK, "team-compare.sqlite")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(sqlite + suffix):
            os.remove(sqlite + suffix)
    seconds = timed(lambda: finish(piped(binary, sqlite, text)))
    rows.append((f"{COMMANDS:,} piped commands, one process, SQLite file", COMMANDS / seconds))

    url = fresh_schema()
    finish(piped(binary, url, "status\n"))  # creates the tables outside the measure
    seconds = timed(lambda: finish(piped(binary, url, text)))
    rows.append((f"{COMMANDS:,} piped commands, one process, PostgreSQL (Unix socket)", COMMANDS / seconds))

    url = fresh_schema()
    finish(piped(binary, url, "status\n"))
    share = COMMANDS // AGENTS
    texts = [workload(f"a{agent}x", share) for agent in range(AGENTS)]
    seconds = timed(lambda: [finish(p) for p in [piped(binary, url, t) for t in texts]])
    rows.append((f"{share * AGENTS:,} piped commands, {AGENTS} agents' processes at once, PostgreSQL", share * AGENTS / seconds))

    psql("CREATE TABLE bench_floor (id integer PRIMARY KEY, note text)")
    inserts = "".join(f"INSERT INTO bench_floor VALUES ({i}, 'row {i}');\n" for i in range(COMMANDS))
    def floor():
        subprocess.run(["psql", "-qAtX", "-v", "ON_ERROR_STOP=1"], input=inserts.encode(), check=True, stdout=subprocess.DEVNULL)
    seconds = timed(floor)
    rows.append((f"server floor: {COMMANDS:,} single-row INSERT commits by psql", COMMANDS / seconds))

    fsync = subprocess.run(["psql", "-qAtX", "-c", "SHOW fsync"], check=True, capture_output=True, text=True).stdout.strip()
    durability = "fsync on: every commit durable" if fsync == "on" else "fsync off: not durable, the programs' own cost"
    print(f"\n## Team store (PostgreSQL over its Unix socket, {durability}; same run)\n")
    print("| measure | commands/s |")
    print("|---|---|")
    for measure, rate in rows:
        print(f"| {measure} | {rate:,.0f} |")


if __name__ == "__main__":
    main()
