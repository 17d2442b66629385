package nano

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

const echo = `export default {
  async fetch(request, env) {
    const body = request.method === "GET" ? "" : await request.text();
    return new Response(request.method + " " + request.url + " " + body + " " + (env.WHO ?? ""), {
      status: 200,
      headers: [["x-id", request.headers.get("x-id") ?? ""], ["set-cookie", "a=1"], ["set-cookie", "b=2"]],
    });
  },
};`

func newRuntime(t testing.TB, cfg Config) *Runtime {
	t.Helper()
	rt, err := NewRuntime(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = rt.Close() })
	return rt
}

func get(url string) *http.Request {
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	return req
}

func TestEvalAndResponse(t *testing.T) {
	rt := newRuntime(t, Config{})
	if err := rt.AddScript("echo", echo, ScriptOptions{Env: map[string]string{"WHO": "gopher"}}); err != nil {
		t.Fatal(err)
	}
	req, _ := http.NewRequest(http.MethodPost, "http://example.com/p?q=1", strings.NewReader("hello"))
	req.Header.Set("X-Id", "42")
	resp, err := rt.Eval(context.Background(), "echo", req)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := string(resp.Body), "POST http://example.com/p?q=1 hello gopher"; got != want {
		t.Fatalf("body %q, want %q", got, want)
	}
	if resp.Status != 200 || resp.Header().Get("x-id") != "42" {
		t.Fatalf("status %d headers %v", resp.Status, resp.Headers)
	}
	if got := resp.Header().Values("set-cookie"); len(got) != 2 || got[0] != "a=1" || got[1] != "b=2" {
		t.Fatalf("set-cookie %v", got)
	}
}

// Each mode by name: module state is per request in fresh and strict, kept
// by reuse; a global is reset in every mode.
func TestIsolationModes(t *testing.T) {
	rt := newRuntime(t, Config{MaxIsolates: 1})
	counter := "let n = 0; export default { fetch() { n++; globalThis.g = (globalThis.g || 0) + 1; return new Response(`${n} ${g}`); } }"
	want := map[IsolationMode]string{IsolationFresh: "1 1", IsolationStrict: "1 1", IsolationReuse: "3 1"}
	for mode, last := range want {
		name := fmt.Sprintf("counter%d", mode)
		if err := rt.AddScript(name, counter, ScriptOptions{Isolation: mode}); err != nil {
			t.Fatal(err)
		}
		var body string
		for i := 0; i < 3; i++ {
			resp, err := rt.Eval(context.Background(), name, get("http://x/"))
			if err != nil {
				t.Fatal(err)
			}
			body = string(resp.Body)
		}
		if body != last {
			t.Errorf("mode %d: third request answered %q, want %q", mode, body, last)
		}
	}
	if err := rt.AddScript("bad", counter, ScriptOptions{Isolation: 7}); err == nil {
		t.Error("an unknown isolation mode was accepted")
	}
}

