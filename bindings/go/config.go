package nano

/*
#include "calls.h"
*/
import "C"

import (
	"log"
	"math"
	"net/http"
	"time"
)

// Level is the severity of a console line.
type Level int

const (
	LevelDebug Level = 0
	LevelInfo  Level = 1
	LevelWarn  Level = 2
	LevelError Level = 3
)

// Config configures a Runtime. Zero values take libnano's defaults; for the
// limits that can be lifted, a negative value means no limit.
type Config struct {
	MaxIsolates      int
	MaxIdlePerScript int
	MinIdlePerScript int
	IdleTimeout      time.Duration
	// AcquireTimeout: how long an evaluation waits for an isolate when
	// every one is busy (default 1s; negative: fail at once with
	// ErrPoolExhausted).
	AcquireTimeout time.Duration
	WallTimeLimit  time.Duration
	// CPUTimeLimit: most CPU time per request (default 50ms; negative: no
	// limit). Over it, Eval fails with ErrCPULimit.
	CPUTimeLimit time.Duration
	// HeapLimitMB: each isolate's heap limit, in MiB (default 128, at
	// least 8). A request that reaches it fails with ErrMemoryLimit and its
	// isolate is replaced; the process is unharmed.
	HeapLimitMB int

	// Size limits, checked before a request is read (one over a limit is
	// refused with ErrInvalidArgument; a response over one fails its
	// request with ErrScriptError). 0: the default; negative: no limit.
	//
	// MaxURLBytes: the request URL (default 16 KiB).
	MaxURLBytes int
	// MaxHeaderCount: headers on a request or a response (default 256).
	MaxHeaderCount int
	// MaxHeaderBytes: bytes of header names and values, per request or
	// response (default 128 KiB).
	MaxHeaderBytes int
	// MaxBodyBytes: a request or response body, streamed bytes included
	// (default 100 MiB).
	MaxBodyBytes int64
	// MaxSubrequests: fetch() calls per request (default 50); the one over
	// it rejects in the script.
	MaxSubrequests int

	// Log receives console output (called from libnano's threads); stderr
	// when nil.
	Log func(level Level, message string)
	// Transport answers the scripts' fetch(); without one, fetch() rejects.
	Transport http.RoundTripper
	// ErrorLog receives what a Handler does not tell its client: why a
	// request got no response (script errors with their stack, an
	// exhausted pool, a limit, a stop) and why a streamed body broke off.
	// When nil, the log package's standard logger is used.
	ErrorLog *log.Logger
}

// millis is d in milliseconds for a uint32 field: def when d is 0 or less,
// at least 1 (a sub-millisecond limit is not "none"), at most the field's
// maximum.
func millis(d time.Duration, def C.uint32_t) C.uint32_t {
	if d <= 0 {
		return def
	}
	ms := (d + time.Millisecond - 1) / time.Millisecond
	if ms > math.MaxUint32 {
		return math.MaxUint32
	}
	return C.uint32_t(ms)
}

// limit is a size limit's C value: def for 0, 0 (no limit) for negative.
func limit(v int64, def C.size_t) C.size_t {
	switch {
	case v == 0:
		return def
	case v < 0:
		return 0
	}
	return C.size_t(v)
}

// cConfig is cfg as a nano_config, callbacks aside.
func (cfg *Config) cConfig() (C.nano_config, error) {
	var c C.nano_config
	var msg *C.char
	if err := check(C.go_nano_config_init(&c, &msg), msg); err != nil {
		return c, err
	}
	if cfg.MaxIsolates > 0 {
		c.max_isolates = C.uint32_t(cfg.MaxIsolates)
	}
	if cfg.MaxIdlePerScript > 0 {
		c.max_idle_per_script = C.uint32_t(cfg.MaxIdlePerScript)
	}
	if cfg.MinIdlePerScript > 0 {
		c.min_idle_per_script = C.uint32_t(cfg.MinIdlePerScript)
	}
	c.idle_timeout_ms = millis(cfg.IdleTimeout, c.idle_timeout_ms)
	if cfg.AcquireTimeout < 0 {
		c.acquire_timeout_ms = 0
	} else {
		c.acquire_timeout_ms = millis(cfg.AcquireTimeout, c.acquire_timeout_ms)
	}
	c.wall_time_limit_ms = millis(cfg.WallTimeLimit, c.wall_time_limit_ms)
	if cfg.CPUTimeLimit < 0 {
		c.cpu_time_limit_ms = 0
	} else {
		c.cpu_time_limit_ms = millis(cfg.CPUTimeLimit, c.cpu_time_limit_ms)
	}
	if cfg.HeapLimitMB > 0 {
		if int64(cfg.HeapLimitMB) > math.MaxUint32 {
			c.heap_limit_mb = math.MaxUint32
		} else {
			c.heap_limit_mb = C.uint32_t(cfg.HeapLimitMB)
		}
	}
	c.max_url_bytes = limit(int64(cfg.MaxURLBytes), c.max_url_bytes)
	c.max_header_count = limit(int64(cfg.MaxHeaderCount), c.max_header_count)
	c.max_header_bytes = limit(int64(cfg.MaxHeaderBytes), c.max_header_bytes)
	c.max_body_bytes = limit(cfg.MaxBodyBytes, c.max_body_bytes)
	c.max_subrequests = limit(int64(cfg.MaxSubrequests), c.max_subrequests)
	return c, nil
}
