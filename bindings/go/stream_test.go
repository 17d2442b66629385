package nano

import (
	"bufio"
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// A script that reads its body chunk by chunk and says how it came.
const pieces = `export default {
  async fetch(request) {
    const seen = [];
    for await (const chunk of request.body) seen.push(new TextDecoder().decode(chunk));
    return new Response(seen.length + ":" + seen.join("|"));
  },
};`

func TestEvalStreamsTheRequestBody(t *testing.T) {
	rt := newRuntime(t, Config{})
	if err := rt.AddScript("pieces", pieces, ScriptOptions{}); err != nil {
		t.Fatal(err)
	}
	// Written in three parts with pauses: the script reads three chunks
	// (a body read whole first would be one).
	pr, pw := io.Pipe()
	go func() {
		for _, part := range []string{"one", "two", "three"} {
			time.Sleep(20 * time.Millisecond)
			_, _ = pw.Write([]byte(part))
		}
		pw.Close()
	}()
	req, _ := http.NewRequest(http.MethodPost, "http://x/", pr)
	resp, err := rt.Eval(context.Background(), "pieces", req)
	if err != nil {
		t.Fatal(err)
	}
	if string(resp.Body) != "3:one|two|three" {
		t.Fatalf("body %q", resp.Body)
	}
	// A body whose reader fails: the script's read fails with its error.
	pr, pw = io.Pipe()
	go func() {
		_, _ = pw.Write([]byte("part"))
		pw.CloseWithError(errors.New("the upload broke"))
	}()
	req, _ = http.NewRequest(http.MethodPost, "http://x/", pr)
	if _, err := rt.Eval(context.Background(), "pieces", req); !errors.Is(err, ErrScriptError) ||
		!strings.Contains(err.Error(), "the upload broke") {
		t.Fatalf("broken body: %v", err)
	}
}

// gate is a RoundTripper whose answer waits until the test opens it.
type gate chan struct{}

func (g gate) RoundTrip(req *http.Request) (*http.Response, error) {
	<-g
	return &http.Response{StatusCode: 200, Body: io.NopCloser(strings.NewReader("")), Header: http.Header{}, Request: req}, nil
}

func TestHandlerStreamsResponsesChunkByChunk(t *testing.T) {
	// The script's second chunk waits on a subrequest the test answers only
	// once the client has the first: whole delivery would never get there.
	open := make(gate)
	rt := newRuntime(t, Config{Transport: open})
	src := `export default {
  fetch() {
    let n = 0;
    return new Response(new ReadableStream({
      async pull(c) {
        if (n === 1) await fetch("http://gate/");
        if (n++ === 2) return c.close();
        c.enqueue(new TextEncoder().encode("chunk " + n + "\n"));
      },
    }, { highWaterMark: 0 }), { headers: { "x-streamed": "yes" } });
  },
};`
	if err := rt.AddScript("gated", src, ScriptOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := rt.AddScript("pieces", pieces, ScriptOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := rt.AddScript("broken", `export default { fetch() {
  let n = 0;
  return new Response(new ReadableStream({ pull(c) { if (n++) throw new Error("source broke"); c.enqueue(new Uint8Array(5)); } }));
} }`, ScriptOptions{}); err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.Handle("/gated", rt.Handler("gated"))
	mux.Handle("/pieces", rt.Handler("pieces"))
	mux.Handle("/broken", rt.Handler("broken"))
	srv := httptest.NewServer(mux)
	defer srv.Close()

	resp, err := http.Get(srv.URL + "/gated")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.Header.Get("x-streamed") != "yes" {
		t.Fatalf("headers %v", resp.Header)
	}
	lines := bufio.NewReader(resp.Body)
	first := make(chan string, 1)
	go func() {
		line, _ := lines.ReadString('\n')
		first <- line
	}()
	select {
	case line := <-first:
		if line != "chunk 1\n" {
			t.Fatalf("first line %q", line)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the first chunk did not come before the script finished")
	}
	close(open)
	rest, _ := io.ReadAll(lines)
	if string(rest) != "chunk 2\n" {
		t.Fatalf("rest %q", rest)
	}

	// A request body through the Handler reaches the script (read before
	// any answer: Go's HTTP/1 server takes no body after the head).
	resp, err = http.Post(srv.URL+"/pieces", "text/plain", strings.NewReader("sent"))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if string(body) != "1:sent" {
		t.Fatalf("pieces %q", body)
	}

	// A body that breaks off after its head: the response is cut short.
	resp, err = http.Get(srv.URL + "/broken")
	if err != nil {
		t.Fatal(err)
	}
	_, err = io.ReadAll(resp.Body)
	resp.Body.Close()
	if err == nil {
		t.Fatal("a broken body read as complete")
	}
}

// slowBody yields its parts one read at a time, waiting before each.
type slowBody struct{ parts []string }

func (b *slowBody) Read(p []byte) (int, error) {
	if len(b.parts) == 0 {
		return 0, io.EOF
	}
	time.Sleep(10 * time.Millisecond)
	n := copy(p, b.parts[0])
	b.parts = b.parts[1:]
	return n, nil
}
func (b *slowBody) Close() error { return nil }

type slowUpstream struct{}

func (slowUpstream) RoundTrip(req *http.Request) (*http.Response, error) {
	return &http.Response{StatusCode: 200, Header: http.Header{"X-Up": {"1"}},
		Body: &slowBody{parts: []string{"up", "stream", "ed"}}, Request: req}, nil
}

func TestFetchResponsesStreamIn(t *testing.T) {
	// The RoundTripper's response body reaches the script read by read.
	rt := newRuntime(t, Config{Transport: slowUpstream{}})
	src := `export default {
  async fetch() {
    const r = await fetch("http://upstream/");
    const parts = [];
    for await (const chunk of r.body) parts.push(new TextDecoder().decode(chunk));
    return new Response(r.headers.get("x-up") + ":" + parts.join("|"));
  },
};`
	if err := rt.AddScript("proxy", src, ScriptOptions{}); err != nil {
		t.Fatal(err)
	}
	resp, err := rt.Eval(context.Background(), "proxy", get("http://x/"))
	if err != nil {
		t.Fatal(err)
	}
	if string(resp.Body) != "1:up|stream|ed" {
		t.Fatalf("body %q", resp.Body)
	}
}

func TestFetchRequestBodiesStreamOut(t *testing.T) {
	// A script's stream body goes through the RoundTripper as it is made:
	// the upstream server reads it chunked and echoes it.
	upstream := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(r.Body)
		if err != nil {
			http.Error(w, err.Error(), 500)
			return
		}
		w.Write([]byte(r.Method + " " + strings.Join(r.TransferEncoding, ",") + " " + string(body)))
	}))
	defer upstream.Close()
	rt := newRuntime(t, Config{Transport: http.DefaultTransport})
	src := `export default {
  async fetch(request, env) {
    let n = 0;
    const body = new ReadableStream({
      async pull(c) {
        await new Promise((r) => setTimeout(r, 5));
        if (n++ === 3) return c.close();
        c.enqueue(new TextEncoder().encode("part" + n + ";"));
      },
    }, { highWaterMark: 0 });
    const r = await fetch(env.UPSTREAM + "/up", { method: "POST", body });
    return new Response(await r.text());
  },
};`
	if err := rt.AddScript("up", src, ScriptOptions{Env: map[string]string{"UPSTREAM": upstream.URL}}); err != nil {
		t.Fatal(err)
	}
	resp, err := rt.Eval(context.Background(), "up", get("http://x/"))
	if err != nil {
		t.Fatal(err)
	}
	if want := "POST chunked part1;part2;part3;"; string(resp.Body) != want {
		t.Fatalf("body %q, want %q", resp.Body, want)
	}
}
