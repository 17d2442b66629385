#!/usr/bin/env python3
"""Checks the module graph of nano's Rust crates (the library's src/ and
crates/nano-web/src/): fails on a dependency cycle between modules, and on a
module that uses one from a higher layer (LAYERS below, the order that
ARCHITECTURE.md describes); and the same for the nginx module's C files
(bindings/nginx/ngx_http_nano_*.c, C_LAYERS: a file calling, or taking the
address of, a function defined in a higher file, or files calling each
other in a cycle). Prints the graphs with --graph.

Edges come from `crate::a::b` and `super::x` paths and `use crate::{a, b}`
groups (comments stripped); a module's own submodules count as part of it
only through the edges they declare themselves."""
import os
import re
import sys

# Layers of the library, lowest first. A module may use its own layer and
# lower ones (a module path matches the longest prefix listed).
LAYERS = [
    ["error", "http", "log", "body", "config", "modules", "script", "fetch"],  # leaf types
    ["engine"],                                          # isolates and their controls
    ["snapshot"],                                        # built-in and per-script snapshots
    ["realm"],                                           # the hardened realm, module instances
    ["exec"],                                            # one request on one isolate
    ["isolation"],                                       # the isolation modes: clean state per request
    ["sandbox"],                                         # an isolate with its guards, built once for both paths
    ["worker", "inline"],                                # thread and queue; inline on the host thread
    ["pool"],
    ["runtime"],
    ["capi", "bench"],                                   # the C API; benchmarks' entry points
]
# nano-web's own layers, lowest first.
WEB_LAYERS = [
    ["error", "http", "log", "platform", "panic_inject", "request_body"],
    ["host", "memory"],
    ["natives"],
    ["bootstrap"],
]


def modules(src):
    out = {}
    for root, dirs, names in os.walk(src):
        # src/bin: the `nano` command, a user of the library's public API.
        dirs[:] = [d for d in dirs if not (root == src and d == "bin")]
        for n in names:
            if n.endswith(".rs"):
                rel = os.path.relpath(os.path.join(root, n), src)[:-3].split(os.sep)
                if rel[-1] in ("mod", "lib", "main"):
                    rel = rel[:-1]
                out[tuple(rel)] = os.path.join(root, n)
    return out


def edges_of(mods):
    path_re = re.compile(r"\b(crate|super)::((?:[a-z_][a-z0-9_]*::)*[A-Za-z_][A-Za-z0-9_]*)")
    group_re = re.compile(r"\buse\s+(crate|super)::\{([^;]*)\};", re.S)
    edges = {m: set() for m in mods}
    for m, path in mods.items():
        text = re.sub(r"//[^\n]*", "", open(path, encoding="utf-8").read())
        is_dir_module = os.path.basename(path) in ("mod.rs", "lib.rs")
        parent = m if is_dir_module else m[:-1]
        base = {"crate": (), "super": parent[:-1] if is_dir_module else parent}
        refs = [(kind, p.split("::")) for kind, p in path_re.findall(text)]
        for kind, group in group_re.findall(text):
            for item in re.split(r",\s*", group):
                item = item.strip().split("::{")[0].split(" as ")[0].strip()
                if item and item != "self":
                    refs.append((kind, item.split("::")))
        for kind, parts in refs:
            full = base[kind] + tuple(parts)
            target = None
            for k in range(len(full), 0, -1):
                if full[:k] in mods:
                    target = full[:k]
                    break
            if target and target != m and target != ():
                edges[m].add(target)
    return edges


