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

// newCRequest converts an http.Request: the full URL as the client asked
// for it, every header (names sorted, values in order), the body read whole.
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
	if req.Body != nil && req.Body != http.NoBody {
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
