package nano

import (
	"errors"
	"net/http"
)

// Handler serves script over net/http: each request evaluated in a fresh
// context. Script errors answer 500, an exhausted pool or a stopped
// evaluation 503; the detail goes to the error log, not the client.
func (r *Runtime) Handler(script string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		resp, err := r.Eval(req.Context(), script, req)
		if err != nil {
			status := http.StatusInternalServerError
			if errors.Is(err, ErrPoolExhausted) || errors.Is(err, ErrTerminated) ||
				errors.Is(err, ErrCPULimit) || errors.Is(err, ErrWallTimeLimit) {
				status = http.StatusServiceUnavailable
			}
			http.Error(w, http.StatusText(status), status)
			return
		}
		h := w.Header()
		for _, kv := range resp.Headers {
			h.Add(kv[0], kv[1])
		}
		w.WriteHeader(resp.Status)
		_, _ = w.Write(resp.Body)
	})
}
