/* The nano calls the Go binding makes, each with its error message copied
 * in the same C call. nano_last_error() is per OS thread, and a goroutine
 * may move to another thread between two cgo calls: reading it in a second
 * call could return another call's message, or none. Each wrapper returns
 * the status and, on failure, a malloc'd copy of the message in *err (NULL
 * on success), which the Go side frees. */
#ifndef NANO_GO_CALLS_H
#define NANO_GO_CALLS_H

#include <stdlib.h>
#include <string.h>

#include "nano.h"

static inline nano_result go_nano_status(nano_result rc, char **err) {
  *err = rc == NANO_OK ? NULL : strdup(nano_last_error());
  return rc;
}

static inline nano_result go_nano_config_init(nano_config *config, char **err) {
  return go_nano_status(nano_config_init(config), err);
}

static inline nano_result go_nano_script_options_init(nano_script_options *options, char **err) {
  return go_nano_status(nano_script_options_init(options), err);
}

static inline nano_result go_nano_runtime_new(const nano_config *config, nano_runtime **out, char **err) {
  return go_nano_status(nano_runtime_new(config, out), err);
}

static inline nano_result go_nano_runtime_free(nano_runtime *runtime, char **err) {
  return go_nano_status(nano_runtime_free(runtime), err);
}

static inline nano_result go_nano_runtime_add_script(const nano_runtime *runtime, const char *name,
                                                     const char *source, size_t source_len,
                                                     const nano_script_options *options, char **err) {
  return go_nano_status(nano_runtime_add_script(runtime, name, source, source_len, options), err);
}

static inline nano_result go_nano_runtime_add_modules(const nano_runtime *runtime, const char *name,
                                                      const nano_module *modules, size_t modules_len,
                                                      const nano_script_options *options, char **err) {
  return go_nano_status(nano_runtime_add_modules(runtime, name, modules, modules_len, options), err);
}

static inline nano_result go_nano_runtime_add_script_file(const nano_runtime *runtime, const char *name,
                                                          const char *path, const nano_script_options *options,
                                                          char **err) {
  return go_nano_status(nano_runtime_add_script_file(runtime, name, path, options), err);
}

static inline nano_result go_nano_runtime_remove_script(const nano_runtime *runtime, const char *name, char **err) {
  return go_nano_status(nano_runtime_remove_script(runtime, name), err);
}

static inline nano_result go_nano_runtime_stats(const nano_runtime *runtime, nano_pool_stats *out, char **err) {
  return go_nano_status(nano_runtime_stats(runtime, out), err);
}

static inline nano_result go_nano_runtime_script_stats(const nano_runtime *runtime, const char *script, size_t *idle,
                                                       size_t *busy, char **err) {
  return go_nano_status(nano_runtime_script_stats(runtime, script, idle, busy), err);
}

static inline nano_result go_nano_pool_acquire(const nano_runtime *runtime, const char *script, nano_lease **out,
                                            char **err) {
  return go_nano_status(nano_pool_acquire(runtime, script, out), err);
}

static inline nano_result go_nano_eval_request(nano_lease *lease, const nano_request *request,
                                             nano_response **out, char **err) {
  return go_nano_status(nano_eval_request(lease, request, out), err);
}

static inline nano_result go_nano_eval_stream_body(nano_lease *lease, nano_body_writer **out, char **err) {
  return go_nano_status(nano_eval_stream_body(lease, out), err);
}

static inline nano_result go_nano_body_reader_read(nano_body_reader *reader, uint8_t *buf, size_t cap, size_t *len,
                                                   bool *end, char **err) {
  return go_nano_status(nano_body_reader_read(reader, buf, cap, len, end), err);
}

#endif
