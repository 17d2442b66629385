/*
 * Runs one Web API test file (tests/js/api/NAME.js) through the C API, in an
 * isolate loaded from the snapshot, and checks its verdict.
 *
 *   js_suite [--no-fetch] [--expect-log FILE] [--raw] [--cpu-limit-ms N] [--allow-shared-memory] [--strict] harness.js test.js
 *
 * --raw prints the response body as it is and leaves the verdict to the
 * caller (the WPT runner, tests/wpt.rs); --cpu-limit-ms sets the request's
 * CPU limit (a WPT file runs all its tests in one request);
 * --allow-shared-memory lifts that part of the lockdown (for tests that
 * make shared memory to check that it is refused where it must be);
 * --strict runs the script in the strict isolation mode (a fresh context
 * whose built-ins a script may replace: for tests that patch them to check
 * that nano's own code does not use them).
 *
 * The host side here answers the scripts' fetch() (unless --no-fetch):
 *   /echo        200, JSON of the subrequest, header x-upstream: c-host
 *   /slow        "slow", answered 30 ms later from another thread
 *   /status/404  404
 *   /fail        failed with "upstream refused"
 * Console lines are captured and, with --expect-log, compared with FILE.
 * Prints "N passed, N failed" for the file's test cases.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "nano.h"
#include "test_util.h"

static pthread_mutex_t log_lock = PTHREAD_MUTEX_INITIALIZER;
static char log_text[1 << 16];

static void on_log(void *user_data, nano_log_level level, const char *message, size_t len) {
  (void)user_data;
  static const char *names[] = {"debug", "info", "warn", "error"};
  pthread_mutex_lock(&log_lock);
  size_t used = strlen(log_text);
  snprintf(log_text + used, sizeof log_text - used, "[%s] %.*s\n", names[level & 3], (int)len, message);
  pthread_mutex_unlock(&log_lock);
}

static void respond_text(nano_fetch_reply *reply, uint16_t status, const char *body) {
  nano_header h = {(const uint8_t *)"x-upstream", 10, (const uint8_t *)"c-host", 6};
  nano_fetch_reply_respond(reply, status, &h, 1, (const uint8_t *)body, strlen(body));
}

static void *answer_later(void *arg) {
  struct timespec ts = {0, 30 * 1000 * 1000};
  nanosleep(&ts, NULL);
  respond_text(arg, 200, "slow");
  return NULL;
}

static void on_fetch(void *user_data, const nano_request *req, nano_fetch_reply *reply) {
  (void)user_data;
  char url[512], method[16];
  snprintf(url, sizeof url, "%.*s", (int)req->url_len, req->url);
  snprintf(method, sizeof method, "%.*s", (int)req->method_len, req->method);
  if (strstr(url, "/echo")) {
    char h[64] = "";
    for (size_t i = 0; i < req->headers_len; i++) {
      if (req->headers[i].name_len == 3 && memcmp(req->headers[i].name, "x-h", 3) == 0) {
        snprintf(h, sizeof h, "%.*s", (int)req->headers[i].value_len, (const char *)req->headers[i].value);
      }
    }
    char body[1024];
    snprintf(body, sizeof body, "{\"method\":\"%s\",\"url\":\"%s\",\"body\":\"%.*s\",\"h\":\"%s\"}", method, url,
             (int)req->body_len, req->body ? (const char *)req->body : "", h);
    respond_text(reply, 200, body);
  } else if (strstr(url, "/slow")) {
    pthread_t t;
    if (pthread_create(&t, NULL, answer_later, reply) == 0) pthread_detach(t);
    else nano_fetch_reply_fail(reply, "cannot start a thread");
  } else if (strstr(url, "/status/404")) {
    respond_text(reply, 404, "not here");
  } else if (strstr(url, "/fail")) {
    nano_fetch_reply_fail(reply, "upstream refused");
  } else {
    nano_fetch_reply_fail(reply, "no such upstream route");
  }
}

/* The value of "ran" in the verdict JSON, or -1. */
static int json_int(const char *json, const char *key) {
  const char *p = strstr(json, key);
  return p ? atoi(p + strlen(key)) : -1;
}

