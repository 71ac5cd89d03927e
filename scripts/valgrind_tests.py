#!/usr/bin/env python3
"""Runs CTest tests under Valgrind's memcheck, each with its own logs.

Usage: valgrind_tests.py BUILD_DIR REGEX [EXCLUDE_REGEX]

The tests are taken from `ctest --show-only=json-v1`, so their commands,
working directories and environments are exactly what CTest would use; only
Valgrind is put in front.  Child processes are followed (a test that starts
another interpreter is checked too) and every process writes its own log
(BUILD_DIR/valgrind/<test>.<pid>.log).  A test fails when it fails by
itself, or when Valgrind reports an error or a definite leak in any of its
processes (--error-exitcode; with --quiet any non-empty log is a finding).
Only definite leaks count: the Lua interpreter leaves its state to the
operating system when a script calls os.exit(), which shows as "possibly
lost" blocks inside lua5.4 itself.
"""
import concurrent.futures
import json
import os
import re
import subprocess
import sys

VALGRIND = [
    "valgrind",
    "--error-exitcode=99",
    "--leak-check=full",
    "--errors-for-leak-kinds=definite",
    "--show-leak-kinds=definite",
    "--trace-children=yes",
    "--track-origins=yes",
    "--quiet",
]


def tests_of(build_dir, include, exclude):
    out = subprocess.run(
        ["ctest", "--test-dir", build_dir, "--show-only=json-v1"],
        check=True, capture_output=True, text=True).stdout
    for test in json.loads(out)["tests"]:
        name = test["name"]
        if not re.search(include, name):
            continue
        if exclude and re.search(exclude, name):
            continue
        props = {p["name"]: p["value"] for p in test.get("properties", [])}
        yield name, test["command"], props


def run(build_dir, name, command, props):
    env = dict(os.environ)
    for assignment in props.get("ENVIRONMENT", []):
        key, _, value = assignment.partition("=")
        env[key] = value
    log_dir = os.path.join(build_dir, "valgrind")
    for old in os.listdir(log_dir):
        if old.startswith(name + "."):
            os.remove(os.path.join(log_dir, old))
    log = os.path.join(log_dir, name + ".%p.log")
    proc = subprocess.run(
        VALGRIND + ["--log-file=" + log] + command,
        cwd=props.get("WORKING_DIRECTORY", build_dir), env=env,
        capture_output=True, text=True)
    problems = []
    if proc.returncode != 0:
        problems.append("exit status %d" % proc.returncode)
    # With --quiet Valgrind writes only what it finds: an error or a
    # definite leak.  Any non-empty log is a problem.
    for entry in sorted(os.listdir(log_dir)):
        path = os.path.join(log_dir, entry)
        if entry.startswith(name + ".") and os.path.getsize(path) > 0:
            problems.append("see " + path)
    return name, problems, proc.stdout + proc.stderr


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    build_dir, include = os.path.abspath(sys.argv[1]), sys.argv[2]
    exclude = sys.argv[3] if len(sys.argv) > 3 else None
    os.makedirs(os.path.join(build_dir, "valgrind"), exist_ok=True)
    tests = list(tests_of(build_dir, include, exclude))
    if not tests:
        sys.exit("valgrind: no test matches %r" % include)
    failed = 0
    jobs = os.cpu_count() or 2
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        futures = [pool.submit(run, build_dir, *t) for t in tests]
        for future in concurrent.futures.as_completed(futures):
            name, problems, output = future.result()
            if problems:
                failed += 1
                print("valgrind: FAIL %s (%s)" % (name, "; ".join(problems)))
                print(output[-4000:])
            else:
                print("valgrind: ok   %s" % name)
    print("valgrind: %d of %d tests clean" % (len(tests) - failed, len(tests)))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
