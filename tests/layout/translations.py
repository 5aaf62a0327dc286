#!/usr/bin/env python3
"""Every text the GUI shows has its Indonesian translation.

1. resources/translations/serverbench_id.ts: each message has a finished,
   non-empty translation (numerus forms too).
2. Nothing is missing: lupdate run over the same sources as the build's
   update_translations target (ui/CMakeLists.txt) into a copy of the .ts
   adds no message; a new tr() text without a translation fails here.

usage: translations.py SOURCE_ROOT LUPDATE
Prints one line per problem, then "N passed, N failed".
"""
import glob
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

# The folders lupdate reads (ui/CMakeLists.txt's translated_sources).
SOURCE_DIRS = ["ui", "charts", "report", "sweep"]


def problems_in(ts_path):
    """(messages, [problem, ...]) for one .ts file."""
    problems = []
    root = ET.parse(ts_path).getroot()
    count = 0
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            count += 1
            source = message.findtext("source")
            translation = message.find("translation")
            where = "%s: \"%s\"" % (name, source)
            if translation is None:
                problems.append("no translation: " + where)
                continue
            kind = translation.get("type")
            if kind in ("unfinished", "vanished", "obsolete"):
                problems.append("%s: %s" % (kind, where))
                continue
            forms = translation.findall("numerusform")
            texts = [f.text for f in forms] if forms else [translation.text]
            if not all(t and t.strip() for t in texts):
                problems.append("empty translation: " + where)
    return count, problems


def main():
    root, lupdate = sys.argv[1], sys.argv[2]
    ts = os.path.join(root, "resources", "translations", "serverbench_id.ts")
    failed = []
    count, problems = problems_in(ts)
    failed += problems

    sources = []
    for folder in SOURCE_DIRS:
        sources += sorted(glob.glob(os.path.join(root, folder, "*.cpp")))
        sources += sorted(glob.glob(os.path.join(root, folder, "*.h")))
    with tempfile.TemporaryDirectory() as work:
        copy = os.path.join(work, "serverbench_id.ts")
        shutil.copy(ts, copy)
        run = subprocess.run([lupdate, "-no-obsolete", "-locations", "none", "-silent"]
                             + sources + ["-ts", copy], capture_output=True, text=True)
        if run.returncode != 0:
            failed.append("lupdate failed: " + run.stderr.strip())
        else:
            updated, new_problems = problems_in(copy)
            known = set(problems)
            failed += ["missing from the .ts (run update_translations): " + p
                       for p in new_problems if p not in known]
            if updated != count:
                failed.append("lupdate finds %d messages, the .ts holds %d" % (updated, count))

    for line in failed:
        print(line)
    print("%d passed, %d failed" % (count - len(failed) if count >= len(failed) else 0,
                                    len(failed)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
