package nano

/*
#include "calls.h"
*/
import "C"

import (
	"io"
	"net/http"
	"sort"
	"unsafe"
)

// cRequest holds a request in C memory for one call.
type cRequest struct {
	req   C.nano_request
	alloc []unsafe.Pointer
}

func (c *cRequest) bytes(b []byte) *C.uint8_t {
	if b == nil {
		return nil
	}
	p := C.CBytes(b)
	c.alloc = append(c.alloc, p)
	return (*C.uint8_t)(p)
}

func (c *cRequest) free() {
	for _, p := range c.alloc {
		C.free(p)
	}
}

// streamsBody says whether req's body goes to the script as it is read
// (feedBody) rather than whole: any body but that of a GET or HEAD.
func streamsBody(req *http.Request) bool {
	return req.Body != nil && req.Body != http.NoBody &&
		req.Method != http.MethodGet && req.Method != http.MethodHead && req.Method != ""
}

// newCRequest converts an http.Request: the full URL as the client asked
// for it, every header (names sorted, values in order), and the body read
// whole unless it streams (streamsBody).
func newCRequest(req *http.Request) (*cRequest, error) {
	c := &cRequest{}
	url := *req.URL
	if url.Scheme == "" {
		url.Scheme = "http"
		if req.TLS != nil {
			url.Scheme = "https"
		}
	}
	if url.Host == "" {
		url.Host = req.Host
	}
	method := req.Method
	if method == "" {
		method = http.MethodGet
	}
	names := make([]string, 0, len(req.Header))
	for k := range req.Header {
		names = append(names, k)
	}
	sort.Strings(names)
	n := 0
	for _, k := range names {
		n += len(req.Header[k])
	}
	if req.Host != "" && req.Header.Get("Host") == "" {
		n++
	}
	if n > 0 {
		p := C.malloc(C.size_t(n) * C.size_t(unsafe.Sizeof(C.nano_header{})))
		c.alloc = append(c.alloc, p)
		list := unsafe.Slice((*C.nano_header)(p), n)
		i := 0
		add := func(k, v string) {
			list[i].name = c.bytes([]byte(k))
			list[i].name_len = C.size_t(len(k))
			list[i].value = c.bytes([]byte(v))
			list[i].value_len = C.size_t(len(v))
			i++
		}
		if req.Host != "" && req.Header.Get("Host") == "" {
			add("host", req.Host)
		}
		for _, k := range names {
			for _, v := range req.Header[k] {
				add(k, v)
			}
		}
		c.req.headers = (*C.nano_header)(p)
		c.req.headers_len = C.size_t(n)
	}
	full := url.String()
	c.req.method = (*C.char)(unsafe.Pointer(c.bytes([]byte(method))))
	c.req.method_len = C.size_t(len(method))
	c.req.url = (*C.char)(unsafe.Pointer(c.bytes([]byte(full))))
	c.req.url_len = C.size_t(len(full))
	if req.Body != nil && req.Body != http.NoBody && !streamsBody(req) {
		body, err := io.ReadAll(req.Body)
		if err != nil {
			c.free()
			return nil, err
		}
		if len(body) > 0 || (method != http.MethodGet && method != http.MethodHead) {
			if len(body) == 0 {
				body = []byte{}
			}
			c.req.body = c.bytes(append(body, 0)[:len(body)])
			c.req.body_len = C.size_t(len(body))
		}
	}
	return c, nil
}

// bodyChunk is how much of a streamed body one write carries at most.
const bodyChunk = 64 << 10

// feedBody makes the next request on lease take its body from body as it is
// read, by a goroutine: each Read's bytes are written to nano (which wakes
// the script), then the end, or the read's error (the script's read fails
// with it). It stops early when nano takes no more (the request ended, or
// the body went over its limit). The returned wait blocks until that
// goroutine is done with body: net/http forbids reading a request's body
// after its handler returns.
func feedBody(lease *C.nano_lease, body io.Reader) (wait func(), err error) {
	var writer *C.nano_body_writer
	var msg *C.char
	if err := check(C.go_nano_eval_stream_body(lease, &writer, &msg), msg); err != nil {
		return nil, err
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		copyToWriter(writer, body)
	}()
	return func() { <-done }, nil
}

// copyToWriter writes what body yields to a nano body writer, read by read,
// then completes it: ended at EOF, failed with a read's error, or (nano
// takes no more) failed and left. The writer is freed either way.
func copyToWriter(writer *C.nano_body_writer, body io.Reader) {
	buf := make([]byte, bodyChunk)
	for {
		n, err := body.Read(buf)
		if n > 0 && C.nano_body_writer_write(writer, (*C.uint8_t)(unsafe.Pointer(&buf[0])), C.size_t(n)) != C.NANO_OK {
			C.nano_body_writer_fail(writer, nil, 0)
			return
		}
		if err == io.EOF {
			C.nano_body_writer_end(writer)
			return
		}
		if err != nil {
			m := []byte(err.Error())
			C.nano_body_writer_fail(writer, (*C.char)(unsafe.Pointer(&m[0])), C.size_t(len(m)))
			return
		}
	}
}