func TestErrors(t *testing.T) {
	rt := newRuntime(t, Config{})
	err := rt.AddScript("bad", "export default {\n fetch() { return 1 +; } }", ScriptOptions{})
	if !errors.Is(err, ErrScriptCompile) || !strings.Contains(err.Error(), "bad:2:") {
		t.Fatalf("compile error: %v", err)
	}
	if err := rt.AddScript("throws", "export default { fetch() { throw new Error('boom'); } }", ScriptOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := rt.AddScript("throws", echo, ScriptOptions{}); !errors.Is(err, ErrScriptExists) {
		t.Fatalf("duplicate: %v", err)
	}
	_, err = rt.Eval(context.Background(), "throws", get("http://x/"))
	var nerr *Error
	if !errors.Is(err, ErrScriptError) || !errors.As(err, &nerr) || !strings.Contains(nerr.Message, "Error: boom") {
		t.Fatalf("script error: %v", err)
	}
	if _, err := rt.Eval(context.Background(), "missing", get("http://x/")); !errors.Is(err, ErrScriptNotFound) {
		t.Fatalf("not found: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := rt.Eval(ctx, "throws", get("http://x/")); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled context: %v", err)
	}
	if err := rt.AddScript("sw", "addEventListener('fetch', e => e.respondWith(new Response(WHO)))",
		ScriptOptions{ServiceWorker: true, Env: map[string]string{"WHO": "sw"}}); err != nil {
		t.Fatal(err)
	}
	if resp, err := rt.Eval(context.Background(), "sw", get("http://x/")); err != nil || string(resp.Body) != "sw" {
		t.Fatalf("service worker: %v %v", resp, err)
	}
}

// Each failed call's message is its own: many goroutines fail at once, each
// on a name of its own, with yields between calls so that the scheduler
// moves them between OS threads; every message must name its own call (a
// message read from a thread-local by a second cgo call could be another
// goroutine's, or empty).
func TestErrorMessagesBelongToTheirCall(t *testing.T) {
	rt := newRuntime(t, Config{})
	var wg sync.WaitGroup
	var wrong atomic.Int64
	failures := make(chan string, 16)
	for g := 0; g < 32; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				name := fmt.Sprintf("missing-%d-%d", g, i)
				_, err := rt.Eval(context.Background(), name, get("http://x/"))
				if !errors.Is(err, ErrScriptNotFound) || !strings.Contains(err.Error(), `"`+name+`"`) {
					if wrong.Add(1) <= 16 {
						failures <- fmt.Sprintf("%s: %v", name, err)
					}
				}
				runtime.Gosched()
			}
		}(g)
	}
	wg.Wait()
	close(failures)
	for f := range failures {
		t.Error(f)
	}
	if n := wrong.Load(); n > 0 {
		t.Fatalf("%d of 6400 errors did not carry their own call's message", n)
	}
}

func TestCloseIsIdempotent(t *testing.T) {
	rt, err := NewRuntime(Config{})
	if err != nil {
		t.Fatal(err)
	}
	if err := rt.Close(); err != nil {
		t.Fatal(err)
	}
	if err := rt.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := rt.Eval(context.Background(), "x", get("http://x/")); !errors.Is(err, ErrClosed) {
		t.Fatalf("eval after close: %v", err)
	}
	if err := rt.AddScript("x", echo, ScriptOptions{}); !errors.Is(err, ErrClosed) {
		t.Fatalf("add after close: %v", err)
	}
}

func TestManyGoroutines(t *testing.T) {
	rt := newRuntime(t, Config{MaxIsolates: 8, AcquireTimeout: 30 * time.Second})
	if err := rt.AddScript("echo", echo, ScriptOptions{}); err != nil {
		t.Fatal(err)
	}
	const goroutines, perGoroutine = 1000, 20
	var wg sync.WaitGroup
	var failures atomic.Int64
	var firstErr atomic.Value
	for g := 0; g < goroutines; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < perGoroutine; i++ {
				id := fmt.Sprintf("%d-%d", g, i)
				req := get("http://x/" + id)
				req.Header.Set("x-id", id)
				resp, err := rt.Eval(context.Background(), "echo", req)
				if err != nil || resp.Header().Get("x-id") != id || !strings.Contains(string(resp.Body), "/"+id+" ") {
					failures.Add(1)
					firstErr.CompareAndSwap(nil, fmt.Sprintf("%s: %v %v", id, err, resp))
				}
			}
		}(g)
	}
	wg.Wait()
	if n := failures.Load(); n != 0 {
		t.Fatalf("%d of %d responses were wrong or failed; first: %v", n, goroutines*perGoroutine, firstErr.Load())
	}
}

