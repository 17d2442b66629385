package nano

/*
#include "calls.h"
*/
import "C"

import (
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

// Config configures a Runtime. Zero values take libnano's defaults.
type Config struct {
	MaxIsolates      int
	MaxIdlePerScript int
	MinIdlePerScript int
	IdleTimeout      time.Duration
	AcquireTimeout   time.Duration
	WallTimeLimit    time.Duration
	// CPUTimeLimit: most CPU time per request (default 50ms; negative: no
	// limit). Over it, Eval fails with ErrCPULimit.
	CPUTimeLimit time.Duration
	// Log receives console output (called from libnano's threads); stderr
	// when nil.
	Log func(level Level, message string)
	// Transport answers the scripts' fetch(); without one, fetch() rejects.
	Transport http.RoundTripper
}

func millis(d time.Duration, def C.uint32_t) C.uint32_t {
	if d <= 0 {
		return def
	}
	return C.uint32_t(d / time.Millisecond)
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
	c.acquire_timeout_ms = millis(cfg.AcquireTimeout, c.acquire_timeout_ms)
	c.wall_time_limit_ms = millis(cfg.WallTimeLimit, c.wall_time_limit_ms)
	if cfg.CPUTimeLimit < 0 {
		c.cpu_time_limit_ms = 0
	} else {
		c.cpu_time_limit_ms = millis(cfg.CPUTimeLimit, c.cpu_time_limit_ms)
	}
	return c, nil
}
