#!/usr/bin/env python3
"""The library folders depend on each other only along the README's arrows:

    http <- servers; http <- loadtester; servers, loadtester <- sweep
    <- report <- charts <- ui <- app;  ui -> sweep

A folder may include its own headers and those of the folders below it
(transitively); an include that points upward or sideways fails, and so does
a target_link_libraries() in a folder's CMakeLists.txt that names a library
folder it may not use. Each include and link is one check; the last line
says "N passed, N failed" and the exit status is non-zero on any failure.

    tests/layout/dependencies.py [REPO_ROOT]
"""

import os
import re
import sys

# Each folder and the folders it uses directly.
DIRECT = {
    "http": [],
    "servers": ["http"],
    "loadtester": ["http"],
    "sweep": ["servers", "loadtester"],
    "report": ["sweep"],
    "charts": ["report"],
    "ui": ["charts", "sweep"],
    "app": ["ui"],
}

INCLUDE = re.compile(r'^\s*#\s*include\s*["<]([^">]+)[">]', re.MULTILINE)
LINK = re.compile(r"target_link_libraries\s*\(([^)]*)\)", re.DOTALL)


def allowed(folder):
    """The folder itself and everything below it."""
    seen = set()
    stack = [folder]
    while stack:
        f = stack.pop()
        if f not in seen:
            seen.add(f)
            stack.extend(DIRECT[f])
    return seen


def main():
    root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else
                           os.path.join(os.path.dirname(__file__), "..", ".."))
    owner = {}  # header file name -> folder that holds it
    passed = 0
    failed = 0
    for folder in DIRECT:
        path = os.path.join(root, folder)
        if not os.path.isdir(path):
            print(f"FAIL: library folder {folder}/ is missing")
            print("0 passed, 1 failed")
            return 1
        for name in os.listdir(path):
            if name.endswith(".h"):
                if name in owner:
                    failed += 1
                    print(f"FAIL: {name} is in both {owner[name]}/ and {folder}/; "
                          "an include of it is ambiguous")
                owner.setdefault(name, folder)

    for folder in DIRECT:
        ok = allowed(folder)
        path = os.path.join(root, folder)
        for name in sorted(os.listdir(path)):
            if not name.endswith((".h", ".cpp")):
                continue
            with open(os.path.join(path, name), encoding="utf-8", errors="replace") as f:
                text = f.read()
            for match in INCLUDE.finditer(text):
                included = os.path.basename(match.group(1))
                target = owner.get(included)
                if target is None:
                    continue  # generated (ui_*.h, *.moc) or not a library header
                line = text.count("\n", 0, match.start()) + 1
                if target in ok:
                    passed += 1
                else:
                    failed += 1
                    print(f"FAIL: {folder}/{name}:{line} includes {target}/{included}: "
                          f"{folder} may use only {', '.join(sorted(ok - {folder})) or 'nothing'}")
        cmake = os.path.join(path, "CMakeLists.txt")
        if os.path.exists(cmake):
            with open(cmake, encoding="utf-8") as f:
                text = f.read()
            for match in LINK.finditer(text):
                words = re.findall(r"[A-Za-z0-9_:]+", match.group(1))
                for word in words[1:]:  # the first word is the target
                    if word not in DIRECT or word == words[0]:
                        continue
                    if word in ok:
                        passed += 1
                    else:
                        failed += 1
                        print(f"FAIL: {folder}/CMakeLists.txt links {word}: "
                              f"{folder} may use only {', '.join(sorted(ok - {folder})) or 'nothing'}")

    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
