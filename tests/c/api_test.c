/*
 * Tests of the C API against the real libnano, run by tests/c_api.rs.
 * Usage: api_test <path to tests/c/globals.js>
 * Prints one line per failed check and "N passed, N failed" at the end.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "nano.h"
#include "test_util.h"

static int passed, failed;

#define CHECK(cond, ...)                          \
  do {                                            \
    if (cond) {                                   \
      passed++;                                   \
    } else {                                      \
      failed++;                                   \
      printf("FAIL %s:%d: ", __FILE__, __LINE__); \
      printf(__VA_ARGS__);                        \
      printf("\n");                               \
    }                                             \
  } while (0)

/* Console lines captured by the log callback. */
static pthread_mutex_t log_lock = PTHREAD_MUTEX_INITIALIZER;
static char log_text[8192];
static int log_levels[4];

static void capture_log(void *user_data, nano_log_level level, const char *message, size_t len) {
  pthread_mutex_lock(&log_lock);
  (*(int *)user_data)++;
  if ((int)level >= 0 && (int)level < 4) log_levels[level]++;
  size_t used = strlen(log_text);
  if (used + len + 2 < sizeof log_text) {
    memcpy(log_text + used, message, len);
    log_text[used + len] = '\n';
    log_text[used + len + 1] = 0;
  }
  CHECK(message[len] == 0, "log message is NUL-terminated");
  pthread_mutex_unlock(&log_lock);
}

typedef struct {
  uint16_t status;
  char *body;
  size_t body_len;
  size_t header_count;
  char headers[4096]; /* "name: value\n" lines */
} result;

/* One request through acquire/eval/release; returns the nano_result. */
static nano_result run(nano_runtime *rt, const char *script, const char *method, const char *url,
                       const nano_header *headers, size_t headers_len, const void *body, size_t body_len,
                       result *out, char *error, size_t error_len) {
  nano_lease *w = NULL;
  nano_result r = nano_pool_acquire(rt, script, &w);
  if (r != NANO_OK) return r;
  nano_request req = {method, strlen(method), url, strlen(url), headers, headers_len, body, body_len};
  nano_response *resp = NULL;
  r = nano_eval_request(w, &req, &resp);
  if (r == NANO_OK) {
    memset(out, 0, sizeof *out);
    nano_response_status(resp, &out->status);
    nano_response_header_count(resp, &out->header_count);
    for (size_t i = 0; i < out->header_count; i++) {
      const uint8_t *n, *v;
      size_t nl, vl;
      if (nano_response_header(resp, i, &n, &nl, &v, &vl) != NANO_OK) break;
      size_t used = strlen(out->headers);
      snprintf(out->headers + used, sizeof out->headers - used, "%.*s: %.*s\n", (int)nl, (const char *)n, (int)vl,
               (const char *)v);
    }
    const uint8_t *b;
    nano_response_body(resp, &b, &out->body_len);
    out->body = malloc(out->body_len + 1);
    memcpy(out->body, b, out->body_len);
    out->body[out->body_len] = 0;
    nano_response_free(resp);
  } else if (error) {
    snprintf(error, error_len, "%s", nano_eval_last_error(w));
  }
  nano_pool_release(w);
  return r;
}

static void test_globals(nano_runtime *rt) {
  result res;
  nano_result r = run(rt, "globals", "GET", "http://test/globals", NULL, 0, NULL, 0, &res, NULL, 0);
  CHECK(r == NANO_OK, "globals: %s", nano_last_error());
  if (r != NANO_OK) return;
  CHECK(res.status == 200, "globals status %u", res.status);
  CHECK(strcmp(res.body, "{\"failures\":[]}") == 0, "globals failures: %s", res.body);
  CHECK(strstr(res.headers, "content-type: application/json") != NULL, "globals content-type: %s", res.headers);
  free(res.body);
}

static void test_echo(nano_runtime *rt) {
  nano_header headers[] = {
      {(const uint8_t *)"Accept", 6, (const uint8_t *)"text/html", 9},
      {(const uint8_t *)"X-Zeta", 6, (const uint8_t *)"1", 1},
      {(const uint8_t *)"accept", 6, (const uint8_t *)"*/*", 3},
      {(const uint8_t *)"X-Alpha", 7, (const uint8_t *)"\xe9", 1}, /* Latin-1 byte */
  };
  const unsigned char body[] = {0, 1, 2, 0xff, 0xfe, 'x'};
  result res;
  nano_result r = run(rt, "globals", "PUT", "https://Example.com:443/echo", headers, 4, body, sizeof body, &res, NULL, 0);
  CHECK(r == NANO_OK, "echo: %s", nano_last_error());
  if (r != NANO_OK) return;
  CHECK(res.body_len == sizeof body && memcmp(res.body, body, sizeof body) == 0, "echo body bytes round-trip");
  const char *expected =
      "x-method: PUT\n"
      "x-url: https://example.com/echo\n"
      "x-header-names: accept,x-alpha,x-zeta\n"
      "x-accept: text/html, */*\n"
      "set-cookie: a=1\n"
      "set-cookie: b=2\n"
      "x-env: hi from env\n";
  CHECK(strcmp(res.headers, expected) == 0, "echo headers, in order with repeats:\n%s", res.headers);
  CHECK(res.header_count == 7, "header count %zu", res.header_count);
  free(res.body);
}

static void test_bodies(nano_runtime *rt) {
  const char *json = "{\"values\":[1,2,3.5],\"name\":\"nano\"}";
  nano_header ct = {(const uint8_t *)"content-type", 12, (const uint8_t *)"application/json", 16};
  result res;
  nano_result r = run(rt, "globals", "POST", "http://test/json", &ct, 1, json, strlen(json), &res, NULL, 0);
  CHECK(r == NANO_OK, "json: %s", nano_last_error());
  if (r == NANO_OK) {
    CHECK(strcmp(res.body, "{\"sum\":6.5,\"name\":\"nano\"}") == 0, "json body %s", res.body);
    free(res.body);
  }
  r = run(rt, "globals", "GET", "http://test/binary", NULL, 0, NULL, 0, &res, NULL, 0);
  CHECK(r == NANO_OK && res.body_len == 256, "binary body length %zu", res.body_len);
  if (r == NANO_OK) {
    int ok = 1;
    for (int i = 0; i < 256; i++) ok &= (unsigned char)res.body[i] == i;
    CHECK(ok, "binary body bytes");
    free(res.body);
  }
  r = run(rt, "globals", "GET", "http://test/status", NULL, 0, NULL, 0, &res, NULL, 0);
  CHECK(r == NANO_OK && res.status == 204 && res.body_len == 0, "204 with empty body");
  if (r == NANO_OK) free(res.body);
  r = run(rt, "globals", "GET", "http://test/nowhere", NULL, 0, NULL, 0, &res, NULL, 0);
  CHECK(r == NANO_OK && res.status == 404, "404 from the script");
  if (r == NANO_OK) free(res.body);
}

static void test_script_errors(nano_runtime *rt) {
  char err[4096];
  result res;
  nano_result r = run(rt, "globals", "GET", "http://test/throw", NULL, 0, NULL, 0, &res, err, sizeof err);
  CHECK(r == NANO_ERR_SCRIPT_ERROR, "throw gives NANO_ERR_SCRIPT_ERROR, got %d", r);
  CHECK(strstr(err, "Error: thrown on purpose") != NULL, "throw message: %s", err);
  CHECK(strstr(err, "(globals:") != NULL, "throw stack names the script: %s", err);
  CHECK(strstr(nano_last_error(), "thrown on purpose") != NULL, "nano_last_error has it too");

  r = run(rt, "globals", "GET", "http://test/reject", NULL, 0, NULL, 0, &res, err, sizeof err);
  CHECK(r == NANO_ERR_SCRIPT_ERROR && strstr(err, "TypeError: rejected on purpose"), "reject: %d %s", r, err);
  r = run(rt, "globals", "GET", "http://test/not-a-response", NULL, 0, NULL, 0, &res, err, sizeof err);
  CHECK(r == NANO_ERR_SCRIPT_ERROR && strstr(err, "must return a Response"), "non-Response: %d %s", r, err);
  r = run(rt, "globals", "GET", "http://test/never", NULL, 0, NULL, 0, &res, err, sizeof err);
  CHECK(r == NANO_ERR_SCRIPT_ERROR && strstr(err, "never settled"), "never settles: %d %s", r, err);

  /* The isolate keeps working after script errors. */
  r = run(rt, "globals", "GET", "http://test/status", NULL, 0, NULL, 0, &res, NULL, 0);
  CHECK(r == NANO_OK && res.status == 204, "request after errors");
  if (r == NANO_OK) free(res.body);
}

/* A script of several modules: every type through nano_module, a missing
   import refused with its place, and a project read from disk. */
/* Node.js compatibility: on by default (node:* imports link, Buffer is a
 * global); node_compat = 0 refuses a node:* import by name. */
static void test_node_compat(nano_runtime *rt) {
  const char *src = "import { Buffer as B } from 'node:buffer';\n"
                    "export default { fetch() { return new Response(B.from('hi').toString('hex') + "
                    "(Buffer === B)); } };";
  nano_result r = nano_runtime_add_script(rt, "node", src, strlen(src), NULL);
  CHECK(r == NANO_OK, "node:buffer with the default options: %s", nano_last_error());
  result res;
  char error[512] = "";
  r = run(rt, "node", "GET", "http://example.com/", NULL, 0, NULL, 0, &res, error, sizeof error);
  CHECK(r == NANO_OK && strcmp(res.body, "6869true") == 0, "Node's Buffer: %d %s", r, r == NANO_OK ? res.body : error);
  if (r == NANO_OK) free(res.body);
  nano_script_options opts;
  nano_script_options_init(&opts);
  CHECK(opts.node_compat == 1, "on by default");
  opts.node_compat = 0;
  r = nano_runtime_add_script(rt, "no-node", src, strlen(src), &opts);
  CHECK(r == NANO_ERR_SCRIPT_COMPILE, "node_compat = 0 refuses node:buffer: %d", r);
  CHECK(strstr(nano_last_error(), "needs Node.js compatibility") != NULL, "the error says why: %s", nano_last_error());
  opts.node_compat = 2;
  CHECK(nano_runtime_add_script(rt, "bad", src, strlen(src), &opts) == NANO_ERR_INVALID_ARGUMENT, "node_compat 2");
}

