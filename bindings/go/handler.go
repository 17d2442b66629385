package nano

import (
	"errors"
	"net/http"
)

// Handler serves script over net/http: each request evaluated in a fresh
// context, its body streamed to the script as it is read. The status and
// headers go out as soon as the script returns its Response; a body that is
// a stream follows chunk by chunk, each flushed (http.Flusher) and the next
// read only once the client took it. Script errors answer 500, an exhausted
// pool or a stopped evaluation 503; the detail goes to the error log, not
// the client. A body that breaks off after its head aborts the response
// (http.ErrAbortHandler: the client sees it cut short).
func (r *Runtime) Handler(script string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		err := r.serveStreamed(req.Context(), script, w, req)
		if err != nil {
			status := http.StatusInternalServerError
			if errors.Is(err, ErrPoolExhausted) || errors.Is(err, ErrTerminated) ||
				errors.Is(err, ErrCPULimit) || errors.Is(err, ErrWallTimeLimit) {
				status = http.StatusServiceUnavailable
			}
			http.Error(w, http.StatusText(status), status)
		}
	})
}