func TestContextDeadlineStopsARunaway(t *testing.T) {
	rt := newRuntime(t, Config{MaxIsolates: 1, CPUTimeLimit: -1})
	src := "export default { fetch(r) { if (r.url.endsWith('/spin')) { while (true) {} } return new Response('ok'); } }"
	if err := rt.AddScript("spin", src, ScriptOptions{}); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	_, err := rt.Eval(ctx, "spin", get("http://x/spin"))
	if !errors.Is(err, context.DeadlineExceeded) || !errors.Is(err, ErrTerminated) {
		t.Fatalf("runaway: %v", err)
	}
	resp, err := rt.Eval(context.Background(), "spin", get("http://x/ok"))
	if err != nil || string(resp.Body) != "ok" {
		t.Fatalf("after the runaway: %v %v", resp, err)
	}
}

func TestCPULimit(t *testing.T) {
	rt := newRuntime(t, Config{MaxIsolates: 1, CPUTimeLimit: 20 * time.Millisecond})
	src := "export default { fetch(r) { if (r.url.endsWith('/spin')) { while (true) {} } return new Response('ok'); } }"
	if err := rt.AddScript("spin", src, ScriptOptions{}); err != nil {
		t.Fatal(err)
	}
	if _, err := rt.Eval(context.Background(), "spin", get("http://x/spin")); !errors.Is(err, ErrCPULimit) {
		t.Fatalf("cpu limit: %v", err)
	}
	if resp, err := rt.Eval(context.Background(), "spin", get("http://x/ok")); err != nil || string(resp.Body) != "ok" {
		t.Fatalf("after the limit: %v %v", resp, err)
	}
}

func TestHandlerOverRealHTTP(t *testing.T) {
	rt := newRuntime(t, Config{})
	if err := rt.AddScript("echo", echo, ScriptOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := rt.AddScript("boom", "export default { fetch() { throw new Error('x'); } }", ScriptOptions{}); err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.Handle("/boom", rt.Handler("boom"))
	mux.Handle("/", rt.Handler("echo"))
	srv := httptest.NewServer(mux)
	defer srv.Close()
	resp, err := http.Post(srv.URL+"/path?x=1", "text/plain", strings.NewReader("body!"))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if want := "POST " + srv.URL + "/path?x=1 body! "; string(body) != want {
		t.Fatalf("body %q, want %q", body, want)
	}
	if got := resp.Header.Values("Set-Cookie"); len(got) != 2 {
		t.Fatalf("set-cookie %v", got)
	}
	resp, err = http.Get(srv.URL + "/boom")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusInternalServerError {
		t.Fatalf("script error answered %d", resp.StatusCode)
	}
}

func TestFetchThroughRoundTripper(t *testing.T) {
	upstream := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		w.Header().Set("x-upstream", "go")
		w.WriteHeader(http.StatusTeapot)
		fmt.Fprintf(w, "%s %s %s %s", r.Method, r.URL.Path, r.Header.Get("x-from"), body)
	}))
	defer upstream.Close()
	var logged []string
	var mu sync.Mutex
	rt := newRuntime(t, Config{
		Transport: http.DefaultTransport,
		Log: func(level Level, msg string) {
			mu.Lock()
			logged = append(logged, fmt.Sprintf("%d %s", level, msg))
			mu.Unlock()
		},
	})
	src := `export default {
  async fetch(request, env) {
    const r = await fetch(env.UPSTREAM + "/up", { method: "PUT", headers: { "x-from": "worker" }, body: "data" });
    console.warn("upstream said", r.status);
    return new Response(r.status + " " + r.headers.get("x-upstream") + " " + await r.text());
  },
};`
	if err := rt.AddScript("proxy", src, ScriptOptions{Env: map[string]string{"UPSTREAM": upstream.URL}}); err != nil {
		t.Fatal(err)
	}
	resp, err := rt.Eval(context.Background(), "proxy", get("http://x/"))
	if err != nil {
		t.Fatal(err)
	}
	if want := "418 go PUT /up worker data"; string(resp.Body) != want {
		t.Fatalf("body %q, want %q", resp.Body, want)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(logged) != 1 || logged[0] != "2 upstream said 418" {
		t.Fatalf("log %v", logged)
	}
}

func TestMain(m *testing.M) {
	os.Exit(m.Run())
}
