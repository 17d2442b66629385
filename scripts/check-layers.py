#!/usr/bin/env python3
"""Checks the module graph of nano's Rust crates (the library's src/ and
crates/nano-web/src/): fails on a dependency cycle between modules, and on a
module that uses one from a higher layer (LAYERS below, the order that
ARCHITECTURE.md describes). Prints the graph with --graph.

Edges come from `crate::a::b` and `super::x` paths and `use crate::{a, b}`
groups (comments stripped); a module's own submodules count as part of it
only through the edges they declare themselves."""
import os
import re
import sys

# Layers of the library, lowest first. A module may use its own layer and
# lower ones (a module path matches the longest prefix listed).
LAYERS = [
    ["error", "http", "log", "body", "config", "script", "fetch"],  # leaf types
    ["engine"],                                          # isolates and their controls
    ["snapshot"],                                        # built-in and per-script snapshots
    ["realm"],                                           # the hardened realm, module instances
    ["exec"],                                            # one request on one isolate
    ["isolation"],                                       # clean state per request
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
    for root, _, names in os.walk(src):
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


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    show = "--graph" in sys.argv
    problems = check("nano", os.path.join(root, "src"), LAYERS, show)
    problems += check("nano-web", os.path.join(root, "crates", "nano-web", "src"), WEB_LAYERS, show)
    for p in problems:
        print("error:", p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
