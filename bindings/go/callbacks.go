package nano

/*
#include <stdlib.h>
#include "calls.h"
*/
import "C"

import (
	"bytes"
	"io"
	"net/http"
	"runtime/cgo"
	"sync"
	"unsafe"
)

func callbacksOf(userData unsafe.Pointer) *callbacks {
	h := cgo.Handle(*(*C.uintptr_t)(userData))
	return h.Value().(*callbacks)
}

//export goNanoLog
func goNanoLog(userData unsafe.Pointer, level C.nano_log_level, message *C.char, length C.size_t) {
	callbacksOf(userData).log(Level(level), C.GoStringN(message, C.int(length)))
}

//export goNanoFetch
func goNanoFetch(userData unsafe.Pointer, req *C.nano_request, reply *C.nano_fetch_reply) {
	cb := callbacksOf(userData)
	// The request is valid only during this call: copy it, then answer from
	// a goroutine so libnano's thread is not held.
	method := C.GoStringN(req.method, C.int(req.method_len))
	url := C.GoStringN(req.url, C.int(req.url_len))
	var body []byte
	if req.body != nil {
		body = C.GoBytes(unsafe.Pointer(req.body), C.int(req.body_len))
	}
	// A body that streams out of the script: read as the transport sends it.
	var streamed *C.nano_body_reader
	C.nano_fetch_reply_take_body(reply, &streamed)
	header := http.Header{}
	if req.headers_len > 0 {
		for _, h := range unsafe.Slice(req.headers, int(req.headers_len)) {
			header.Add(C.GoStringN((*C.char)(unsafe.Pointer(h.name)), C.int(h.name_len)),
				C.GoStringN((*C.char)(unsafe.Pointer(h.value)), C.int(h.value_len)))
		}
	}
	go func() {
		var reader io.Reader
		if body != nil {
			reader = bytes.NewReader(body)
		} else if streamed != nil {
			up := &uploadBody{reader: streamed}
			defer up.Close()
			reader = up
		}
		out, err := http.NewRequest(method, url, reader)
		if err != nil {
			fail(reply, err.Error())
			return
		}
		out.Header = header
		resp, err := cb.transport.RoundTrip(out)
		if err != nil {
			fail(reply, err.Error())
			return
		}
		defer resp.Body.Close()
		// The script gets the head now and the body as it arrives.
		writer := respondStreamed(reply, resp)
		if writer != nil {
			copyToWriter(writer, resp.Body)
		}
	}()
}

func fail(reply *C.nano_fetch_reply, message string) {
	m := C.CString(message)
	defer C.free(unsafe.Pointer(m))
	C.nano_fetch_reply_fail(reply, m)
}

// respondStreamed answers reply with resp's status and headers and a body
// that streams in: the writer to copy it to (nil when nano refused the
// answer).
func respondStreamed(reply *C.nano_fetch_reply, resp *http.Response) *C.nano_body_writer {
	n := 0
	for _, vs := range resp.Header {
		n += len(vs)
	}
	var headers *C.nano_header
	var alloc []unsafe.Pointer
	defer func() {
		for _, p := range alloc {
			C.free(p)
		}
	}()
	if n > 0 {
		p := C.malloc(C.size_t(n) * C.size_t(unsafe.Sizeof(C.nano_header{})))
		alloc = append(alloc, p)
		headers = (*C.nano_header)(p)
		list := unsafe.Slice(headers, n)
		i := 0
		for k, vs := range resp.Header {
			for _, v := range vs {
				kp, vp := C.CBytes([]byte(k)), C.CBytes([]byte(v))
				alloc = append(alloc, kp, vp)
				list[i] = C.nano_header{name: (*C.uint8_t)(kp), name_len: C.size_t(len(k)), value: (*C.uint8_t)(vp), value_len: C.size_t(len(v))}
				i++
			}
		}
	}
	var writer *C.nano_body_writer
	if C.nano_fetch_reply_respond_streamed(reply, C.uint16_t(resp.StatusCode), headers, C.size_t(n), &writer) != C.NANO_OK {
		// Refused (a header nano does not take): the reply is still open.
		fail(reply, "the upstream response has a header nano cannot pass on")
		return nil
	}
	return writer
}

// uploadBody reads a fetch() request body that streams out of the script,
// read by read (each read waits for the script's next chunk). The transport
// may close it while a read waits: the reader is freed once no read uses it.
type uploadBody struct {
	mu      sync.Mutex
	reader  *C.nano_body_reader
	reading bool
	closed  bool
	done    bool
}

func (u *uploadBody) Read(p []byte) (int, error) {
	u.mu.Lock()
	if u.done || u.closed || len(p) == 0 {
		u.mu.Unlock()
		if len(p) == 0 && !u.done {
			return 0, nil
		}
		return 0, io.EOF
	}
	u.reading = true
	reader := u.reader
	u.mu.Unlock()

	var n C.size_t
	var end C.bool
	var msg *C.char
	err := check(C.go_nano_body_reader_read(reader, (*C.uint8_t)(unsafe.Pointer(&p[0])), C.size_t(len(p)), &n, &end, &msg), msg)

	u.mu.Lock()
	defer u.mu.Unlock()
	u.reading = false
	if err != nil || bool(end) {
		u.done = true
	}
	if u.closed {
		u.free()
	}
	if err != nil {
		return 0, err
	}
	if end {
		return 0, io.EOF
	}
	return int(n), nil
}

// Close frees the reader, now or when the read under way returns (the
// script's stream is read no more).
func (u *uploadBody) Close() error {
	u.mu.Lock()
	defer u.mu.Unlock()
	u.closed = true
	if !u.reading {
		u.free()
	}
	return nil
}

func (u *uploadBody) free() {
	if u.reader != nil {
		C.nano_body_reader_free(u.reader)
		u.reader = nil
	}
}
