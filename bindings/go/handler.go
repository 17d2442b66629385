package nano

import (
	"context"
	"errors"
	"log"
	"net/http"
)

// Handler serves script over net/http: each request evaluated in a fresh
// context, its body streamed to the script as it is read. The status and
// headers go out as soon as the script returns its Response; a body that is
// a stream follows chunk by chunk, each flushed (http.Flusher) and the next
// read only once the client took it. Script errors answer 500, an exhausted
// pool or a stopped evaluation 503; the detail goes to Config.ErrorLog (the
// log package's standard logger when nil), not the client, except when the
// client went away first. A body that breaks off after its head aborts the
// response (http.ErrAbortHandler: the client sees it cut short), and is
// logged too.
func (r *Runtime) Handler(script string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		err := r.serveStreamed(req.Context(), script, w, req)
		if err != nil {
			status := HTTPStatus(err)
			if !errors.Is(err, context.Canceled) {
				r.logf("nano: %s %s (script %q): %d: %v", req.Method, req.URL, script, status, err)
			}
			http.Error(w, http.StatusText(status), status)
		}
	})
}

// logf writes to Config.ErrorLog, or the standard logger.
func (r *Runtime) logf(format string, args ...any) {
	if r.errorLog != nil {
		r.errorLog.Printf(format, args...)
	} else {
		log.Printf(format, args...)
	}
}