static void test_modules(nano_runtime *rt) {
  const char *entry = "import { twice } from './lib/math.js';\n"
                      "import config from './config.json';\n"
                      "import text from './note.txt';\n"
                      "import bytes from './raw.bin';\n"
                      "import legacy from './legacy.cjs';\n"
                      "export default { fetch() { return new Response(`${twice(config.n)} ${text} "
                      "${new Uint8Array(bytes)[1]} ${legacy.tag}`); } };";
  const char *math = "export const twice = (n) => n * 2;";
  const char *config = "{\"n\": 21}";
  const char *note = "note";
  const unsigned char raw[] = {1, 2, 3};
  const char *legacy = "exports.tag = require('./lib/math.js').twice(2);";
  nano_module modules[] = {
      {"src/index.js", 12, NANO_MODULE_ESM, (const uint8_t *)entry, strlen(entry)},
      {"src/lib/math.js", 15, NANO_MODULE_ESM, (const uint8_t *)math, strlen(math)},
      {"src/config.json", 15, NANO_MODULE_JSON, (const uint8_t *)config, strlen(config)},
      {"src/note.txt", 12, NANO_MODULE_TEXT, (const uint8_t *)note, strlen(note)},
      {"src/raw.bin", 11, NANO_MODULE_DATA, raw, sizeof raw},
      {"src/legacy.cjs", 14, NANO_MODULE_COMMONJS, (const uint8_t *)legacy, strlen(legacy)},
  };
  nano_result r = nano_runtime_add_modules(rt, "graph", modules, 6, NULL);
  CHECK(r == NANO_OK, "add_modules: %s", nano_last_error());
  result res;
  r = run(rt, "graph", "GET", "http://test/", NULL, 0, NULL, 0, &res, NULL, 0);
  CHECK(r == NANO_OK && res.body_len == 11 && memcmp(res.body, "42 note 2 4", 11) == 0, "graph response: %.*s",
        r == NANO_OK ? (int)res.body_len : 0, r == NANO_OK ? (const char *)res.body : "");
  if (r == NANO_OK) free(res.body);

  /* import() of a module of the graph, and TypeScript. */
  const char *lazy_entry = "export default { async fetch() { const m = await import('./lazy.ts'); return new Response(m.twice(21)); } };";
  const char *lazy = "export const twice = (n: number): string => String(n * 2);";
  nano_module lazy_modules[] = {
      {"main.js", 7, NANO_MODULE_ESM, (const uint8_t *)lazy_entry, strlen(lazy_entry)},
      {"lazy.ts", 7, NANO_MODULE_BY_NAME, (const uint8_t *)lazy, strlen(lazy)},
  };
  r = nano_runtime_add_modules(rt, "lazy", lazy_modules, 2, NULL);
  CHECK(r == NANO_OK, "add_modules lazy: %s", nano_last_error());
  r = run(rt, "lazy", "GET", "http://test/", NULL, 0, NULL, 0, &res, NULL, 0);
  CHECK(r == NANO_OK && res.body_len == 2 && memcmp(res.body, "42", 2) == 0, "import() of a TypeScript module");
  if (r == NANO_OK) free(res.body);
  /* A bundle importing a built-in module nano lacks: refused, naming it. */
  const char *cf = "import { env } from 'cloudflare:workers';\nexport default {};";
  nano_module cf_bundle[] = {{"index.js", 8, NANO_MODULE_ESM, (const uint8_t *)cf, strlen(cf)}};
  r = nano_runtime_add_modules(rt, "cf", cf_bundle, 1, NULL);
  CHECK(r == NANO_ERR_SCRIPT_COMPILE &&
            strstr(nano_last_error(), "index.js:1:21: import of \"cloudflare:workers\": nano has no built-in module"),
        "cloudflare: import: %s", nano_last_error());

  const char *missing = "export default {};\nimport './gone.js';";
  nano_module bad[] = {{"main.js", 7, NANO_MODULE_ESM, (const uint8_t *)missing, strlen(missing)}};
  r = nano_runtime_add_modules(rt, "missing", bad, 1, NULL);
  CHECK(r == NANO_ERR_SCRIPT_COMPILE && strstr(nano_last_error(), "main.js:2:8: import of \"./gone.js\""),
        "missing import: %s", nano_last_error());
  nano_lease *w = NULL;
  CHECK(nano_pool_acquire(rt, "missing", &w) == NANO_ERR_SCRIPT_NOT_FOUND, "nothing half-registered");
  /* A removed script: a lease taken before finishes, later acquires fail,
     the name registers again. */
  nano_lease *kept = NULL;
  CHECK(nano_pool_acquire(rt, "lazy", &kept) == NANO_OK, "acquire before removal");
  CHECK(nano_runtime_remove_script(rt, "lazy") == NANO_OK, "remove: %s", nano_last_error());
  CHECK(nano_runtime_remove_script(rt, "lazy") == NANO_ERR_SCRIPT_NOT_FOUND, "remove twice");
  CHECK(nano_pool_acquire(rt, "lazy", &w) == NANO_ERR_SCRIPT_NOT_FOUND && w == NULL, "acquire after removal");
  if (kept) {
    nano_request req = {"GET", 3, "http://test/", 12, NULL, 0, NULL, 0};
    nano_response *resp = NULL;
    CHECK(nano_eval_request(kept, &req, &resp) == NANO_OK, "the lease taken before: %s", nano_last_error());
    nano_response_free(resp);
    nano_pool_release(kept);
  }
  CHECK(nano_runtime_add_modules(rt, "lazy", lazy_modules, 2, NULL) == NANO_OK, "the name again: %s",
        nano_last_error());
  CHECK(nano_runtime_remove_script(rt, NULL) == NANO_ERR_NULL_POINTER, "NULL name");
  CHECK(nano_runtime_add_modules(rt, "none", modules, 0, NULL) == NANO_ERR_INVALID_ARGUMENT, "no modules");
  CHECK(nano_runtime_add_modules(rt, "none", NULL, 2, NULL) == NANO_ERR_NULL_POINTER, "NULL modules");
  nano_module wrong_type[] = {{"a.js", 4, 99, (const uint8_t *)math, strlen(math)}};
  CHECK(nano_runtime_add_modules(rt, "none", wrong_type, 1, NULL) == NANO_ERR_INVALID_ARGUMENT, "unknown type: %s",
        nano_last_error());

  char dir[] = "/tmp/nano-c-modulesXXXXXX";
  if (!mkdtemp(dir)) {
    CHECK(0, "mkdtemp");
    return;
  }
  char path[256];
  snprintf(path, sizeof path, "%s/package.json", dir);
  FILE *f = fopen(path, "w");
  fputs("{\"type\": \"module\"}", f);
  fclose(f);
  snprintf(path, sizeof path, "%s/helper.js", dir);
  f = fopen(path, "w");
  fputs("export const who = 'disk';", f);
  fclose(f);
  snprintf(path, sizeof path, "%s/index.js", dir);
  f = fopen(path, "w");
  fputs("import { who } from './helper';\nexport default { fetch() { return new Response(who); } };", f);
  fclose(f);
  r = nano_runtime_add_script_file(rt, "disk", path, NULL);
  CHECK(r == NANO_OK, "add_script_file: %s", nano_last_error());
  r = run(rt, "disk", "GET", "http://test/", NULL, 0, NULL, 0, &res, NULL, 0);
  CHECK(r == NANO_OK && res.body_len == 4 && memcmp(res.body, "disk", 4) == 0, "disk response");
  if (r == NANO_OK) free(res.body);
  snprintf(path, sizeof path, "%s/absent.js", dir);
  CHECK(nano_runtime_add_script_file(rt, "absent", path, NULL) == NANO_ERR_INVALID_ARGUMENT, "absent file: %s",
        nano_last_error());
  const char *files[] = {"package.json", "helper.js", "index.js"};
  for (size_t i = 0; i < 3; i++) {
    snprintf(path, sizeof path, "%s/%s", dir, files[i]);
    unlink(path);
  }
  rmdir(dir);
}

static void test_registration_errors(nano_runtime *rt) {
  const char *bad = "export default {\n  fetch(req) {\n    return new Response(;\n  }\n};\n";
  nano_result r = nano_runtime_add_script(rt, "bad.js", bad, strlen(bad), NULL);
  CHECK(r == NANO_ERR_SCRIPT_COMPILE, "syntax error refused, got %d", r);
  CHECK(strstr(nano_last_error(), "bad.js:3:") != NULL, "line number: %s", nano_last_error());
  CHECK(strstr(nano_last_error(), "SyntaxError") != NULL, "SyntaxError: %s", nano_last_error());
  char buf[512];
  size_t len = 0;
  CHECK(nano_runtime_last_error(rt, buf, sizeof buf, &len) == NANO_OK && strstr(buf, "bad.js:3:") && len == strlen(buf),
        "runtime last error: %s", buf);
  CHECK(nano_runtime_last_error(rt, buf, 4, &len) == NANO_OK && strlen(buf) == 3 && len > 3, "truncated copy");

  const char *throws = "throw new RangeError('top level');\nexport default { fetch() {} };";
  r = nano_runtime_add_script(rt, "throws.js", throws, strlen(throws), NULL);
  CHECK(r == NANO_ERR_SCRIPT_COMPILE && strstr(nano_last_error(), "RangeError: top level"), "top-level throw: %s",
        nano_last_error());
  const char *nohandler = "export const x = 1;";
  r = nano_runtime_add_script(rt, "nohandler.js", nohandler, strlen(nohandler), NULL);
  CHECK(r == NANO_ERR_SCRIPT_COMPILE && strstr(nano_last_error(), "no fetch handler"), "no handler: %s",
        nano_last_error());
  const char *imports = "import x from './other.js';\nexport default { fetch() {} };";
  r = nano_runtime_add_script(rt, "imports.js", imports, strlen(imports), NULL);
  CHECK(r == NANO_ERR_SCRIPT_COMPILE && strstr(nano_last_error(), "imports.js:1:15: import of \"./other.js\""),
        "imports: %s", nano_last_error());
  r = nano_runtime_add_script(rt, "globals", "export default {fetch(){}}", 26, NULL);
  CHECK(r == NANO_ERR_SCRIPT_EXISTS, "duplicate name, got %d", r);

  nano_lease *w = NULL;
  CHECK(nano_pool_acquire(rt, "bad.js", &w) == NANO_ERR_SCRIPT_NOT_FOUND && w == NULL, "refused script not registered");
}

static void test_service_worker(nano_runtime *rt) {
  const char *src =
      "addEventListener('fetch', (event) => {\n"
      "  event.respondWith(new Response('sw says ' + GREETING + ' to ' + event.request.method));\n"
      "});\n";
  nano_script_options opts;
  nano_script_options_init(&opts);
  opts.format = NANO_SCRIPT_SERVICE_WORKER;
  nano_binding b = {"GREETING", 8, "hello", 5};
  opts.bindings = &b;
  opts.bindings_len = 1;
  CHECK(nano_runtime_add_script(rt, "sw", src, strlen(src), &opts) == NANO_OK, "sw: %s", nano_last_error());
  result res;
  nano_result r = run(rt, "sw", "DELETE", "http://x/", NULL, 0, NULL, 0, &res, NULL, 0);
  CHECK(r == NANO_OK && strcmp(res.body, "sw says hello to DELETE") == 0, "sw response %s", r == NANO_OK ? res.body : "");
  if (r == NANO_OK) free(res.body);
  opts.format = 42;
  CHECK(nano_runtime_add_script(rt, "sw2", src, strlen(src), &opts) == NANO_ERR_INVALID_ARGUMENT, "bad format");
}

/* Each isolation mode by its constant: module state is per request in fresh
 * and strict, kept by reuse; a global is reset in every mode. */
