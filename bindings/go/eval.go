package nano

/*
#include "calls.h"
*/
import "C"

import (
	"context"
	"net/http"
	"runtime"
)

// Eval runs script's fetch handler on req on one of libnano's threads,
// isolated as the script's mode says. A body (of
// any method but GET and HEAD) streams to the script as it is read from
// req.Body; Eval returns once that reading has stopped. When ctx ends
// first, the evaluation is stopped and the error matches both ErrTerminated
// and ctx.Err(); when Close stops it, the error matches ErrClosed.
func (r *Runtime) Eval(ctx context.Context, script string, req *http.Request) (*Response, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	l, err := r.lease(script, req)
	if err != nil {
		return nil, err
	}
	defer l.release()
	w := l.lease

	done := make(chan struct{})
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		select {
		case <-ctx.Done():
			C.nano_eval_cancel(w)
		case <-done:
		}
	}()
	var resp *C.nano_response
	var msg *C.char
	rc := C.go_nano_eval_request(w, &l.creq.req, &resp, &msg)
	close(done)
	<-stopped
	runtime.KeepAlive(r)
	if err := check(rc, msg); err != nil {
		if rc == C.NANO_ERR_TERMINATED || rc == C.NANO_ERR_SHUTDOWN {
			err.(*Error).cause = r.stopCause(ctx)
		}
		return nil, err
	}
	defer C.nano_response_free(resp)
	return readResponse(resp), nil
}

// leased is a request ready to run: its C copy, the isolate leased for
// it (tracked by the runtime, so that Close can stop its evaluation), and
// (a body that streams) the goroutine feeding the body.
type leased struct {
	rt    *Runtime
	creq  *cRequest
	lease *C.nano_lease
	wait  func()
}

// lease takes an isolate for script and readies req on it, its body
// feeding when it streams. The caller calls release once the evaluation is
// over; the runtime may be closed meanwhile (the lease outlives it).
func (r *Runtime) lease(script string, req *http.Request) (*leased, error) {
	creq, err := newCRequest(req)
	if err != nil {
		return nil, err
	}
	w, err := r.acquire(script)
	if err != nil {
		creq.free()
		return nil, err
	}
	l := &leased{rt: r, creq: creq, lease: w, wait: func() {}}
	if streamsBody(req) {
		wait, err := feedBody(w, req.Body)
		if err != nil {
			l.release()
			return nil, err
		}
		l.wait = wait
	}
	return l, nil
}

// release waits until the body feeding stops, then gives the isolate back
// and frees the C request.
func (l *leased) release() {
	l.wait()
	l.rt.giveBack(l.lease)
	l.creq.free()
}
