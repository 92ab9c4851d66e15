#!/usr/bin/env python3
"""The tree's layers, as lib/*/README.md states them:

  - no include cycles between modules (a module is a .c and its .h);
  - the advisor (lib/advisor/) includes nothing of the engine's internals,
    only include/ (the public headers) and lib/common/;
  - the engine (lib/engine/) includes nothing of the advisor or the
    converter, and neither SQLite, libpq nor cJSON;
  - lib/common/ includes only itself and the public engine header;
  - comments say why, never which issue ("issue 12").
The Makefile also builds each layer with only its own include paths, so a
violation fails the build; this test names the file and the line."""
import glob
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pyutil import Checks  # noqa: E402

check = Checks()
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
os.chdir(ROOT)

files = [f for f in glob.glob("lib/**/*", recursive=True) if f.endswith((".c", ".h", ".inc", ".cu"))]
by_name = {os.path.basename(f): f for f in files}
layer = {f: f.split("/")[1] for f in files}  # engine, advisor, common, convert


def includes(f):
    for no, line in enumerate(open(f, encoding="utf-8"), 1):
        m = re.match(r'\s*#\s*include\s*([<"])([^>"]+)[>"]', line)
        if m:
            yield no, m.group(1), m.group(2)


def module(path):
    return os.path.splitext(os.path.basename(path))[0]


graph = {}
for f in files:
    for no, kind, name in includes(f):
        base = os.path.basename(name)
        if kind == '"' and base in by_name:
            target = by_name[base]
            graph.setdefault(module(f), set()).add(module(target))
            if layer[f] == "advisor":
                check(layer[target] in ("advisor", "common"), "%s:%d: the advisor includes %s" % (f, no, target))
            if layer[f] == "engine":
                check(layer[target] in ("engine", "common"), "%s:%d: the engine includes %s" % (f, no, target))
            if layer[f] == "common":
                check(layer[target] == "common", "%s:%d: common includes %s" % (f, no, target))
        if layer[f] == "engine":
            check(not re.search(r"sqlite3|libpq|cjson|motionrec_advisor", name), "%s:%d: the engine includes <%s>" % (f, no, name))
        if layer[f] == "common":
            check(name != "motionrec_advisor.h", "%s:%d: common includes the advisor's header" % (f, no))

# cycles between modules
cycles = set()


def walk(node, stack):
    for nxt in graph.get(node, ()):
        if nxt == node:
            continue
        if nxt in stack:
            cycles.add(tuple(sorted(stack[stack.index(nxt):])))
        elif len(stack) < 40:
            walk(nxt, stack + [nxt])


for n in list(graph):
    walk(n, [n])
check(not cycles, "include cycles between modules: %s" % sorted(cycles))

# comments say why, not which issue
for f in files + glob.glob("include/*.h") + glob.glob("examples/*.c"):
    for no, line in enumerate(open(f, encoding="utf-8"), 1):
        check(not re.search(r"\bissues? #?\d+", line, re.I), "%s:%d: a comment names an issue: %s" % (f, no, line.strip()))
check(len(files) > 50, "the layers hold the library's files (%d)" % len(files))
check.finish()