static void test_isolation_modes(nano_runtime *rt) {
  const char *src =
      "let n = 0; export default { fetch() { n++; globalThis.g = (globalThis.g || 0) + 1;"
      " return new Response(`${n} ${g}`); } }";
  const struct { uint32_t mode; const char *name; const char *third; } modes[] = {
      {NANO_ISOLATION_FRESH, "iso-fresh", "1 1"},
      {NANO_ISOLATION_REUSE, "iso-reuse", "3 1"},
      {NANO_ISOLATION_STRICT, "iso-strict", "1 1"},
  };
  for (size_t m = 0; m < sizeof modes / sizeof modes[0]; m++) {
    nano_script_options opts;
    nano_script_options_init(&opts);
    CHECK(opts.isolation == NANO_ISOLATION_FRESH, "fresh is the default");
    opts.isolation = modes[m].mode;
    nano_result r = nano_runtime_add_script(rt, modes[m].name, src, strlen(src), &opts);
    CHECK(r == NANO_OK, "%s: %s", modes[m].name, nano_last_error());
    if (r != NANO_OK) continue;
    /* One lease: every request on the same isolate. */
    nano_lease *lease = NULL;
    CHECK(nano_pool_acquire(rt, modes[m].name, &lease) == NANO_OK, "lease: %s", nano_last_error());
    if (!lease) continue;
    char body[16] = "";
    for (int i = 0; i < 3; i++) {
      nano_request req = {0};
      req.method = "GET";
      req.method_len = 3;
      req.url = "http://x/";
      req.url_len = 9;
      nano_response *resp = NULL;
      r = nano_eval_request(lease, &req, &resp);
      CHECK(r == NANO_OK, "%s eval: %s", modes[m].name, nano_eval_last_error(lease));
      if (r != NANO_OK) break;
      const uint8_t *b = NULL;
      size_t blen = 0;
      nano_response_body(resp, &b, &blen);
      snprintf(body, sizeof body, "%.*s", (int)blen, (const char *)b);
      nano_response_free(resp);
    }
    CHECK(strcmp(body, modes[m].third) == 0, "%s: third request answered %s, want %s", modes[m].name, body,
          modes[m].third);
    nano_pool_release(lease);
  }
  nano_script_options bad;
  nano_script_options_init(&bad);
  bad.isolation = 3;
  CHECK(nano_runtime_add_script(rt, "iso-bad", src, strlen(src), &bad) == NANO_ERR_INVALID_ARGUMENT,
        "an unknown isolation mode is refused");
}

static void test_console(nano_runtime *rt, int *log_calls) {
  result res;
  int before = *log_calls;
  nano_result r = run(rt, "globals", "GET", "http://test/log", NULL, 0, NULL, 0, &res, NULL, 0);
  CHECK(r == NANO_OK, "log route: %s", nano_last_error());
  if (r == NANO_OK) free(res.body);
  pthread_mutex_lock(&log_lock);
  CHECK(*log_calls - before == 3, "three console lines, got %d", *log_calls - before);
  CHECK(strstr(log_text, "hello world, 3 items { a: [ 1, { b: 2 } ] }") != NULL, "formatted log: %s", log_text);
  CHECK(strstr(log_text, "Error: shown with stack\n    at ") != NULL, "error with stack: %s", log_text);
  CHECK(log_levels[NANO_LOG_WARN] >= 1 && log_levels[NANO_LOG_ERROR] >= 1, "levels");
  pthread_mutex_unlock(&log_lock);
}

static void test_bad_input(nano_runtime *rt) {
  nano_lease *w = NULL;
  CHECK(nano_pool_acquire(NULL, "globals", &w) == NANO_ERR_NULL_POINTER, "NULL runtime");
  CHECK(nano_pool_acquire(rt, NULL, &w) == NANO_ERR_NULL_POINTER, "NULL script name");
  CHECK(nano_pool_acquire(rt, "globals", NULL) == NANO_ERR_NULL_POINTER, "NULL out");
  CHECK(nano_pool_acquire(rt, "\xff\xfe", &w) == NANO_ERR_INVALID_UTF8, "non-UTF-8 name");
  CHECK(nano_runtime_add_script(rt, "x", NULL, 10, NULL) == NANO_ERR_NULL_POINTER, "NULL source with length");
  CHECK(nano_runtime_add_script(rt, "x", "\xc3\x28", 2, NULL) == NANO_ERR_INVALID_UTF8, "non-UTF-8 source");
  CHECK(nano_runtime_add_script(rt, "", "x", 1, NULL) == NANO_ERR_INVALID_ARGUMENT, "empty name");

  CHECK(nano_pool_acquire(rt, "globals", &w) == NANO_OK, "acquire");
  nano_response *resp = NULL;
  nano_request req = {"GET", 3, "http://x/", 9, NULL, 0, NULL, 0};
  CHECK(nano_eval_request(NULL, &req, &resp) == NANO_ERR_NULL_POINTER, "NULL worker");
  CHECK(nano_eval_request(w, NULL, &resp) == NANO_ERR_NULL_POINTER, "NULL request");
  CHECK(nano_eval_request(w, &req, NULL) == NANO_ERR_NULL_POINTER, "NULL out");
  nano_request bad_url = {"GET", 3, "/relative", 9, NULL, 0, NULL, 0};
  CHECK(nano_eval_request(w, &bad_url, &resp) == NANO_ERR_INVALID_ARGUMENT && resp == NULL, "relative URL");
  CHECK(strstr(nano_eval_last_error(w), "invalid request URL") != NULL, "worker error: %s", nano_eval_last_error(w));
  nano_request bad_method = {"G T", 3, "http://x/", 9, NULL, 0, NULL, 0};
  CHECK(nano_eval_request(w, &bad_method, &resp) == NANO_ERR_INVALID_ARGUMENT, "bad method");
  nano_request utf = {"GET", 3, "http://x/\xff", 10, NULL, 0, NULL, 0};
  CHECK(nano_eval_request(w, &utf, &resp) == NANO_ERR_INVALID_UTF8, "URL not UTF-8");
  nano_header crlf = {(const uint8_t *)"x", 1, (const uint8_t *)"a\r\nb", 4};
  nano_request inj = {"GET", 3, "http://x/", 9, &crlf, 1, NULL, 0};
  CHECK(nano_eval_request(w, &inj, &resp) == NANO_ERR_INVALID_ARGUMENT, "CRLF in header value");
  nano_header nul_name = {(const uint8_t *)"a\0b", 3, (const uint8_t *)"v", 1};
  nano_request inj2 = {"GET", 3, "http://x/", 9, &nul_name, 1, NULL, 0};
  CHECK(nano_eval_request(w, &inj2, &resp) == NANO_ERR_INVALID_ARGUMENT, "NUL in header name");
  nano_header null_value = {(const uint8_t *)"x", 1, NULL, 5};
  nano_request inj3 = {"GET", 3, "http://x/", 9, &null_value, 1, NULL, 0};
  CHECK(nano_eval_request(w, &inj3, &resp) == NANO_ERR_NULL_POINTER, "NULL header value with length");
  nano_request nul_headers = {"GET", 3, "http://x/", 9, NULL, 2, NULL, 0};
  CHECK(nano_eval_request(w, &nul_headers, &resp) == NANO_ERR_NULL_POINTER, "NULL headers with count");
  nano_request huge = {"POST", 4, "http://x/", 9, NULL, 0, (const uint8_t *)"x", (size_t)-1};
  CHECK(nano_eval_request(w, &huge, &resp) == NANO_ERR_INVALID_ARGUMENT, "huge body length");
  nano_request get_body = {"GET", 3, "http://x/", 9, NULL, 0, (const uint8_t *)"x", 1};
  CHECK(nano_eval_request(w, &get_body, &resp) == NANO_ERR_INVALID_ARGUMENT, "GET with body");
  CHECK(resp == NULL, "no response written on failure");

  /* Response accessors. */
  CHECK(nano_eval_request(w, &req, &resp) == NANO_OK, "good request after bad ones");
  uint16_t status;
  size_t count;
  const uint8_t *p;
  size_t len;
  CHECK(nano_response_status(NULL, &status) == NANO_ERR_NULL_POINTER, "status NULL response");
  CHECK(nano_response_status(resp, NULL) == NANO_ERR_NULL_POINTER, "status NULL out");
  CHECK(nano_response_header_count(resp, &count) == NANO_OK, "header count");
  CHECK(nano_response_header(resp, count, &p, &len, &p, &len) == NANO_ERR_INVALID_ARGUMENT, "header out of range");
  CHECK(nano_response_header(resp, 0, NULL, &len, &p, &len) == NANO_ERR_NULL_POINTER, "header NULL out");
  CHECK(nano_response_body(resp, NULL, &len) == NANO_ERR_NULL_POINTER, "body NULL out");
  nano_response_free(resp);
  nano_response_free(NULL);

  CHECK(nano_pool_release(w) == NANO_OK, "release");
  CHECK(nano_pool_release(NULL) == NANO_OK, "release NULL is a no-op, as every _free");
  /* Double release and use after release are refused, not undefined. */
  CHECK(nano_pool_release(w) == NANO_ERR_INVALID_ARGUMENT, "double release");
  CHECK(nano_eval_request(w, &req, &resp) == NANO_ERR_INVALID_ARGUMENT, "eval after release");
  CHECK(nano_eval_cancel(w) == NANO_ERR_INVALID_ARGUMENT, "cancel after release");
  CHECK(strcmp(nano_eval_last_error(w), "") == 0, "last error after release");
  nano_response *twice = NULL;
  {
    nano_lease *w2 = NULL;
    CHECK(nano_pool_acquire(rt, "globals", &w2) == NANO_OK, "acquire again");
    CHECK(nano_eval_request(w2, &req, &twice) == NANO_OK, "eval");
    nano_pool_release(w2);
  }
  nano_response_free(twice);
  nano_response_free(twice); /* a double free does nothing */
  uint16_t st;
  CHECK(nano_response_status(twice, &st) == NANO_ERR_INVALID_ARGUMENT, "response use after free");

  nano_config cfg;
  CHECK(nano_config_init(&cfg) == NANO_OK && cfg.struct_size == sizeof cfg, "config init");
  cfg.struct_size = 4;
  nano_runtime *rt2 = NULL;
  CHECK(nano_runtime_new(&cfg, &rt2) == NANO_ERR_INVALID_ARGUMENT && rt2 == NULL, "short struct_size");
  nano_config_init(&cfg);
  cfg.max_isolates = 0;
  CHECK(nano_runtime_new(&cfg, &rt2) == NANO_ERR_INVALID_ARGUMENT, "zero max_isolates");
  CHECK(strcmp(nano_result_message(NANO_OK), "success") == 0, "result message");
  CHECK(strcmp(nano_result_message(-5), "unknown nano_result") == 0, "unknown result message");
  CHECK(strlen(nano_version()) > 0, "version");
}

