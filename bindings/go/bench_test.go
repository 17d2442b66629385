package nano

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"testing"
)

func helloSource(b *testing.B) string {
	src, err := os.ReadFile("../../examples/workers/hello.js")
	if err != nil {
		b.Fatal(err)
	}
	return string(src)
}

// benchEval times one Eval of examples/workers/hello.js per iteration.
func benchEval(b *testing.B, config Config, options ScriptOptions) {
	rt := newRuntime(b, config)
	if err := rt.AddScript("hello", helloSource(b), options); err != nil {
		b.Fatal(err)
	}
	req := get("http://localhost/")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := rt.Eval(context.Background(), "hello", req); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEval: one Eval of examples/workers/hello.js (fresh mode, the default).
func BenchmarkEval(b *testing.B) {
	benchEval(b, Config{MinIdlePerScript: 2}, ScriptOptions{})
}

// BenchmarkHandler: the same through Handler, with a real HTTP client.
func BenchmarkHandler(b *testing.B) {
	rt := newRuntime(b, Config{MinIdlePerScript: 2})
	if err := rt.AddScript("hello", helloSource(b), ScriptOptions{}); err != nil {
		b.Fatal(err)
	}
	srv := httptest.NewServer(rt.Handler("hello"))
	defer srv.Close()
	client := srv.Client()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		resp, err := client.Get(srv.URL + "/")
		if err != nil {
			b.Fatal(err)
		}
		_, _ = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			b.Fatal(resp.Status)
		}
	}
}

// BenchmarkEvalReuseContext: one Eval in the reuse isolation mode, where
// the JavaScript is cheapest, so the cgo and hand-off costs show most.
func BenchmarkEvalReuseContext(b *testing.B) {
	benchEval(b, Config{MinIdlePerScript: 1}, ScriptOptions{Isolation: IsolationReuse})
}