def cycles(edges):
    index, low, stack, on, comps, counter = {}, {}, [], set(), [], [0]
    sys.setrecursionlimit(10000)

    def strong(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in edges[v]:
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                comps.append(comp)

    for v in edges:
        if v not in index:
            strong(v)
    return comps


def rank(module, layers):
    if not module:
        return None
    for i, names in enumerate(layers):
        if module[0] in names:
            return i
    return None


def name(m):
    return "::".join(m) or "lib"


def check(crate_name, src, layers, show):
    mods = modules(src)
    edges = edges_of(mods)
    problems = []
    for comp in cycles(edges):
        problems.append(f"{crate_name}: cycle: " + " <-> ".join(sorted(name(m) for m in comp)))
    for m, targets in edges.items():
        if m == ():
            continue
        rm = rank(m, layers)
        if rm is None:
            problems.append(f"{crate_name}: module {name(m)} is in no layer (add it to scripts/check-layers.py)")
            continue
        for t in targets:
            rt = rank(t, layers)
            if rt is not None and rt > rm:
                problems.append(f"{crate_name}: {name(m)} (layer {rm}) uses {name(t)} (layer {rt}), a higher layer")
    if show:
        for m in sorted(edges, key=lambda m: (-1 if rank(m, layers) is None else rank(m, layers), m)):
            if edges[m]:
                print(f"{crate_name}: {name(m)} -> {', '.join(sorted(name(t) for t in edges[m]))}")
    n_edges = sum(len(t) for t in edges.values())
    print(f"{crate_name}: {len(mods)} modules, {n_edges} edges, {len([p for p in problems if 'cycle' in p])} cycles")
    return problems


# The nginx module's C files: layers, lowest first; a file may use its own layer and lower ones. Files in
# one layer may not call each other in a cycle.
C_LAYERS = [
    ["ngx_http_nano_request.c"],    # request in: nano_request, the body writer
    ["ngx_http_nano_call.c"],       # the call object: make, free, why it failed
    ["ngx_http_nano_response.c"],   # response out: whole, streamed, handed off
    ["ngx_http_nano_process.c"],    # the scheduler: what runs next; worker life
    ["ngx_http_nano_module.c"],     # directives; the module table
]

DEF_RE = re.compile(r"^(ngx_http_nano_\w+)\s*\(", re.M)
IDENT_RE = re.compile(r"\b(ngx_http_nano_\w+)\b(\s*\()?")


def strip(text):
    """Comments, string and char literals blanked, newlines kept."""
    def blank(m):
        return re.sub(r"[^\n]", " ", m.group(0))
    return re.sub(r'/\*.*?\*/|//[^\n]*|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'',
                  blank, text, flags=re.S)


def parse(path):
    """Returns ({function: (start, end)}, text): each definition's span, from
    its name to the '}' at column 0 that closes it."""
    text = strip(open(path, encoding="utf-8").read())
    defs = {}
    for m in DEF_RE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        prev = text[:line_start].rstrip().rsplit("\n", 1)[-1]
        if not prev or prev.endswith((";", "}", ",")) or prev.startswith("#"):
            continue                        # not a definition (a macro use...)
        close = re.compile(r"^\}", re.M).search(text, m.end())
        if close is None:
            continue
        body = text[m.end():close.start()]
        if "{" not in body or ";" in body[:body.find("{")]:
            continue                        # a prototype, not a definition
        defs[m.group(1)] = (line_start, close.end())
    return defs, text


def graph(directory):
    files = sorted(f for f in os.listdir(directory)
                   if f.startswith("ngx_http_nano") and f.endswith(".c"))
    parsed = {f: parse(os.path.join(directory, f)) for f in files}
    owner = {}
    problems = []
    for f, (defs, _) in parsed.items():
        for fn in defs:
            if fn in owner:
                problems.append(f"{fn} is defined in {owner[fn]} and {f}")
            owner[fn] = f
    edges = []                              # (file, caller, kind, file, callee)
    for f, (defs, text) in parsed.items():
        spans = sorted((s, e, fn) for fn, (s, e) in defs.items())
        for m in IDENT_RE.finditer(text):
            callee = m.group(1)
            g = owner.get(callee)
            if g is None or g == f:
                continue
            caller = "<file scope>"
            for s, e, fn in spans:
                if s <= m.start() < e:
                    caller = fn
                    break
            if caller == callee:
                continue                    # its own definition line
            kind = "calls" if m.group(2) else "refs"
            edge = (f, caller, kind, g, callee)
            if edge not in edges:
                edges.append(edge)
    return files, edges, problems


def check_c(directory, layers, show=True):
    rank = {f: i for i, names in enumerate(layers) for f in names}
    files, edges, problems = graph(directory)
    for f in files:
        if f not in rank:
            problems.append(f"nginx: {f} is in no layer (add it to C_LAYERS)")
    for f in [f for names in layers for f in names]:
        if f not in files:
            problems.append(f"nginx: C_LAYERS names {f}, which does not exist")
    if show:
        for a, caller, kind, b, callee in sorted(
                edges, key=lambda e: (rank.get(e[0], -1), e[0], e[1], e[4])):
            print(f"nginx: {a}:{caller} {kind} {b}:{callee}")
    adjacent = {f: set() for f in files}
    for a, _, _, b, _ in edges:
        adjacent[a].add(b)
    for comp in cycles(adjacent):
        problems.append("nginx: cycle: " + " <-> ".join(sorted(comp)))
    for a, caller, kind, b, callee in edges:
        ra, rb = rank.get(a), rank.get(b)
        if ra is not None and rb is not None and rb > ra:
            problems.append(f"nginx: {a}:{caller} (layer {ra}) {kind} "
                            f"{b}:{callee} (layer {rb}), a higher layer")
    print(f"nginx: {len(files)} files, {len(edges)} cross-file edges, "
          f"{len([p for p in problems if 'cycle' in p])} cycles")
    return problems


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    show = "--graph" in sys.argv
    problems = check("nano", os.path.join(root, "src"), LAYERS, show)
    problems += check("nano-web", os.path.join(root, "crates", "nano-web", "src"), WEB_LAYERS, show)
    problems += check_c(os.path.join(root, "bindings", "nginx"), C_LAYERS, show)
    for p in problems:
        print("error:", p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