/* nano_config as the header of commit 8308076^ declared it (before the size
 * limits were appended), and nano_script_options as f17c223^ did (before the
 * lockdown options): what a program compiled against those headers passes. */
typedef struct {
  size_t struct_size;
  uint32_t max_isolates;
  uint32_t max_idle_per_script;
  uint32_t min_idle_per_script;
  uint32_t idle_timeout_ms;
  uint32_t acquire_timeout_ms;
  uint32_t wall_time_limit_ms;
  uint32_t cpu_time_limit_ms;
  uint32_t heap_limit_mb;
  nano_log_callback log_callback;
  void *log_user_data;
  nano_fetch_callback fetch_callback;
  void *fetch_user_data;
} old_config;

typedef struct {
  size_t struct_size;
  uint32_t format;
  const nano_binding *bindings;
  size_t bindings_len;
  uint32_t reuse_context;
} old_script_options;

static void test_older_structs(void) {
  /* Each old struct sits at the start of a larger buffer of 0xff bytes, and
   * its own padding is 0xff too: nano must read none of them (0xff... as a
   * size limit or a lockdown flag would show). */
  unsigned char config_buf[sizeof(nano_config) + 64];
  memset(config_buf, 0xff, sizeof config_buf);
  old_config *cfg = (old_config *)config_buf;
  cfg->struct_size = sizeof(old_config);
  cfg->max_isolates = 2;
  cfg->max_idle_per_script = 1;
  cfg->min_idle_per_script = 1;
  cfg->idle_timeout_ms = 60000;
  cfg->acquire_timeout_ms = 1000;
  cfg->wall_time_limit_ms = 30000;
  cfg->cpu_time_limit_ms = 1000;
  cfg->heap_limit_mb = 128;
  cfg->log_callback = NULL;
  cfg->log_user_data = NULL;
  cfg->fetch_callback = NULL;
  cfg->fetch_user_data = NULL;
  CHECK(sizeof(old_config) < sizeof(nano_config), "the old config is smaller");
  nano_runtime *rt = NULL;
  nano_result r = nano_runtime_new((const nano_config *)config_buf, &rt);
  CHECK(r == NANO_OK, "runtime from an older nano_config: %s", nano_last_error());
  if (r != NANO_OK) return;

  unsigned char options_buf[sizeof(nano_script_options) + 64];
  memset(options_buf, 0xff, sizeof options_buf);
  old_script_options *opts = (old_script_options *)options_buf;
  nano_binding who = {"WHO", 3, "old", 3};
  opts->struct_size = sizeof(old_script_options);
  opts->format = NANO_SCRIPT_MODULE;
  opts->bindings = &who;
  opts->bindings_len = 1;
  opts->reuse_context = 0;
  CHECK(sizeof(old_script_options) < sizeof(nano_script_options), "the old options are smaller");
  const char *src =
      "export default { fetch(req, env) {"
      "  try { eval('1'); return new Response('eval allowed'); }"
      "  catch (e) { return new Response(`${e.name} ${env.WHO}`); } } }";
  r = nano_runtime_add_script(rt, "old", src, strlen(src), (const nano_script_options *)options_buf);
  CHECK(r == NANO_OK, "script from older nano_script_options: %s", nano_last_error());

  result res;
  char error[512] = "";
  r = run(rt, "old", "GET", "http://example.com/", NULL, 0, NULL, 0, &res, error, sizeof error);
  CHECK(r == NANO_OK && strcmp(res.body, "EvalError old") == 0,
        "the lockdown fields took their defaults (eval refused): %d %s", r, r == NANO_OK ? res.body : error);
  if (r == NANO_OK) free(res.body);

  /* The size limits took their defaults: a 20,000-byte URL is over 16 KiB. */
  char *url = malloc(20001);
  memcpy(url, "http://example.com/", 19);
  memset(url + 19, 'a', 20000 - 19);
  url[20000] = 0;
  r = run(rt, "old", "GET", url, NULL, 0, NULL, 0, &res, error, sizeof error);
  CHECK(r == NANO_ERR_INVALID_ARGUMENT, "default URL limit applies to an older config: %d", r);
  free(url);

  /* A size between two layouts is no header's: refused, naming the sizes. */
  cfg->struct_size = sizeof(old_config) + 8;
  nano_runtime *rt2 = NULL;
  CHECK(nano_runtime_new((const nano_config *)config_buf, &rt2) == NANO_ERR_INVALID_ARGUMENT && rt2 == NULL,
        "a size no header declared");
  CHECK(strstr(nano_last_error(), "accepted") != NULL, "the message lists the sizes: %s", nano_last_error());
  CHECK(nano_runtime_free(rt) == NANO_OK, "free");
}

static void test_pool_limit(void) {
  nano_config cfg;
  nano_config_init(&cfg);
  cfg.max_isolates = 1;
  cfg.acquire_timeout_ms = 0;
  nano_runtime *rt = NULL;
  CHECK(nano_runtime_new(&cfg, &rt) == NANO_OK, "runtime with one isolate");
  const char *src = "export default { fetch() { return new Response('one'); } }";
  CHECK(nano_runtime_add_script(rt, "one", src, strlen(src), NULL) == NANO_OK, "add");
  nano_lease *a = NULL, *b = NULL;
  CHECK(nano_pool_acquire(rt, "one", &a) == NANO_OK, "first lease");
  CHECK(nano_pool_acquire(rt, "one", &b) == NANO_ERR_POOL_EXHAUSTED && b == NULL, "second lease refused");
  nano_pool_release(a);
  CHECK(nano_pool_acquire(rt, "one", &b) == NANO_OK, "lease after release");
  nano_pool_release(b);
  CHECK(nano_runtime_free(rt) == NANO_OK, "free");
}

typedef struct {
  pthread_mutex_t lock;
  pthread_cond_t cond;
  int done;
  nano_result result;
  nano_response *response;
  char error[512];
} async_outcome;

static void on_done(void *user_data, nano_result result, nano_response *response, const char *error) {
  async_outcome *o = user_data;
  pthread_mutex_lock(&o->lock);
  o->result = result;
  o->response = response;
  snprintf(o->error, sizeof o->error, "%s", error ? error : "(null)");
  o->done = 1;
  pthread_cond_signal(&o->cond);
  pthread_mutex_unlock(&o->lock);
}

static void wait_done(async_outcome *o) {
  pthread_mutex_lock(&o->lock);
  while (!o->done) pthread_cond_wait(&o->cond, &o->lock);
  pthread_mutex_unlock(&o->lock);
}

typedef struct {
  pthread_mutex_t lock;
  pthread_cond_t cond;
  int calls;
  nano_result result;
  nano_lease *lease;
  char error[512];
} acquired_outcome;

static void on_acquired(void *user_data, nano_result result, nano_lease *lease, const char *error) {
  acquired_outcome *o = user_data;
  pthread_mutex_lock(&o->lock);
  o->calls++;
  o->result = result;
  o->lease = lease;
  snprintf(o->error, sizeof o->error, "%s", error ? error : "(null)");
  pthread_cond_signal(&o->cond);
  pthread_mutex_unlock(&o->lock);
}

static void wait_acquired(acquired_outcome *o) {
  pthread_mutex_lock(&o->lock);
  while (o->calls == 0) pthread_cond_wait(&o->cond, &o->lock);
  pthread_mutex_unlock(&o->lock);
}

static double now_ms(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

/* nano_pool_acquire_async: a lease at once when an isolate is free, else a
 * ticket in the pool's queue and a callback; withdrawn, timed out, and
 * failed at shutdown. */
static void test_acquire_async(void) {
  nano_config cfg;
  nano_config_init(&cfg);
  cfg.max_isolates = 1;
  cfg.acquire_timeout_ms = 200;
  nano_runtime *rt = NULL;
  CHECK(nano_runtime_new(&cfg, &rt) == NANO_OK, "runtime with one isolate");
  const char *src = "export default { fetch(r) { return new Response('queued ' + r.url); } }";
  CHECK(nano_runtime_add_script(rt, "q", src, strlen(src), NULL) == NANO_OK, "add");

  acquired_outcome unused = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, 0, NANO_OK, NULL, ""};
  nano_lease *held = NULL;
  uint64_t ticket = 99;
  CHECK(nano_pool_acquire_async(rt, "q", on_acquired, &unused, &held, &ticket) == NANO_OK && held && ticket == 0,
        "a free isolate is leased at once: %s", nano_last_error());

  acquired_outcome first = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, 0, NANO_OK, NULL, ""};
  acquired_outcome withdrawn = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, 0, NANO_OK, NULL, ""};
  nano_lease *none = (nano_lease *)&none;
  uint64_t t1 = 0, t2 = 0;
  CHECK(nano_pool_acquire_async(rt, "q", on_acquired, &first, &none, &t1) == NANO_OK && none == NULL && t1 != 0,
        "queued while the only isolate is leased");
  CHECK(nano_pool_acquire_async(rt, "q", on_acquired, &withdrawn, &none, &t2) == NANO_OK && t2 != 0 && t2 != t1,
        "a second ticket");
  bool out = false;
  CHECK(nano_pool_acquire_cancel(rt, t2, &out) == NANO_OK && out, "withdrawn while queued");
  CHECK(nano_pool_acquire_cancel(rt, t2, &out) == NANO_OK && !out, "withdrawn once");
  CHECK(nano_pool_acquire_cancel(rt, t2, NULL) == NANO_ERR_NULL_POINTER, "NULL withdrawn");

  nano_pool_release(held);
  wait_acquired(&first);
  CHECK(first.result == NANO_OK && first.lease != NULL, "the release serves the queue: %d %s", first.result,
        first.error);
  nano_request req = {"GET", 3, "http://x/1", 10, NULL, 0, NULL, 0};
  nano_response *resp = NULL;
  CHECK(nano_eval_request(first.lease, &req, &resp) == NANO_OK, "eval on the lease: %s",
        nano_eval_last_error(first.lease));
  const uint8_t *body;
  size_t len;
  nano_response_body(resp, &body, &len);
  CHECK(len == 17 && memcmp(body, "queued http://x/1", 17) == 0, "body %.*s", (int)len, (const char *)body);
  nano_response_free(resp);

  /* Still leased: the next one waits out the timeout. */
  acquired_outcome late = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, 0, NANO_OK, NULL, ""};
  double start = now_ms();
  CHECK(nano_pool_acquire_async(rt, "q", on_acquired, &late, &none, &t1) == NANO_OK && none == NULL, "queued again");
  wait_acquired(&late);
  double waited = now_ms() - start;
  CHECK(late.result == NANO_ERR_POOL_EXHAUSTED && late.lease == NULL && strstr(late.error, "200 ms"),
        "timed out: %d %s", late.result, late.error);
  CHECK(waited >= 180, "failed after %.0f ms, before its 200 ms timeout", waited);

  CHECK(nano_pool_acquire_async(rt, "q", NULL, NULL, &none, &t1) == NANO_ERR_NULL_POINTER, "NULL callback");
  CHECK(nano_pool_acquire_async(rt, "nope", on_acquired, &late, &none, &t1) == NANO_ERR_SCRIPT_NOT_FOUND, "unknown");
  CHECK(nano_pool_acquire_async(rt, "q", on_acquired, &late, NULL, &t1) == NANO_ERR_NULL_POINTER, "NULL out");

  /* Freeing the runtime fails what is queued, before it returns. */
  acquired_outcome closing = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, 0, NANO_OK, NULL, ""};
  CHECK(nano_pool_acquire_async(rt, "q", on_acquired, &closing, &none, &t1) == NANO_OK && none == NULL, "queued last");
  CHECK(nano_runtime_free(rt) == NANO_OK, "free");
  CHECK(closing.calls == 1 && closing.result == NANO_ERR_SHUTDOWN, "shutdown: %d %d %s", closing.calls,
        closing.result, closing.error);
  CHECK(nano_pool_release(first.lease) == NANO_OK, "a lease outlives its runtime, to be released");
  CHECK(unused.calls == 0 && withdrawn.calls == 0 && first.calls == 1 && late.calls == 1,
        "each callback once: %d %d %d %d", unused.calls, withdrawn.calls, first.calls, late.calls);
}

