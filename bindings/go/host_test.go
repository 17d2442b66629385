package nano

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// waitFor polls cond until it holds, failing the test after 10 seconds.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func quiet(Level, string) {}

// The pool statistics follow a request: one acquire per evaluation, its
// isolate busy while the script runs and idle after.
func TestStats(t *testing.T) {
	open := make(gate)
	rt := newRuntime(t, Config{MaxIsolates: 2, Transport: open})
	src := `export default { async fetch() { await fetch("http://gate/"); return new Response("ok"); } }`
	if err := rt.AddScript("held", src, ScriptOptions{}); err != nil {
		t.Fatal(err)
	}
	before, err := rt.Stats()
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() {
		_, err := rt.Eval(context.Background(), "held", get("http://x/"))
		done <- err
	}()
	waitFor(t, "the request to hold its isolate", func() bool {
		s, err := rt.ScriptStats("held")
		return err == nil && s.Busy == 1
	})
	during, err := rt.Stats()
	if err != nil {
		t.Fatal(err)
	}
	if during.Busy != 1 || during.Isolates != during.Idle+during.Busy {
		t.Fatalf("while running: %+v", during)
	}
	close(open)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	after, err := rt.Stats()
	if err != nil {
		t.Fatal(err)
	}
	acquires := func(s Stats) uint64 { return s.AcquiredWarm + s.AcquiredCreated + s.AcquiredEvicted }
	if got := acquires(after) - acquires(before); got != 1 {
		t.Fatalf("%d acquires for one request: before %+v, after %+v", got, before, after)
	}
	if after.Busy != 0 || after.IsolatesCreated < 1 || after.AcquireTimeouts != 0 {
		t.Fatalf("after: %+v", after)
	}
	if s, err := rt.ScriptStats("held"); err != nil || s.Busy != 0 || s.Idle < 1 {
		t.Fatalf("script stats after: %+v %v", s, err)
	}
	if _, err := rt.ScriptStats("missing"); !errors.Is(err, ErrScriptNotFound) {
		t.Fatalf("stats of a missing script: %v", err)
	}
}

// HeapLimitMB reaches libnano: 64 MB of live strings fit the default heap
// (128 MiB) but not a 32 MiB one, where the request fails with
// ErrMemoryLimit and the next is served by a fresh isolate.
func TestHeapLimit(t *testing.T) {
	src := `export default { fetch(r) {
  if (r.url.endsWith("/hold")) {
    const keep = [];
    for (let i = 0; i < 64000; i++) keep.push("x".repeat(1000) + i);
    return new Response(String(keep.length));
  }
  return new Response("ok");
} }`
	for _, c := range []struct {
		heapMB int
		fits   bool
	}{{0, true}, {32, false}} {
		rt := newRuntime(t, Config{HeapLimitMB: c.heapMB, CPUTimeLimit: 5 * time.Second, Log: quiet})
		if err := rt.AddScript("hold", src, ScriptOptions{}); err != nil {
			t.Fatal(err)
		}
		resp, err := rt.Eval(context.Background(), "hold", get("http://x/hold"))
		if c.fits && (err != nil || string(resp.Body) != "64000") {
			t.Fatalf("default heap: %v %v", resp, err)
		}
		if !c.fits && !errors.Is(err, ErrMemoryLimit) {
			t.Fatalf("%d MiB heap: %v %v", c.heapMB, resp, err)
		}
		if resp, err := rt.Eval(context.Background(), "hold", get("http://x/ok")); err != nil || string(resp.Body) != "ok" {
			t.Fatalf("%d MiB heap, the next request: %v %v", c.heapMB, resp, err)
		}
	}
	if _, err := NewRuntime(Config{HeapLimitMB: 4}); !errors.Is(err, ErrInvalidArgument) {
		t.Fatalf("a 4 MiB heap limit: %v", err)
	}
}

// The size limits reach libnano: a small one refuses, a negative one lifts
// the default (16 KiB for a URL).
func TestSizeLimits(t *testing.T) {
	src := "export default { fetch(r) { return new Response(String(r.url.length)); } }"
	long := "http://x/" + strings.Repeat("a", 20000)

	small := newRuntime(t, Config{MaxURLBytes: 64})
	if err := small.AddScript("len", src, ScriptOptions{}); err != nil {
		t.Fatal(err)
	}
	if _, err := small.Eval(context.Background(), "len", get("http://x/"+strings.Repeat("a", 100))); !errors.Is(err, ErrInvalidArgument) {
		t.Fatalf("a URL over MaxURLBytes: %v", err)
	}
	if resp, err := small.Eval(context.Background(), "len", get("http://x/a")); err != nil || string(resp.Body) != "10" {
		t.Fatalf("a URL under MaxURLBytes: %v %v", resp, err)
	}

	def := newRuntime(t, Config{})
	if err := def.AddScript("len", src, ScriptOptions{}); err != nil {
		t.Fatal(err)
	}
	if _, err := def.Eval(context.Background(), "len", get(long)); !errors.Is(err, ErrInvalidArgument) {
		t.Fatalf("a 20000-byte URL under the default limit: %v", err)
	}
	unlimited := newRuntime(t, Config{MaxURLBytes: -1})
	if err := unlimited.AddScript("len", src, ScriptOptions{}); err != nil {
		t.Fatal(err)
	}
	if resp, err := unlimited.Eval(context.Background(), "len", get(long)); err != nil || string(resp.Body) != "20009" {
		t.Fatalf("a 20000-byte URL with no limit: %v %v", resp, err)
	}
}

