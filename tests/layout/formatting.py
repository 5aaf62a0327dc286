#!/usr/bin/env python3
"""Every tracked *.cpp and *.h is formatted as .clang-format says:
clang-format --dry-run --Werror on each file of `git ls-files`. One check per
file; the last line says "N passed, N failed" and the exit status is non-zero
on any failure. Exits 77 (ctest: skipped) when this is not a git checkout or
clang-format is missing. CLANG_FORMAT names another binary (the style was
written for clang-format 14, Debian 12's).

    tests/layout/formatting.py [REPO_ROOT]
"""

import concurrent.futures
import os
import shutil
import subprocess
import sys

SKIP = 77


def main():
    root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else
                           os.path.join(os.path.dirname(__file__), "..", ".."))
    clang_format = shutil.which(os.environ.get("CLANG_FORMAT", "clang-format"))
    if not clang_format:
        print("clang-format not found: skipped")
        return SKIP
    try:
        listed = subprocess.run(["git", "-C", root, "ls-files", "-z", "--", "*.cpp", "*.h"],
                                check=True, capture_output=True).stdout
    except (OSError, subprocess.CalledProcessError):
        print("not a git checkout: skipped")
        return SKIP
    files = [f for f in listed.decode().split("\0") if f]

    def check(name):
        result = subprocess.run([clang_format, "--dry-run", "--Werror", os.path.join(root, name)],
                                capture_output=True, text=True)
        return name, result.returncode, result.stderr.count("error:")

    # Files deleted in the working tree but not yet in the index are left out.
    present = [name for name in files if os.path.exists(os.path.join(root, name))]
    passed = 0
    failed = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        for name, status, places in pool.map(check, present):
            if status == 0:
                passed += 1
            else:
                failed += 1
                print(f"FAIL: {name} ({places} places; fix with clang-format -i {name})")

    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