static void test_async_and_stats(void) {
  nano_runtime *rt = NULL;
  nano_config cfg;
  nano_config_init(&cfg);
  cfg.cpu_time_limit_ms = 0; /* the busy scripts here are stopped by the host */
  CHECK(nano_runtime_new(&cfg, &rt) == NANO_OK, "runtime");
  const char *src =
      "export default { fetch(r) {\n"
      "  if (r.url.endsWith('/slow')) { const end = Date.now() + 100; while (Date.now() < end) {} }\n"
      "  if (r.url.endsWith('/throw')) throw new Error('async boom');\n"
      "  if (r.url.endsWith('/spin')) { while (true) {} }\n"
      "  return new Response('async ' + r.url);\n"
      "} }";
  CHECK(nano_runtime_add_script(rt, "a", src, strlen(src), NULL) == NANO_OK, "add: %s", nano_last_error());
  nano_lease *w = NULL;
  CHECK(nano_pool_acquire(rt, "a", &w) == NANO_OK, "acquire");

  async_outcome o = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, 0, NANO_OK, NULL, ""};
  nano_request slow = {"GET", 3, "http://x/slow", 13, NULL, 0, NULL, 0};
  CHECK(nano_eval_request_async(w, &slow, on_done, &o) == NANO_OK, "async start");
  CHECK(nano_pool_release(w) == NANO_ERR_BUSY, "release refused while the evaluation runs");
  CHECK(nano_eval_request_async(w, &slow, on_done, &o) == NANO_ERR_BUSY, "second async start refused");
  wait_done(&o);
  CHECK(o.result == NANO_OK && o.response != NULL, "async result %d %s", o.result, o.error);
  const uint8_t *body;
  size_t len;
  CHECK(nano_response_body(o.response, &body, &len) == NANO_OK, "async body: %s", nano_last_error());
  CHECK(len == 19 && memcmp(body, "async http://x/slow", 19) == 0, "async body %.*s", (int)len, (const char *)body);
  nano_response_free(o.response);

  /* Errors reach the callback with their message. */
  async_outcome e = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, 0, NANO_OK, NULL, ""};
  nano_request bad = {"GET", 3, "http://x/throw", 14, NULL, 0, NULL, 0};
  CHECK(nano_eval_request_async(w, &bad, on_done, &e) == NANO_OK, "async start after the first callback");
  wait_done(&e);
  CHECK(e.result == NANO_ERR_SCRIPT_ERROR && e.response == NULL && strstr(e.error, "async boom"), "async error %d %s",
        e.result, e.error);
  CHECK(nano_eval_request_async(w, &bad, NULL, NULL) == NANO_ERR_NULL_POINTER, "NULL callback");

  /* A runaway evaluation stopped from this thread; the isolate keeps working. */
  async_outcome c = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, 0, NANO_OK, NULL, ""};
  nano_request spin = {"GET", 3, "http://x/spin", 13, NULL, 0, NULL, 0};
  CHECK(nano_eval_request_async(w, &spin, on_done, &c) == NANO_OK, "spin start");
  struct timespec pause = {0, 50 * 1000 * 1000};
  nanosleep(&pause, NULL);
  CHECK(nano_eval_cancel(w) == NANO_OK, "cancel");
  wait_done(&c);
  CHECK(c.result == NANO_ERR_TERMINATED && c.response == NULL, "cancelled result %d %s", c.result, c.error);
  CHECK(nano_eval_cancel(NULL) == NANO_ERR_NULL_POINTER, "cancel NULL");
  nano_request fine = {"GET", 3, "http://x/fine", 13, NULL, 0, NULL, 0};
  nano_response *after = NULL;
  CHECK(nano_eval_request(w, &fine, &after) == NANO_OK, "request after a cancel: %s", nano_eval_last_error(w));
  nano_response_free(after);
  CHECK(nano_pool_release(w) == NANO_OK, "release after the callback");

  nano_pool_stats stats;
  CHECK(nano_runtime_stats(rt, &stats) == NANO_OK, "stats");
  CHECK(stats.isolates >= 1 && stats.busy == 0 && stats.idle == stats.isolates, "gauges %llu %llu %llu",
        (unsigned long long)stats.isolates, (unsigned long long)stats.idle, (unsigned long long)stats.busy);
  CHECK(stats.acquired_warm + stats.acquired_created >= 1 && stats.isolates_created >= 1, "counters");
  size_t idle = 0, busy = 0;
  CHECK(nano_runtime_script_stats(rt, "a", &idle, &busy) == NANO_OK && busy == 0 && idle >= 1, "script stats");
  CHECK(nano_runtime_script_stats(rt, "zzz", &idle, &busy) == NANO_ERR_SCRIPT_NOT_FOUND, "unknown script stats");
  CHECK(nano_runtime_stats(rt, NULL) == NANO_ERR_NULL_POINTER, "stats NULL out");
  CHECK(nano_runtime_free(rt) == NANO_OK, "free: %s", nano_last_error());
  CHECK(nano_runtime_free(rt) == NANO_ERR_INVALID_ARGUMENT, "double free of a runtime");

  /* The default CPU limit (50 ms) stops a runaway with its own code. */
  CHECK(nano_runtime_new(NULL, &rt) == NANO_OK, "runtime with default limits");
  CHECK(nano_runtime_add_script(rt, "a", src, strlen(src), NULL) == NANO_OK, "add");
  CHECK(nano_pool_acquire(rt, "a", &w) == NANO_OK, "acquire");
  nano_response *none = NULL;
  CHECK(nano_eval_request(w, &spin, &none) == NANO_ERR_CPU_LIMIT, "cpu limit: %s", nano_eval_last_error(w));
  CHECK(nano_eval_request(w, &fine, &none) == NANO_OK, "after the cpu limit");
  nano_response_free(none);
  nano_pool_release(w);
  CHECK(nano_runtime_free(rt) == NANO_OK, "free");
  nano_lease *late = NULL;
  CHECK(nano_pool_acquire(rt, "a", &late) == NANO_ERR_INVALID_ARGUMENT, "acquire on a freed runtime");
}

/* A blocking evaluation on its own host thread, for the shutdown test. */
typedef struct {
  nano_lease *worker;
  nano_result result;
} blocking_eval;

static void *eval_blocking(void *arg) {
  blocking_eval *b = arg;
  nano_request req = {"GET", 3, "http://x/wait", 13, NULL, 0, NULL, 0};
  nano_response *resp = NULL;
  b->result = nano_eval_request(b->worker, &req, &resp);
  nano_response_free(resp);
  return NULL;
}

/* Freeing a runtime with 64 requests in flight (spinning in JS, waiting on a
 * timer, or on a blocked host thread): each ends with NANO_ERR_SHUTDOWN, the
 * leases can still be released, and nothing else works on them. */
static void test_shutdown_in_flight(void) {
  enum { N = 64, BLOCKING = 8 };
  nano_config cfg;
  nano_config_init(&cfg);
  cfg.max_isolates = N;
  cfg.cpu_time_limit_ms = 0;
  cfg.min_idle_per_script = 0;
  nano_runtime *rt = NULL;
  CHECK(nano_runtime_new(&cfg, &rt) == NANO_OK, "runtime");
  const char *src =
      "export default { async fetch(r) {\n"
      "  if (r.url.endsWith('/spin')) { while (true) {} }\n"
      "  await new Promise(resolve => setTimeout(resolve, 60000));\n"
      "  return new Response('late');\n"
      "} }";
  CHECK(nano_runtime_add_script(rt, "s", src, strlen(src), NULL) == NANO_OK, "add: %s", nano_last_error());
  static nano_lease *w[N];
  static async_outcome o[N];
  static blocking_eval b[BLOCKING];
  pthread_t threads[BLOCKING];
  nano_request spin = {"GET", 3, "http://x/spin", 13, NULL, 0, NULL, 0};
  nano_request wait = {"GET", 3, "http://x/wait", 13, NULL, 0, NULL, 0};
  for (int i = 0; i < N; i++) {
    CHECK(nano_pool_acquire(rt, "s", &w[i]) == NANO_OK, "acquire %d: %s", i, nano_last_error());
    if (i < BLOCKING) {
      b[i].worker = w[i];
      b[i].result = NANO_OK;
      pthread_create(&threads[i], NULL, eval_blocking, &b[i]);
      continue;
    }
    pthread_mutex_init(&o[i].lock, NULL);
    pthread_cond_init(&o[i].cond, NULL);
    o[i].done = 0;
    CHECK(nano_eval_request_async(w[i], i % 2 ? &spin : &wait, on_done, &o[i]) == NANO_OK, "start %d", i);
  }
  struct timespec pause = {0, 100 * 1000 * 1000};
  nanosleep(&pause, NULL);
  CHECK(nano_runtime_free(rt) == NANO_OK, "free with %d in flight: %s", N, nano_last_error());
  int shutdown = 0;
  for (int i = 0; i < BLOCKING; i++) {
    pthread_join(threads[i], NULL);
    shutdown += b[i].result == NANO_ERR_SHUTDOWN;
  }
  for (int i = BLOCKING; i < N; i++) {
    /* nano_runtime_free waited for the callbacks: each has run. */
    CHECK(o[i].done, "callback %d ran before free returned", i);
    shutdown += o[i].done && o[i].result == NANO_ERR_SHUTDOWN && o[i].response == NULL;
  }
  CHECK(shutdown == N, "%d of %d in-flight requests ended with NANO_ERR_SHUTDOWN", shutdown, N);
  nano_response *resp = NULL;
  CHECK(nano_eval_request(w[0], &wait, &resp) == NANO_ERR_SHUTDOWN && resp == NULL, "eval after shutdown");
  CHECK(strstr(nano_result_message(NANO_ERR_SHUTDOWN), "shut down") != NULL, "shutdown message");
  for (int i = 0; i < N; i++) CHECK(nano_pool_release(w[i]) == NANO_OK, "release %d after shutdown", i);
  CHECK(nano_pool_release(w[0]) == NANO_ERR_INVALID_ARGUMENT, "double release after shutdown");
  nano_lease *late = NULL;
  CHECK(nano_pool_acquire(rt, "s", &late) == NANO_ERR_INVALID_ARGUMENT && late == NULL, "acquire after free");
}


