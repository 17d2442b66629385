package nano

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

func body(t *testing.T, rt *Runtime, script string) string {
	t.Helper()
	resp, err := rt.Eval(context.Background(), script, get("http://x/"))
	if err != nil {
		t.Fatal(err)
	}
	return string(resp.Body)
}

// A script of several modules of each type, a cycle, and a missing import
// refused with its place.
func TestAddModules(t *testing.T) {
	rt := newRuntime(t, Config{})
	modules := []Module{
		{Name: "src/index.js", Type: ModuleESM, Source: []byte(`import { a } from "./a.js";
import words from "./words.txt";
import cfg from "./cfg.json";
import legacy from "./legacy.cjs";
export default { fetch() { return new Response([a(), words, cfg.n, legacy.x].join(" ")); } };`)},
		{Name: "src/a.js", Type: ModuleESM, Source: []byte(`import { b } from "./b.js"; export const a = () => "a" + b();`)},
		{Name: "src/b.js", Type: ModuleESM, Source: []byte(`import { a } from "./a.js"; export const b = () => "b";`)},
		{Name: "src/words.txt", Type: ModuleText, Source: []byte("some words")},
		{Name: "src/cfg.json", Type: ModuleJSON, Source: []byte(`{"n": 7}`)},
		{Name: "src/legacy.cjs", Type: ModuleCommonJS, Source: []byte(`module.exports = { x: "cjs" };`)},
	}
	for i, mode := range []IsolationMode{IsolationFresh, IsolationReuse, IsolationStrict} {
		name := []string{"graph-fresh", "graph-reuse", "graph-strict"}[i]
		if err := rt.AddModules(name, modules, ScriptOptions{Isolation: mode}); err != nil {
			t.Fatal(mode, err)
		}
		if got, want := body(t, rt, name), "ab some words 7 cjs"; got != want {
			t.Fatalf("%v: %q, want %q", mode, got, want)
		}
	}
	err := rt.AddModules("bad", []Module{{Name: "main.js", Type: ModuleESM, Source: []byte("import './gone.js';\nexport default {};")}}, ScriptOptions{})
	if !errors.Is(err, ErrScriptCompile) || !strings.Contains(err.Error(), `main.js:1:8: import of "./gone.js"`) {
		t.Fatalf("missing import: %v", err)
	}
	if err := rt.AddModules("none", nil, ScriptOptions{}); !errors.Is(err, ErrInvalidArgument) {
		t.Fatalf("no modules: %v", err)
	}
	// A removed script is not found; its name registers again.
	if err := rt.RemoveScript("graph-fresh"); err != nil {
		t.Fatal(err)
	}
	if _, err := rt.Eval(context.Background(), "graph-fresh", get("http://x/")); !errors.Is(err, ErrScriptNotFound) {
		t.Fatalf("after removal: %v", err)
	}
	if err := rt.RemoveScript("graph-fresh"); !errors.Is(err, ErrScriptNotFound) {
		t.Fatalf("removed twice: %v", err)
	}
	if err := rt.AddModules("graph-fresh", modules, ScriptOptions{}); err != nil {
		t.Fatal(err)
	}
}

// A project from an fs.FS and from disk, with a package under node_modules.
func TestAddScriptFSAndFile(t *testing.T) {
	files := fstest.MapFS{
		"package.json":                  {Data: []byte(`{"type": "module"}`)},
		"src/index.js":                  {Data: []byte("import { hi } from './lib';\nimport pad from 'pad';\nexport default { fetch() { return new Response(pad(hi)); } };")},
		"src/lib/index.js":              {Data: []byte("export const hi = 'hi';")},
		"node_modules/pad/package.json": {Data: []byte(`{"main": "pad.js"}`)},
		"node_modules/pad/pad.js":       {Data: []byte("module.exports = (s) => `[${s}]`;")},
		".git/config":                   {Data: []byte("not a module")},
	}
	rt := newRuntime(t, Config{})
	if err := rt.AddScriptFS("fs", files, "src/index.js", ScriptOptions{}); err != nil {
		t.Fatal(err)
	}
	if got := body(t, rt, "fs"); got != "[hi]" {
		t.Fatalf("fs: %q", got)
	}
	dir := t.TempDir()
	for name, f := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := rt.AddScriptFile("disk", filepath.Join(dir, "src/index.js"), ScriptOptions{}); err != nil {
		t.Fatal(err)
	}
	if got := body(t, rt, "disk"); got != "[hi]" {
		t.Fatalf("disk: %q", got)
	}
	if err := rt.AddScriptFS("nofile", files, "src/none.js", ScriptOptions{}); !errors.Is(err, ErrInvalidArgument) {
		t.Fatalf("missing entry: %v", err)
	}
}

// Node.js compatibility: on by default (node:* modules and Buffer), off
// with NoNodeCompat (a node:* import is refused by name).
func TestNodeCompat(t *testing.T) {
	rt := newRuntime(t, Config{})
	src := `import { EventEmitter } from "node:events";
export default { fetch() { const e = new EventEmitter(); let got = ""; e.on("x", (v) => { got = v; }); e.emit("x", Buffer.from("6869", "hex").toString()); return new Response(got); } };`
	if err := rt.AddScript("node", src, ScriptOptions{}); err != nil {
		t.Fatal(err)
	}
	if got := body(t, rt, "node"); got != "hi" {
		t.Fatalf("node:events and Buffer: %q", got)
	}
	err := rt.AddScript("no-node", src, ScriptOptions{NoNodeCompat: true})
	if !errors.Is(err, ErrScriptCompile) || !strings.Contains(err.Error(), "needs Node.js compatibility") {
		t.Fatalf("NoNodeCompat: %v", err)
	}
}
