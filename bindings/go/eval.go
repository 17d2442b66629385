package nano

/*
#include "calls.h"
*/
import "C"

import (
	"context"
	"net/http"
	"runtime"
	"unsafe"
)

// Eval runs script's fetch handler on req in a fresh context. A body (of
// any method but GET and HEAD) streams to the script as it is read from
// req.Body; Eval returns once that reading has stopped. When ctx ends
// first, the evaluation is stopped and the error matches both ErrTerminated
// and ctx.Err().
func (r *Runtime) Eval(ctx context.Context, script string, req *http.Request) (*Response, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	r.mu.RLock()
	defer r.mu.RUnlock()
	if r.ptr == nil {
		return nil, ErrClosed
	}
	creq, err := newCRequest(req)
	if err != nil {
		return nil, err
	}
	defer creq.free()
	cname := C.CString(script)
	defer C.free(unsafe.Pointer(cname))

	var w *C.nano_lease
	var msg *C.char
	if err := check(C.go_nano_lease_new(r.ptr, cname, &w, &msg), msg); err != nil {
		return nil, err
	}
	defer C.nano_lease_free(w)
	if streamsBody(req) {
		wait, err := feedBody(w, req.Body)
		if err != nil {
			return nil, err
		}
		defer wait()
	}

	done := make(chan struct{})
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		select {
		case <-ctx.Done():
			C.nano_lease_cancel(w)
		case <-done:
		}
	}()
	var resp *C.nano_response
	rc := C.go_nano_lease_eval(w, &creq.req, &resp, &msg)
	close(done)
	<-stopped
	runtime.KeepAlive(r)
	if err := check(rc, msg); err != nil {
		if rc == C.NANO_ERR_TERMINATED {
			err.(*Error).cause = ctx.Err()
		}
		return nil, err
	}
	defer C.nano_response_free(resp)
	return readResponse(resp), nil
}