/* Set by ring_flag, the ring callback of the inline test. */
static volatile int rung;

static void ring_flag(void *data) {
  (void)data;
  __atomic_store_n(&rung, 1, __ATOMIC_RELEASE);
}

static void *cancel_lease(void *lease) {
  nano_eval_cancel(lease);
  return NULL;
}

static void *free_elsewhere(void *lease) {
  return (void *)(intptr_t)nano_pool_release(lease);
}

/* Streamed bodies on an inline lease: the head first, then one chunk per
 * nano_eval_body_more; a chunk stays valid across polls; stop ends it. */
static void test_streamed(void) {
  nano_config cfg;
  nano_config_init(&cfg);
  cfg.max_body_bytes = 1000;
  nano_runtime *rt = NULL;
  CHECK(nano_runtime_new(&cfg, &rt) == NANO_OK, "runtime");
  const char *src =
      "export default { fetch(r) {\n"
      "  const path = new URL(r.url).pathname;\n"
      "  if (path === '/whole') return new Response('whole');\n"
      "  let n = 0;\n"
      "  const size = path === '/big' ? 600 : 3;\n"
      "  return new Response(new ReadableStream({ pull(c) {\n"
      "    if (path !== '/endless' && n === 3) return c.close();\n"
      "    c.enqueue(new TextEncoder().encode(String(n++).repeat(size)));\n"
      "  } }, { highWaterMark: 0 }), { headers: { 'x-streamed': 'yes' } });\n"
      "} }";
  CHECK(nano_runtime_add_script(rt, "st", src, strlen(src), NULL) == NANO_OK, "add: %s", nano_last_error());
  nano_lease *lease = NULL;
  CHECK(nano_pool_acquire_inline(rt, "st", &lease) == NANO_OK, "inline lease: %s", nano_last_error());
  if (!lease) return;
  nano_request three = {"GET", 3, "http://x/three", 14, NULL, 0, NULL, 0};
  nano_request endless = {"GET", 3, "http://x/endless", 16, NULL, 0, NULL, 0};
  nano_request big = {"GET", 3, "http://x/big", 12, NULL, 0, NULL, 0};
  nano_request whole = {"GET", 3, "http://x/whole", 14, NULL, 0, NULL, 0};
  nano_progress p;
  nano_body_part part;

  /* The head, with its first chunk; then a chunk per ask, then the end. */
  CHECK(nano_eval_start_streamed(lease, &three, NULL, NULL, &p) == NANO_OK, "start: %s", nano_last_error());
  CHECK(p.answered && p.outcome == NANO_OK && p.response && !p.done, "the head comes first");
  const uint8_t *body;
  size_t body_len;
  CHECK(nano_response_body(p.response, &body, &body_len) == NANO_OK && body_len == 0, "the head has no body");
  nano_response_free(p.response);
  CHECK(nano_eval_body_part(lease, &part) == NANO_OK && part.body_follows, "the body follows");
  CHECK(part.kind == NANO_BODY_CHUNK && part.len == 3 && memcmp(part.data, "000", 3) == 0, "first chunk");
  /* Polls without an ask bring no part and leave the chunk's bytes. */
  const uint8_t *kept = part.data;
  CHECK(nano_eval_poll(lease, &p) == NANO_OK && !p.done, "poll");
  CHECK(nano_eval_body_part(lease, &part) == NANO_OK && part.kind == NANO_BODY_NONE, "no part without an ask");
  CHECK(memcmp(kept, "000", 3) == 0, "the chunk is still readable");
  char got[16] = {0};
  size_t at = 0;
  for (;;) {
    CHECK(nano_eval_body_more(lease, &p) == NANO_OK, "more: %s", nano_last_error());
    CHECK(nano_eval_body_part(lease, &part) == NANO_OK, "part");
    if (part.kind != NANO_BODY_CHUNK) break;
    if (at + part.len < sizeof got) memcpy(got + at, part.data, part.len);
    at += part.len;
  }
  CHECK(part.kind == NANO_BODY_END && p.done && strcmp(got, "111222") == 0, "end after %s (%d)", got, part.kind);

  /* The host stops: the body's last part says so. */
  CHECK(nano_eval_start_streamed(lease, &endless, NULL, NULL, &p) == NANO_OK && !p.done, "start endless");
  nano_response_free(p.response);
  CHECK(nano_eval_body_more(lease, &p) == NANO_OK, "more");
  CHECK(nano_eval_body_stop(lease, &p) == NANO_OK && p.done, "stop");
  CHECK(nano_eval_body_part(lease, &part) == NANO_OK && part.kind == NANO_BODY_FAILED &&
            part.error == NANO_ERR_TERMINATED,
        "stopped: %d %d", part.kind, part.error);

  /* Streamed bytes count against max_body_bytes. */
  CHECK(nano_eval_start_streamed(lease, &big, NULL, NULL, &p) == NANO_OK, "start big");
  nano_response_free(p.response);
  CHECK(nano_eval_body_more(lease, &p) == NANO_OK, "more");
  CHECK(nano_eval_body_part(lease, &part) == NANO_OK && part.kind == NANO_BODY_FAILED &&
            part.error == NANO_ERR_SCRIPT_ERROR,
        "over the limit: %d %d", part.kind, part.error);
  CHECK(strstr(nano_eval_last_error(lease), "larger than the limit of 1000 bytes") != NULL, "why: %s",
        nano_eval_last_error(lease));

  /* A body that is not a stream comes whole, with its head. */
  CHECK(nano_eval_start_streamed(lease, &whole, NULL, NULL, &p) == NANO_OK && p.done && p.response, "whole");
  CHECK(nano_eval_body_part(lease, &part) == NANO_OK && !part.body_follows && part.kind == NANO_BODY_NONE,
        "nothing follows");
  nano_response_body(p.response, &body, &body_len);
  CHECK(body_len == 5 && memcmp(body, "whole", 5) == 0, "whole body");
  nano_response_free(p.response);

  /* Misuse. */
  CHECK(nano_eval_body_more(lease, &p) == NANO_ERR_INVALID_ARGUMENT, "more with nothing running");
  CHECK(nano_eval_body_part(lease, NULL) == NANO_ERR_NULL_POINTER, "NULL part");
  CHECK(nano_eval_body_part(NULL, &part) == NANO_ERR_NULL_POINTER, "NULL lease");
  nano_lease *pooled = NULL;
  CHECK(nano_pool_acquire(rt, "st", &pooled) == NANO_OK, "pooled lease");
  CHECK(nano_eval_start_streamed(pooled, &three, NULL, NULL, &p) == NANO_ERR_INVALID_ARGUMENT, "pooled");
  nano_pool_release(pooled);
  CHECK(nano_pool_release(lease) == NANO_OK, "free");
  nano_runtime_free(rt);
}

/* What the streamed callbacks of test_streamed_async saw. */
static int head_seen, head_follows, parts_seen, last_kind, last_error_code;
static char streamed_body[64];
static size_t streamed_len;

static void on_head(void *ud, nano_result result, nano_response *resp, bool follows, const char *error) {
  (void)ud;
  (void)error;
  if (result == NANO_OK) nano_response_free(resp);
  __atomic_store_n(&head_follows, follows ? 1 : 0, __ATOMIC_RELEASE);
  __atomic_store_n(&head_seen, result == NANO_OK ? 1 : -1, __ATOMIC_RELEASE);
}

static void on_part(void *ud, const nano_body_part *part, const char *error) {
  (void)ud;
  (void)error;
  if (part->kind == NANO_BODY_CHUNK && streamed_len + part->len < sizeof streamed_body) {
    memcpy(streamed_body + streamed_len, part->data, part->len);
    streamed_len += part->len;
  }
  last_error_code = part->error;
  __atomic_store_n(&last_kind, (int)part->kind, __ATOMIC_RELEASE);
  __atomic_add_fetch(&parts_seen, 1, __ATOMIC_ACQ_REL);
}

/* Waits (up to 5 s) until parts_seen reaches n. */
static int wait_parts(int n) {
  for (int i = 0; i < 5000 && __atomic_load_n(&parts_seen, __ATOMIC_ACQUIRE) < n; i++) {
    struct timespec ms = {0, 1000 * 1000};
    nanosleep(&ms, NULL);
  }
  return __atomic_load_n(&parts_seen, __ATOMIC_ACQUIRE) >= n;
}

/* Streamed bodies on nano's threads: callbacks for the head and each part,
 * the next chunk read only after nano_eval_body_ask. */
static void test_streamed_async(void) {
  nano_config cfg;
  nano_config_init(&cfg);
  nano_runtime *rt = NULL;
  CHECK(nano_runtime_new(&cfg, &rt) == NANO_OK, "runtime");
  const char *src =
      "export default { fetch(r) {\n"
      "  let n = 0;\n"
      "  const endless = r.url.endsWith('/endless');\n"
      "  return new Response(new ReadableStream({ pull(c) {\n"
      "    if (!endless && n === 3) return c.close();\n"
      "    c.enqueue(new TextEncoder().encode(String(n++)));\n"
      "  } }, { highWaterMark: 0 }));\n"
      "} }";
  CHECK(nano_runtime_add_script(rt, "sa", src, strlen(src), NULL) == NANO_OK, "add: %s", nano_last_error());
  nano_lease *lease = NULL;
  CHECK(nano_pool_acquire(rt, "sa", &lease) == NANO_OK, "lease");
  nano_request three = {"GET", 3, "http://x/three", 14, NULL, 0, NULL, 0};
  nano_request endless = {"GET", 3, "http://x/endless", 16, NULL, 0, NULL, 0};

  CHECK(nano_eval_request_streamed(lease, &three, on_head, on_part, NULL) == NANO_OK, "eval: %s", nano_last_error());
  CHECK(wait_parts(1), "first chunk");
  CHECK(head_seen == 1 && head_follows == 1, "head first, body follows");
  /* Nothing more until asked. */
  struct timespec pause = {0, 50 * 1000 * 1000};
  nanosleep(&pause, NULL);
  CHECK(__atomic_load_n(&parts_seen, __ATOMIC_ACQUIRE) == 1, "no part without an ask");
  CHECK(nano_pool_release(lease) == NANO_ERR_BUSY, "busy while the body streams");
  for (int n = 2; n <= 4; n++) {
    CHECK(nano_eval_body_ask(lease, true) == NANO_OK, "ask");
    CHECK(wait_parts(n), "part %d", n);
  }
  CHECK(last_kind == NANO_BODY_END && streamed_len == 3 && memcmp(streamed_body, "012", 3) == 0,
        "body %.*s, last %d", (int)streamed_len, streamed_body, last_kind);

  /* Stopped by the host. */
  parts_seen = 0;
  head_seen = 0;
  CHECK(nano_eval_request_streamed(lease, &endless, on_head, on_part, NULL) == NANO_OK, "eval endless");
  CHECK(wait_parts(1), "first chunk");
  CHECK(nano_eval_body_ask(lease, false) == NANO_OK, "stop");
  CHECK(wait_parts(2) && last_kind == NANO_BODY_FAILED && last_error_code == NANO_ERR_TERMINATED,
        "stopped: %d %d", last_kind, last_error_code);
  int freed = NANO_ERR_BUSY;
  for (int i = 0; i < 5000 && freed == NANO_ERR_BUSY; i++) {
    freed = nano_pool_release(lease);
    if (freed == NANO_ERR_BUSY) nanosleep(&(struct timespec){0, 1000 * 1000}, NULL);
  }
  CHECK(freed == NANO_OK, "freed after the last part: %d", freed);

  /* Misuse. */
  CHECK(nano_pool_acquire_inline(rt, "sa", &lease) == NANO_OK, "inline lease");
  CHECK(nano_eval_request_streamed(lease, &three, on_head, on_part, NULL) == NANO_ERR_INVALID_ARGUMENT, "inline");
  CHECK(nano_eval_request_streamed(lease, &three, NULL, on_part, NULL) == NANO_ERR_NULL_POINTER, "NULL head");
  nano_pool_release(lease);
  nano_runtime_free(rt);
}