// The lockdown holds by default (eval throws an EvalError, no
// SharedArrayBuffer) and each flag lifts its part.
func TestLockdownFlags(t *testing.T) {
	rt := newRuntime(t, Config{})
	src := `export default { fetch() {
  let e;
  try { e = String(eval("1 + 1")); } catch (x) { e = x.name; }
  return new Response(e + " " + typeof SharedArrayBuffer);
} }`
	for _, c := range []struct {
		name string
		opts ScriptOptions
		want string
	}{
		{"locked", ScriptOptions{}, "EvalError undefined"},
		{"eval", ScriptOptions{AllowEval: true}, "2 undefined"},
		{"shared", ScriptOptions{AllowSharedMemory: true}, "EvalError function"},
	} {
		if err := rt.AddScript(c.name, src, c.opts); err != nil {
			t.Fatal(err)
		}
		resp, err := rt.Eval(context.Background(), c.name, get("http://x/"))
		if err != nil || string(resp.Body) != c.want {
			t.Errorf("%s: %v %v, want %q", c.name, resp, err, c.want)
		}
	}
}

// Close stops evaluations that would never end by themselves (no CPU
// limit, a 60 s wall-clock limit), through Eval and through a Handler, and
// returns promptly; each stopped evaluation says Close stopped it.
func TestCloseStopsRunningEvaluations(t *testing.T) {
	rt := newRuntime(t, Config{MaxIsolates: 2, CPUTimeLimit: -1, WallTimeLimit: time.Minute, ErrorLog: log.New(io.Discard, "", 0)})
	if err := rt.AddScript("spin", "export default { fetch() { while (true) {} } }", ScriptOptions{}); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(rt.Handler("spin"))
	defer srv.Close()

	evalDone := make(chan error, 1)
	go func() {
		_, err := rt.Eval(context.Background(), "spin", get("http://x/"))
		evalDone <- err
	}()
	status := make(chan int, 1)
	go func() {
		resp, err := http.Get(srv.URL)
		if err != nil {
			status <- -1
			return
		}
		resp.Body.Close()
		status <- resp.StatusCode
	}()
	waitFor(t, "both evaluations to run", func() bool {
		s, err := rt.ScriptStats("spin")
		return err == nil && s.Busy == 2
	})
	time.Sleep(20 * time.Millisecond) // well into the loop

	// No timing asserted: had Close waited for them, the evaluations would
	// end at their wall-clock limit (a minute) with ErrWallTimeLimit, not
	// with ErrClosed, as checked below.
	if err := rt.Close(); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-evalDone:
		if !errors.Is(err, ErrClosed) || !(errors.Is(err, ErrTerminated) || errors.Is(err, ErrShutdown)) {
			t.Fatalf("the stopped evaluation: %v", err)
		}
	case <-time.After(time.Minute): // a hang guard, not a timing
		t.Fatal("Eval did not return after Close")
	}
	select {
	case code := <-status:
		if code != http.StatusServiceUnavailable {
			t.Fatalf("the Handler answered %d", code)
		}
	case <-time.After(time.Minute): // a hang guard, not a timing
		t.Fatal("the Handler did not answer after Close")
	}
	if _, err := rt.Eval(context.Background(), "spin", get("http://x/")); !errors.Is(err, ErrClosed) {
		t.Fatalf("eval after close: %v", err)
	}
	if _, err := rt.Stats(); !errors.Is(err, ErrClosed) {
		t.Fatalf("stats after close: %v", err)
	}
	if err := rt.Close(); err != nil {
		t.Fatal(err)
	}
}

// lockedBuffer is an io.Writer safe for the server's goroutines and the test.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// What a Handler does not tell its client goes to Config.ErrorLog.
func TestHandlerLogsErrors(t *testing.T) {
	var logged lockedBuffer
	rt := newRuntime(t, Config{ErrorLog: log.New(&logged, "", 0)})
	if err := rt.AddScript("boom", "export default { fetch() { throw new Error('kaboom'); } }", ScriptOptions{}); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(rt.Handler("boom"))
	defer srv.Close()
	resp, err := http.Get(srv.URL + "/path")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusInternalServerError || strings.Contains(string(body), "kaboom") {
		t.Fatalf("answered %d %q", resp.StatusCode, body)
	}
	waitFor(t, "the error to be logged", func() bool { return strings.Contains(logged.String(), "kaboom") })
	if line := logged.String(); !strings.Contains(line, `GET /path (script "boom")`) {
		t.Fatalf("logged %q", line)
	}
}

// Close while many goroutines acquire, evaluate and give back: every call
// returns (a response, or an error), and none touches the freed runtime.
func TestCloseUnderLoad(t *testing.T) {
	rt, err := NewRuntime(Config{MaxIsolates: 4, AcquireTimeout: 30 * time.Second, CPUTimeLimit: -1})
	if err != nil {
		t.Fatal(err)
	}
	src := "export default { fetch(r) { if (r.url.endsWith('/spin')) { while (true) {} } return new Response('ok'); } }"
	if err := rt.AddScript("mixed", src, ScriptOptions{}); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for g := 0; g < 32; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			url := "http://x/ok"
			if g%8 == 0 {
				url = "http://x/spin"
			}
			for {
				_, err := rt.Eval(context.Background(), "mixed", get(url))
				if errors.Is(err, ErrClosed) {
					return
				}
				if err != nil {
					t.Errorf("before Close: %v", err)
					return
				}
			}
		}(g)
	}
	time.Sleep(100 * time.Millisecond)
	// Had Close waited for the spinning ones, they would end at the wall
	// limit (ErrWallTimeLimit, reported above as an error before Close).
	if err := rt.Close(); err != nil {
		t.Fatal(err)
	}
	wg.Wait()
}