int main(int argc, char **argv) {
  int with_fetch = 1, raw = 0, allow_shared_memory = 0, strict = 0;
  long cpu_limit_ms = -1;
  const char *expect_log = NULL;
  int i = 1;
  for (; i < argc && strncmp(argv[i], "--", 2) == 0; i++) {
    if (strcmp(argv[i], "--no-fetch") == 0) with_fetch = 0;
    else if (strcmp(argv[i], "--expect-log") == 0 && i + 1 < argc) expect_log = argv[++i];
    else if (strcmp(argv[i], "--raw") == 0) raw = 1;
    else if (strcmp(argv[i], "--cpu-limit-ms") == 0 && i + 1 < argc) cpu_limit_ms = atol(argv[++i]);
    else if (strcmp(argv[i], "--allow-shared-memory") == 0) allow_shared_memory = 1;
    else if (strcmp(argv[i], "--strict") == 0) strict = 1;
  }
  if (argc - i != 2) {
    fprintf(stderr, "usage: js_suite [--no-fetch] [--expect-log FILE] [--raw] [--cpu-limit-ms N] [--allow-shared-memory] [--strict] harness.js test.js\n");
    return 2;
  }
  size_t hlen, tlen;
  char *harness = read_file(argv[i], &hlen), *test = read_file(argv[i + 1], &tlen);
  if (!harness || !test) {
    fprintf(stderr, "cannot read the test files\n");
    return 2;
  }
  char *source = malloc(hlen + tlen + 2);
  memcpy(source, harness, hlen);
  source[hlen] = '\n';
  memcpy(source + hlen + 1, test, tlen);

  nano_config cfg;
  nano_config_init(&cfg);
  cfg.log_callback = on_log;
  if (with_fetch) cfg.fetch_callback = on_fetch;
  if (cpu_limit_ms >= 0) cfg.cpu_time_limit_ms = (uint32_t)cpu_limit_ms;
  nano_runtime *rt = NULL;
  if (nano_runtime_new(&cfg, &rt) != NANO_OK) {
    fprintf(stderr, "runtime: %s\n", nano_last_error());
    return 1;
  }
  nano_script_options opts;
  nano_script_options_init(&opts);
  nano_binding env = {"GREETING", 8, "hello from env", 14};
  opts.bindings = &env;
  opts.bindings_len = 1;
  opts.allow_shared_memory = allow_shared_memory;
  if (strict) opts.isolation = NANO_ISOLATION_STRICT;
  if (nano_runtime_add_script(rt, "test.js", source, hlen + tlen + 1, &opts) != NANO_OK) {
    printf("FAIL registration: %s\n0 passed, 1 failed\n", nano_last_error());
    return 1;
  }
  nano_lease *w = NULL;
  nano_response *resp = NULL;
  nano_request req = {"GET", 3, "http://test.local/", 18, NULL, 0, NULL, 0};
  if (nano_pool_acquire(rt, "test.js", &w) != NANO_OK || nano_eval_request(w, &req, &resp) != NANO_OK) {
    printf("FAIL request: %s\n0 passed, 1 failed\n", nano_last_error());
    return 1;
  }
  const uint8_t *body;
  size_t body_len;
  nano_response_body(resp, &body, &body_len);
  char *verdict = malloc(body_len + 1);
  memcpy(verdict, body, body_len);
  verdict[body_len] = 0;
  nano_response_free(resp);
  nano_pool_release(w);
  /* Freeing the runtime waits for work still running (ctx.waitUntil). */
  if (nano_runtime_free(rt) != NANO_OK) fprintf(stderr, "free: %s\n", nano_last_error());
  if (raw) {
    fputs(verdict, stdout);
    free(verdict);
    free(source);
    free(harness);
    free(test);
    return 0;
  }

  int ran = json_int(verdict, "\"ran\":");
  int failed = strstr(verdict, "\"failures\":[]") ? 0 : 1;
  if (failed) printf("FAIL %s\n", verdict);
  if (failed && ran > 0) {
    /* Count the failures: one string each in the array. */
    failed = 0;
    for (const char *p = verdict; (p = strstr(p, "\",\"")) || 0; p++) failed++;
    failed++;
  }
  int log_failed = 0;
  if (expect_log) {
    char *expected = read_file(expect_log, NULL);
    if (!expected || strcmp(expected, log_text) != 0) {
      printf("FAIL console output differs from %s\n--- expected\n%s--- got\n%s---\n", expect_log,
             expected ? expected : "(missing)\n", log_text);
      log_failed = 1;
    }
    free(expected);
  } else if (getenv("JS_SUITE_SHOW_LOG")) {
    fputs(log_text, stdout);
  }
  int passed = ran > 0 ? ran - (failed > ran ? ran : failed) : 0;
  printf("%d passed, %d failed\n", passed + (expect_log && !log_failed), failed + log_failed);
  free(verdict);
  free(source);
  free(harness);
  free(test);
  return failed || log_failed || ran <= 0 ? 1 : 0;
}