/* Request bodies streamed in: a feeder thread writes while the script reads. */
static void *feed_body(void *arg) {
  nano_body_writer *w = arg;
  const char *words[] = {"one ", "two ", "three"};
  for (int i = 0; i < 3; i++) {
    nanosleep(&(struct timespec){0, 20 * 1000 * 1000}, NULL);
    if (nano_body_writer_write(w, (const uint8_t *)words[i], strlen(words[i])) != NANO_OK) return (void *)1;
  }
  return (void *)(intptr_t)nano_body_writer_end(w);
}

static void test_request_body_streamed(void) {
  nano_config cfg;
  nano_config_init(&cfg);
  cfg.max_body_bytes = 1 << 20;
  nano_runtime *rt = NULL;
  CHECK(nano_runtime_new(&cfg, &rt) == NANO_OK, "runtime");
  const char *src =
      "export default { async fetch(r) {\n"
      "  const parts = [];\n"
      "  for await (const chunk of r.body) parts.push(new TextDecoder().decode(chunk));\n"
      "  return new Response(parts.join('|'));\n"
      "} }";
  CHECK(nano_runtime_add_script(rt, "rb", src, strlen(src), NULL) == NANO_OK, "add: %s", nano_last_error());
  nano_request post = {"POST", 4, "http://x/", 9, NULL, 0, NULL, 0};

  /* On nano's threads, written from another thread as the script reads. */
  nano_lease *lease = NULL;
  CHECK(nano_pool_acquire(rt, "rb", &lease) == NANO_OK, "lease");
  nano_body_writer *w = NULL;
  CHECK(nano_eval_stream_body(lease, &w) == NANO_OK && w != NULL, "stream body: %s", nano_last_error());
  pthread_t feeder;
  pthread_create(&feeder, NULL, feed_body, w);
  nano_response *resp = NULL;
  CHECK(nano_eval_request(lease, &post, &resp) == NANO_OK, "eval: %s", nano_last_error());
  void *fed = NULL;
  pthread_join(feeder, &fed);
  CHECK(fed == (void *)(intptr_t)NANO_OK, "feeder: %d", (int)(intptr_t)fed);
  const uint8_t *body;
  size_t len;
  nano_response_body(resp, &body, &len);
  CHECK(len == 15 && memcmp(body, "one |two |three", 15) == 0, "body %.*s", (int)len, body);
  nano_response_free(resp);

  /* A body that breaks off: the script's read fails with the host's words. */
  CHECK(nano_eval_stream_body(lease, &w) == NANO_OK, "stream body");
  CHECK(nano_body_writer_write(w, (const uint8_t *)"x", 1) == NANO_OK, "write");
  CHECK(nano_body_writer_fail(w, "client gone", 11) == NANO_OK, "fail");
  CHECK(nano_eval_request(lease, &post, &resp) == NANO_ERR_SCRIPT_ERROR, "broken body");
  CHECK(strstr(nano_eval_last_error(lease), "client gone") != NULL, "message: %s", nano_eval_last_error(lease));
  CHECK(nano_body_writer_write(w, (const uint8_t *)"x", 1) == NANO_ERR_INVALID_ARGUMENT, "completed writer");

  /* Over the body limit: the request fails, and the writer is told. */
  CHECK(nano_eval_stream_body(lease, &w) == NANO_OK, "stream body");
  static uint8_t big[700 << 10];
  CHECK(nano_body_writer_write(w, big, sizeof big) == NANO_OK, "write 1");
  CHECK(nano_body_writer_write(w, big, sizeof big) == NANO_OK, "write 2");
  CHECK(nano_eval_request(lease, &post, &resp) == NANO_ERR_SCRIPT_ERROR, "over the limit");
  CHECK(nano_body_writer_write(w, big, 1) == NANO_ERR_BODY_CLOSED, "closed after its request");
  CHECK(nano_body_writer_end(w) == NANO_ERR_BODY_CLOSED, "end of a closed body (and freed)");

  /* Misuse: a body in the request as well; GET with a streamed body. */
  CHECK(nano_eval_stream_body(lease, &w) == NANO_OK, "stream body");
  nano_request both = {"POST", 4, "http://x/", 9, NULL, 0, (const uint8_t *)"b", 1};
  CHECK(nano_eval_request(lease, &both, &resp) == NANO_ERR_INVALID_ARGUMENT, "both bodies");
  CHECK(nano_body_writer_write(w, (const uint8_t *)"x", 1) == NANO_OK, "the body waits for the next request");
  nano_request get = {"GET", 3, "http://x/", 9, NULL, 0, NULL, 0};
  CHECK(nano_eval_request(lease, &get, &resp) == NANO_ERR_INVALID_ARGUMENT, "GET with a body");
  CHECK(nano_body_writer_end(w) == NANO_ERR_BODY_CLOSED, "that request took the body");
  CHECK(nano_eval_stream_body(lease, NULL) == NANO_ERR_NULL_POINTER, "NULL out");
  nano_pool_release(lease);

  /* Inline: written between polls; each write rings the host. */
  CHECK(nano_pool_acquire_inline(rt, "rb", &lease) == NANO_OK, "inline lease");
  CHECK(nano_eval_stream_body(lease, &w) == NANO_OK, "stream body");
  nano_progress p;
  CHECK(nano_eval_start(lease, &post, ring_flag, NULL, &p) == NANO_OK, "start: %s", nano_last_error());
  CHECK(!p.answered, "waits for its body");
  __atomic_store_n(&rung, 0, __ATOMIC_RELEASE);
  CHECK(nano_body_writer_write(w, (const uint8_t *)"in", 2) == NANO_OK, "write");
  CHECK(__atomic_load_n(&rung, __ATOMIC_ACQUIRE) == 1, "rung");
  CHECK(nano_eval_poll(lease, &p) == NANO_OK && !p.answered, "poll");
  CHECK(nano_body_writer_write(w, (const uint8_t *)"line", 4) == NANO_OK, "write");
  CHECK(nano_body_writer_end(w) == NANO_OK, "end");
  CHECK(nano_eval_poll(lease, &p) == NANO_OK && p.answered && p.outcome == NANO_OK, "answered");
  nano_response_body(p.response, &body, &len);
  CHECK(len == 7 && memcmp(body, "in|line", 7) == 0, "inline body %.*s", (int)len, body);
  nano_response_free(p.response);
  nano_pool_release(lease);
  nano_runtime_free(rt);
}

/* A fetch() answered with its head at once and its body from a thread. */
static void *feed_reply(void *arg) {
  nano_body_writer *w = arg;
  const char *parts[] = {"up", "stream", "ed"};
  for (int i = 0; i < 3; i++) {
    nanosleep(&(struct timespec){0, 10 * 1000 * 1000}, NULL);
    nano_body_writer_write(w, (const uint8_t *)parts[i], strlen(parts[i]));
  }
  nano_body_writer_end(w);
  return NULL;
}

/* A subrequest whose body streams out of the script: read on a thread,
 * answered with what came. */
typedef struct {
  nano_fetch_reply *reply;
  nano_body_reader *reader;
} upload;

static void *read_upload(void *arg) {
  upload *u = arg;
  char got[256];
  size_t total = 0, n = 0;
  bool end = false;
  int reads = 0;
  uint8_t buf[4]; /* small: chunks come back in pieces */
  while (nano_body_reader_read(u->reader, buf, sizeof buf, &n, &end) == NANO_OK && !end) {
    memcpy(got + total, buf, n);
    total += n;
    reads++;
  }
  char answer[300];
  int len = snprintf(answer, sizeof answer, "%s %.*s", end ? "end" : "broken", (int)total, got);
  nano_body_reader_free(u->reader);
  nano_fetch_reply_respond(u->reply, 200, NULL, 0, (const uint8_t *)answer, (size_t)len);
  free(u);
  (void)reads;
  return NULL;
}

static void on_fetch_streamed(void *user_data, const nano_request *req, nano_fetch_reply *reply) {
  (void)user_data;
  nano_body_reader *reader = NULL;
  if (nano_fetch_reply_take_body(reply, &reader) != NANO_OK) {
    nano_fetch_reply_fail(reply, "take_body failed");
    return;
  }
  if (reader != NULL) {
    if (req->body != NULL) {
      nano_fetch_reply_fail(reply, "a streamed body with request.body set");
      return;
    }
    upload *u = malloc(sizeof *u);
    u->reply = reply;
    u->reader = reader;
    pthread_t t;
    pthread_create(&t, NULL, read_upload, u);
    pthread_detach(t);
    return;
  }
  nano_header h = {(const uint8_t *)"x-up", 4, (const uint8_t *)"1", 1};
  nano_header bad = {(const uint8_t *)"bad name", 8, (const uint8_t *)"1", 1};
  nano_body_writer *w = NULL;
  /* A bad header is refused and the reply stays open. */
  if (nano_fetch_reply_respond_streamed(reply, 200, &bad, 1, &w) != NANO_ERR_INVALID_ARGUMENT || w != NULL) {
    nano_fetch_reply_fail(reply, "the bad header was taken");
    return;
  }
  if (nano_fetch_reply_respond_streamed(reply, 203, &h, 1, &w) != NANO_OK) return;
  pthread_t t;
  pthread_create(&t, NULL, feed_reply, w);
  pthread_detach(t);
}

