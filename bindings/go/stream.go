package nano

/*
#include "calls.h"

extern void goNanoHead(void *user_data, nano_result result, nano_response *response, _Bool body_follows, char *error);
extern void goNanoPart(void *user_data, nano_body_part *part, char *error);

static inline nano_result go_nano_eval_request_streamed(nano_lease *lease, const nano_request *request,
                                                      void *user_data, char **err) {
  return go_nano_status(nano_eval_request_streamed(lease, request, (nano_head_callback)goNanoHead,
                                                 (nano_part_callback)goNanoPart, user_data), err);
}
*/
import "C"

import (
	"context"
	"net/http"
	"runtime"
	"runtime/cgo"
	"unsafe"
)

// streamEvent is what nano's callbacks hand the serving goroutine: the head
// (once), then each part of a streamed body.
type streamEvent struct {
	head    *Response
	follows bool
	chunk   []byte
	last    bool // the body's end, or (err set) its failure
	err     error
}

func eventsOf(userData unsafe.Pointer) chan<- streamEvent {
	return cgo.Handle(*(*C.uintptr_t)(userData)).Value().(chan streamEvent)
}

//export goNanoHead
func goNanoHead(userData unsafe.Pointer, result C.nano_result, resp *C.nano_response, follows C._Bool, message *C.char) {
	ev := streamEvent{follows: bool(follows)}
	if result == C.NANO_OK {
		ev.head = readResponse(resp)
		C.nano_response_free(resp)
	} else {
		ev.err = &Error{Code: Code(result), Message: C.GoString(message)}
	}
	eventsOf(userData) <- ev
}

//export goNanoPart
func goNanoPart(userData unsafe.Pointer, part *C.nano_body_part, message *C.char) {
	var ev streamEvent
	switch part.kind {
	case C.NANO_BODY_CHUNK:
		ev.chunk = C.GoBytes(unsafe.Pointer(part.data), C.int(part.len))
	case C.NANO_BODY_END:
		ev.last = true
	default:
		ev.last = true
		ev.err = &Error{Code: Code(part.error), Message: C.GoString(message)}
	}
	eventsOf(userData) <- ev
}

// serveStreamed runs script on req for w: the status and headers are
// written as soon as the script returns its Response, then each chunk of a
// stream body as the script makes it, flushed (w's http.Flusher), the next
// asked for only once w took the last one, so a slow client holds the
// script back. An error before the head comes back for the caller to
// answer; one after it (the body broke off, the client went away) aborts
// the response.
func (r *Runtime) serveStreamed(ctx context.Context, script string, w http.ResponseWriter, req *http.Request) error {
	l, err := r.lease(script, req)
	if err != nil {
		return err
	}
	defer l.release()
	lease := l.lease

	// Room for every event without blocking nano's thread: the head, one
	// chunk (the next comes only when asked), and a last part.
	events := make(chan streamEvent, 4)
	h := cgo.NewHandle(events)
	defer h.Delete()
	slot := (*C.uintptr_t)(C.malloc(C.size_t(unsafe.Sizeof(C.uintptr_t(0)))))
	defer C.free(unsafe.Pointer(slot))
	*slot = C.uintptr_t(h)
	var msg *C.char
	if err := check(C.go_nano_eval_request_streamed(lease, &l.creq.req, unsafe.Pointer(slot), &msg), msg); err != nil {
		return err
	}
	defer runtime.KeepAlive(r)

	var head streamEvent
	select {
	case head = <-events:
	case <-ctx.Done():
		C.nano_eval_cancel(lease)
		head = <-events
	}
	if head.err != nil {
		if e, ok := head.err.(*Error); ok && (e.Code == CodeTerminated || e.Code == CodeShutdown) {
			e.cause = r.stopCause(ctx)
		}
		return head.err
	}
	hdr := w.Header()
	for _, kv := range head.head.Headers {
		hdr.Add(kv[0], kv[1])
	}
	w.WriteHeader(head.head.Status)
	if !head.follows {
		_, _ = w.Write(head.head.Body)
		return nil
	}
	flusher, _ := w.(http.Flusher)
	stopped := false
	stop := func() {
		if !stopped {
			stopped = true
			C.nano_eval_body_ask(lease, false)
		}
	}
	var broken error
	done := ctx.Done()
	for {
		var ev streamEvent
		select {
		case ev = <-events:
		case <-done:
			stop() // the client went away: the script's stream is cancelled
			done = nil
			continue
		}
		if ev.last {
			if ev.err != nil && !stopped {
				broken = ev.err
			}
			break
		}
		if !stopped {
			if _, err := w.Write(ev.chunk); err != nil {
				stop()
				continue
			}
			if flusher != nil {
				flusher.Flush()
			}
			C.nano_eval_body_ask(lease, true)
		}
	}
	// The lease is free once its last part came (nano_pool_release refuses
	// it before); a body cut short must not pass for a whole one.
	if broken != nil || stopped {
		if broken != nil {
			r.logf("nano: %s %s (script %q): the response body broke off: %v", req.Method, req.URL, script, broken)
		}
		panic(http.ErrAbortHandler)
	}
	return nil
}
