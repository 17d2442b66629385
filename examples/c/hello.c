/*
 * hello.c: run a Workers script on one request through libnano's C API.
 *
 *   cc hello.c $(pkg-config --cflags --libs nano) -o hello
 *   ./hello examples/workers/hello.js GET http://localhost/
 *
 * Prints the status line, the headers and the body; the time from
 * nano_runtime_new to the first response goes to stderr.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "nano.h"

static char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  size_t cap = 4096, n = 0;
  char *buf = malloc(cap);
  size_t got;
  while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
    n += got;
    if (n == cap) {
      char *bigger = realloc(buf, cap * 2);
      if (!bigger) {
        free(buf);
        fclose(f);
        return NULL;
      }
      buf = bigger;
      cap *= 2;
    }
  }
  fclose(f);
  *len = n;
  return buf;
}

static double now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int fail(const char *what, nano_result r) {
  fprintf(stderr, "%s failed: %s\n%s\n", what, nano_result_message(r), nano_last_error());
  return 1;
}

int main(int argc, char **argv) {
  const char *path = argc > 1 ? argv[1] : "examples/workers/hello.js";
  const char *method = argc > 2 ? argv[2] : "GET";
  const char *url = argc > 3 ? argv[3] : "http://localhost/";

  size_t source_len;
  char *source = read_file(path, &source_len);
  if (!source) {
    fprintf(stderr, "cannot read %s\n", path);
    return 1;
  }

  double start = now_ms();
  nano_runtime *rt = NULL;
  nano_result r = nano_runtime_new(NULL, &rt);
  if (r != NANO_OK) return fail("nano_runtime_new", r);

  r = nano_runtime_add_script(rt, "hello", source, source_len, NULL);
  free(source);
  if (r != NANO_OK) return fail("nano_runtime_add_script", r);

  nano_lease *worker = NULL;
  r = nano_pool_acquire(rt, "hello", &worker);
  if (r != NANO_OK) return fail("nano_pool_acquire", r);

  nano_header headers[] = {
      {(const uint8_t *)"accept", 6, (const uint8_t *)"*/*", 3},
  };
  nano_request request = {
      .method = method,
      .method_len = strlen(method),
      .url = url,
      .url_len = strlen(url),
      .headers = headers,
      .headers_len = 1,
      .body = NULL,
      .body_len = 0,
  };
  nano_response *response = NULL;
  r = nano_eval_request(worker, &request, &response);
  double elapsed = now_ms() - start;
  if (r != NANO_OK) return fail("nano_eval_request", r);

  uint16_t status = 0;
  size_t count = 0;
  nano_response_status(response, &status);
  nano_response_header_count(response, &count);
  printf("%u\n", status);
  for (size_t i = 0; i < count; i++) {
    const uint8_t *name, *value;
    size_t name_len, value_len;
    nano_response_header(response, i, &name, &name_len, &value, &value_len);
    printf("%.*s: %.*s\n", (int)name_len, (const char *)name, (int)value_len, (const char *)value);
  }
  const uint8_t *body;
  size_t body_len;
  nano_response_body(response, &body, &body_len);
  printf("\n%.*s", (int)body_len, (const char *)body);
  fprintf(stderr, "time from nano_runtime_new to first response: %.3f ms\n", elapsed);

  nano_response_free(response);
  nano_pool_release(worker);
  r = nano_runtime_free(rt);
  if (r != NANO_OK) return fail("nano_runtime_free", r);
  return 0;
}