static void test_fetch_streamed(void) {
  nano_config cfg;
  nano_config_init(&cfg);
  cfg.fetch_callback = on_fetch_streamed;
  nano_runtime *rt = NULL;
  CHECK(nano_runtime_new(&cfg, &rt) == NANO_OK, "runtime");
  const char *src =
      "export default { async fetch() {\n"
      "  const r = await fetch('http://upstream/');\n"
      "  const parts = [];\n"
      "  for await (const c of r.body) parts.push(new TextDecoder().decode(c));\n"
      "  return new Response(r.status + ' ' + r.headers.get('x-up') + ' ' + parts.join('|'));\n"
      "} }";
  CHECK(nano_runtime_add_script(rt, "fs", src, strlen(src), NULL) == NANO_OK, "add: %s", nano_last_error());
  nano_lease *lease = NULL;
  CHECK(nano_pool_acquire(rt, "fs", &lease) == NANO_OK, "lease");
  nano_request get = {"GET", 3, "http://x/", 9, NULL, 0, NULL, 0};
  nano_response *resp = NULL;
  CHECK(nano_eval_request(lease, &get, &resp) == NANO_OK, "eval: %s", nano_last_error());
  const uint8_t *body;
  size_t len;
  nano_response_body(resp, &body, &len);
  CHECK(len == 18 && memcmp(body, "203 1 up|stream|ed", 18) == 0, "body %.*s", (int)len, body);
  nano_response_free(resp);
  CHECK(nano_fetch_reply_respond_streamed(NULL, 200, NULL, 0, NULL) == NANO_ERR_NULL_POINTER, "NULL reply");
  nano_pool_release(lease);

  /* A stream body sent by the script comes to the host as it is made. */
  const char *up =
      "export default { async fetch() {\n"
      "  let n = 0;\n"
      "  const body = new ReadableStream({ async pull(c) {\n"
      "    await new Promise((r) => setTimeout(r, 2));\n"
      "    if (n++ === 2) return c.close();\n"
      "    c.enqueue(new TextEncoder().encode('chunk' + n + ';'));\n"
      "  } }, { highWaterMark: 0 });\n"
      "  const r = await fetch('http://upstream/', { method: 'POST', body });\n"
      "  return new Response(await r.text());\n"
      "} }";
  CHECK(nano_runtime_add_script(rt, "up", up, strlen(up), NULL) == NANO_OK, "add: %s", nano_last_error());
  CHECK(nano_pool_acquire(rt, "up", &lease) == NANO_OK, "lease");
  CHECK(nano_eval_request(lease, &get, &resp) == NANO_OK, "eval up: %s", nano_last_error());
  nano_response_body(resp, &body, &len);
  CHECK(len == 18 && memcmp(body, "end chunk1;chunk2;", 18) == 0, "upload %.*s", (int)len, body);
  nano_response_free(resp);
  nano_body_reader *none = NULL;
  CHECK(nano_body_reader_read(none, (uint8_t *)"x", 1, &len, &(bool){0}) == NANO_ERR_NULL_POINTER, "NULL reader");
  nano_body_reader_free(NULL);
  nano_pool_release(lease);
  nano_runtime_free(rt);
}

/* Inline leases: requests on this thread (which initialised V8), run as far
 * as they go without waiting, then polled by their wake-up time or ring. */
static void test_inline(void) {
  nano_config cfg;
  nano_config_init(&cfg);
  cfg.cpu_time_limit_ms = 100;
  nano_runtime *rt = NULL;
  CHECK(nano_runtime_new(&cfg, &rt) == NANO_OK, "runtime");
  const char *src =
      "export default { async fetch(r) {\n"
      "  const path = new URL(r.url).pathname;\n"
      "  if (path === '/spin') { while (true) {} }\n"
      "  if (path === '/timer') await new Promise(ok => setTimeout(ok, 30));\n"
      "  if (path === '/forever') await new Promise(ok => setTimeout(ok, 60000));\n"
      "  return new Response('inline ' + path);\n"
      "} }";
  CHECK(nano_runtime_add_script(rt, "in", src, strlen(src), NULL) == NANO_OK, "add: %s", nano_last_error());
  nano_lease *lease = NULL;
  CHECK(nano_pool_acquire_inline(rt, "in", &lease) == NANO_OK, "inline lease: %s", nano_last_error());
  if (!lease) return;
  nano_request hello = {"GET", 3, "http://x/hello", 14, NULL, 0, NULL, 0};
  nano_request timer = {"GET", 3, "http://x/timer", 14, NULL, 0, NULL, 0};
  nano_request spin = {"GET", 3, "http://x/spin", 13, NULL, 0, NULL, 0};
  nano_request forever = {"GET", 3, "http://x/forever", 16, NULL, 0, NULL, 0};
  nano_progress p;

  /* Answered and done in one step. */
  memset(&p, 0, sizeof p);
  CHECK(nano_eval_start(lease, &hello, NULL, NULL, &p) == NANO_OK, "start: %s", nano_last_error());
  CHECK(p.answered && p.outcome == NANO_OK && p.response && p.done && p.wake_in_ms == -1, "hello in one step");
  const uint8_t *body;
  size_t body_len;
  if (p.response) {
    nano_response_body(p.response, &body, &body_len);
    CHECK(body_len == 13 && memcmp(body, "inline /hello", 13) == 0, "inline body %.*s", (int)body_len, body);
    nano_response_free(p.response);
  }

  /* A timer: suspended, then polled at its time. */
  CHECK(nano_eval_start(lease, &timer, ring_flag, NULL, &p) == NANO_OK, "start timer");
  CHECK(!p.answered && !p.done && p.wake_in_ms >= 25 && p.wake_in_ms <= 31, "waits %lld ms", (long long)p.wake_in_ms);
  CHECK(nano_eval_start(lease, &hello, NULL, NULL, &p) == NANO_ERR_BUSY, "one request at a time");
  nano_lease *second = NULL;
  CHECK(nano_pool_acquire_inline(rt, "in", &second) == NANO_ERR_BUSY && second == NULL, "one inline isolate per thread");
  int steps = 1;
  while (!p.done) {
    struct timespec pause = {0, (long)p.wake_in_ms * 1000 * 1000};
    nanosleep(&pause, NULL);
    CHECK(nano_eval_poll(lease, &p) == NANO_OK, "poll: %s", nano_last_error());
    steps++;
  }
  CHECK(p.answered && p.outcome == NANO_OK && steps >= 2, "timer answered after %d steps", steps);
  nano_response_free(p.response);
  CHECK(nano_eval_poll(lease, &p) == NANO_ERR_INVALID_ARGUMENT, "poll with nothing running");

  /* The CPU limit on this thread. */
  CHECK(nano_eval_start(lease, &spin, NULL, NULL, &p) == NANO_OK, "start spin");
  CHECK(p.answered && p.outcome == NANO_ERR_CPU_LIMIT && p.response == NULL && p.done, "cpu limit: %d", p.outcome);
  CHECK(strstr(nano_eval_last_error(lease), "CPU time limit") != NULL, "why: %s", nano_eval_last_error(lease));

  /* Cancelled from another thread while it waits: the host is rung. */
  __atomic_store_n(&rung, 0, __ATOMIC_RELEASE);
  CHECK(nano_eval_start(lease, &forever, ring_flag, NULL, &p) == NANO_OK && !p.done, "start forever");
  pthread_t t;
  pthread_create(&t, NULL, cancel_lease, lease);
  pthread_join(t, NULL);
  CHECK(__atomic_load_n(&rung, __ATOMIC_ACQUIRE) == 1, "the cancel rang");
  CHECK(nano_eval_poll(lease, &p) == NANO_OK && p.answered && p.outcome == NANO_ERR_TERMINATED && p.done,
        "cancelled: %d", p.outcome);

  /* Misuse. */
  nano_response *none = NULL;
  CHECK(nano_eval_request_async(lease, &hello, on_done, NULL) == NANO_ERR_INVALID_ARGUMENT, "no async on inline");
  CHECK(nano_eval_request(lease, &hello, &none) == NANO_OK && none, "blocking eval on an inline lease");
  nano_response_free(none);
  CHECK(nano_eval_start(lease, &hello, NULL, NULL, NULL) == NANO_ERR_NULL_POINTER, "NULL progress");
  nano_lease *pooled = NULL;
  CHECK(nano_pool_acquire(rt, "in", &pooled) == NANO_OK, "pooled lease");
  CHECK(nano_eval_start(pooled, &hello, NULL, NULL, &p) == NANO_ERR_INVALID_ARGUMENT, "start on a pooled lease");
  nano_pool_release(pooled);
  pthread_create(&t, NULL, free_elsewhere, lease);
  void *freed;
  pthread_join(t, &freed);
  CHECK((nano_result)(intptr_t)freed == NANO_ERR_UNSAFE_THREAD, "freed off its thread: %d", (int)(intptr_t)freed);
  CHECK(strstr(nano_result_message(NANO_ERR_UNSAFE_THREAD), "inline") != NULL, "message");

  /* Freed with a request waiting: dropped; the next lease starts clean. */
  CHECK(nano_eval_start(lease, &forever, NULL, NULL, &p) == NANO_OK && !p.done, "start forever again");
  CHECK(nano_pool_release(lease) == NANO_OK, "free with a request waiting");
  CHECK(nano_pool_acquire_inline(rt, "in", &lease) == NANO_OK, "inline lease again");
  CHECK(nano_eval_start(lease, &hello, NULL, NULL, &p) == NANO_OK && p.done && p.outcome == NANO_OK, "after");
  nano_response_free(p.response);
  CHECK(nano_pool_release(lease) == NANO_OK, "free");
  CHECK(nano_runtime_free(rt) == NANO_OK, "free runtime");
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: %s tests/c/globals.js\n", argv[0]);
    return 2;
  }
  size_t len;
  char *src = read_file(argv[1], &len);
  if (!src) {
    fprintf(stderr, "cannot read %s\n", argv[1]);
    return 2;
  }
  int log_calls = 0;
  nano_config cfg;
  nano_config_init(&cfg);
  cfg.log_callback = capture_log;
  cfg.log_user_data = &log_calls;
  nano_runtime *rt = NULL;
  CHECK(nano_runtime_new(&cfg, &rt) == NANO_OK, "runtime: %s", nano_last_error());
  if (!rt) return 1;
  nano_script_options opts;
  nano_script_options_init(&opts);
  nano_binding env[] = {{"GREETING", 8, "hi from env", 11}};
  opts.bindings = env;
  opts.bindings_len = 1;
  nano_result r = nano_runtime_add_script(rt, "globals", src, len, &opts);
  CHECK(r == NANO_OK, "register globals.js: %s", nano_last_error());
  free(src);
  if (r == NANO_OK) {
    test_globals(rt);
    test_echo(rt);
    test_bodies(rt);
    test_script_errors(rt);
    test_console(rt, &log_calls);
    test_bad_input(rt);
  }
  test_registration_errors(rt);
  test_modules(rt);
  test_node_compat(rt);
  test_service_worker(rt);
  test_isolation_modes(rt);
  test_pool_limit();
  test_acquire_async();
  test_older_structs();
  test_async_and_stats();
  test_shutdown_in_flight();
  test_inline();
  test_streamed();
  test_streamed_async();
  test_request_body_streamed();
  test_fetch_streamed();
  CHECK(nano_runtime_free(rt) == NANO_OK, "free runtime: %s", nano_last_error());
  printf("%d passed, %d failed\n", passed, failed);
  return failed == 0 ? 0 : 1;
}
