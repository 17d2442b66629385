/*
 * ngx_http_nano_module: serves Workers scripts from nginx through libnano.
 *
 * Each nginx worker process owns one nano runtime, created in init_process
 * (V8 never starts in the master, so nothing V8 made crosses a fork; the
 * worker's own thread initialises V8, so it may run JavaScript). A request
 * for a `nano_pass` location starts once nginx has read its headers and what
 * of its body has arrived: a body still arriving streams into the script
 * (nano_body_writer), unless `nano_request_buffering on` reads it whole
 * first. Then:
 * - inline (the default, `nano_inline on`): run on this thread, in the
 *   worker's own isolate for the script, as far as it goes without waiting.
 *   Most requests end there, with no thread hand-off. One that waits (a
 *   timer, a subrequest) is polled again from the loop: by a timer at the
 *   time nano names, or when nano rings (it writes the eventfd below).
 * - handed off, when the script's inline isolate already serves a waiting
 *   request (or `nano_inline off`): to nano_eval_request_streamed, and parked;
 *   nano runs it on its own thread and calls back there, with the head and
 *   then each part of a stream body. The callbacks only queue what came
 *   (a part copied) and write an eventfd that this worker's event loop
 *   watches as a connection; the queues are drained on the loop's thread,
 *   where the response is sent and the next part asked for.
 * Either way the loop never waits on a script's timers or subrequests.
 *
 * The module is split by concern, in layers whose calls point one way
 * (lowest first; scripts/check-layers.py fails CI on a call upwards or a
 * cycle):
 * - ngx_http_nano_request.c: a request into nano (method, URL, headers, the
 *   body whole or streamed through the body writer); returns outcomes;
 * - ngx_http_nano_call.c: the call object (one request on its way through
 *   nano): made, its client gone, its backstop timer, freed; why it failed;
 * - ngx_http_nano_response.c: the response out to nginx (whole, or a stream
 *   body inline or handed off); returns outcomes, never decides what runs
 *   next;
 * - ngx_http_nano_process.c: the one scheduler: worker start and stop, the
 *   wake-up queue between nano's threads and the event loop, whether a
 *   request runs inline or is handed off, and what runs next;
 * - ngx_http_nano_module.c: directives and configuration (and the check of
 *   every script when nginx reads its configuration).
 * This header holds what they share. Directives: see README.md.
 */

#ifndef NGX_HTTP_NANO_H
#define NGX_HTTP_NANO_H

#include <ngx_config.h>
#include <ngx_core.h>
#include <ngx_http.h>

#include <pthread.h>
#include <signal.h>

#include <nano.h>

/* One `nano_script` declaration. The source is read by the master at
 * configuration time (so a missing file fails `nginx -t`); it is compiled in
 * each worker. */
typedef struct {
    ngx_str_t                   name;
    u_char                     *cname;       /* NUL-terminated copy */
    ngx_str_t                   path;
    ngx_str_t                   source;
    ngx_array_t                 bindings;    /* of nano_binding */
    ngx_uint_t                  format;      /* NANO_SCRIPT_* */
    ngx_uint_t                  isolation;    /* NANO_ISOLATION_* */
    ngx_flag_t                  allow_eval;   /* lockdown lifted: eval */
    ngx_flag_t                  no_node_compat; /* node:* imports refused */
    ngx_flag_t                  allow_shared_memory;  /* SharedArrayBuffer */
    ngx_flag_t                  loaded;      /* registered in this worker */

    /* This worker's inline lease while a request runs on it (one per
     * script), the call it has not answered yet, and its poll timer. */
    nano_lease                 *inline_lease;
    struct ngx_http_nano_call_s *inline_call;
    ngx_event_t                 inline_timer;
} ngx_http_nano_script_t;

typedef struct {
    ngx_array_t                 scripts;     /* of ngx_http_nano_script_t */
    ngx_uint_t                  pool_size;
    ngx_uint_t                  min_idle;    /* nano_pool_min_idle */
    ngx_uint_t                  max_idle;    /* nano_pool_max_idle */
    ngx_msec_t                  idle_timeout;
    ngx_msec_t                  cpu_limit;
    ngx_msec_t                  wall_limit;
    ngx_msec_t                  acquire_timeout;
    ngx_flag_t                  inline_runs;  /* nano_inline */
    ngx_flag_t                  request_buffering;  /* nano_request_buffering */
    size_t                      memory_limit;
    size_t                      body_limit;   /* nano_body_limit; 0: none */
    size_t                      url_limit;    /* nano_url_limit; 0: none */
    ngx_uint_t                  header_count_limit;  /* 0: none */
    size_t                      header_size_limit;   /* 0: none */
    ngx_int_t                   console;     /* -1 off, 0 by severity, else a NGX_LOG_* level */
} ngx_http_nano_main_conf_t;

typedef struct {
    ngx_http_nano_script_t     *script;
} ngx_http_nano_loc_conf_t;

/* One request on its way through nano. malloc'd rather than taken from the
 * request's pool: nano holds it until its callback has run, which may be
 * after nginx has freed the request (client gone, worker shutdown). */
typedef struct ngx_http_nano_call_s  ngx_http_nano_call_t;

struct ngx_http_nano_call_s {
    ngx_http_request_t         *request;     /* NULL once nginx freed it */
    ngx_pool_cleanup_t         *cleanup;     /* on the request's pool */
    ngx_http_nano_script_t     *script;
    nano_lease                *worker;      /* the lease, while running */
    nano_request                input;       /* borrows the request's pool */
    uint64_t                    ticket;      /* in nano's queue, while waiting */
    ngx_event_t                 timer;       /* backstop past the wall limit */
    unsigned                    waiting:1;   /* for a lease, in nano's queue */
    unsigned                    running:1;
    unsigned                    inline_run:1;  /* on script->inline_lease */
    unsigned                    streaming:1;   /* its body goes out in parts */
    unsigned                    head_follows:1;  /* handed off: parts follow its head */
    /* The request body still arriving, written to nano as it comes (NULL
     * when it came whole, or once it ended). */
    nano_body_writer           *body_writer;
    /* The chunk being written, borrowed from the lease (streamed inline). */
    ngx_buf_t                   chunk;
    ngx_chain_t                 chunk_link;

    /* A handed-off streamed body's latest part, copied by nano's thread
     * (ngx_http_nano_streamed_part) and queued on the parts list; one at a
     * time: the next comes after nano_eval_body_ask. */
    nano_body_kind              part_kind;
    nano_result                 part_error;
    u_char                     *part_data;   /* malloc'd; NULL: none or lost */
    size_t                      part_len;
    char                       *part_message;
    ngx_http_nano_call_t       *part_next;

    /* Written by nano's thread (the lease too, when it was waited for),
     * read by the loop after the queue lock. */
    nano_result                 result;
    nano_response              *response;
    char                       *error;
    ngx_http_nano_call_t       *next;
};

/* A console line from a script, queued for the error log. */
typedef struct ngx_http_nano_line_s  ngx_http_nano_line_t;

struct ngx_http_nano_line_s {
    ngx_http_nano_line_t       *next;
    nano_log_level              level;
    size_t                      len;
    u_char                      text[1];
};

/* Per worker process. */
typedef struct {
    nano_runtime               *runtime;
    ngx_http_nano_main_conf_t  *conf;
    int                         efd;
    ngx_connection_t           *notify;
    ngx_uint_t                  inline_ok;   /* this thread may run inline */
    int                         rung;        /* nano rang an inline run */

    pthread_mutex_t             lock;        /* guards the three lists below */
    ngx_http_nano_call_t       *done_head;
    ngx_http_nano_call_t      **done_tail;
    ngx_http_nano_call_t       *parts_head;  /* by part_next */
    ngx_http_nano_call_t      **parts_tail;
    ngx_http_nano_line_t       *lines_head;
    ngx_http_nano_line_t      **lines_tail;
} ngx_http_nano_state_t;


extern ngx_module_t           ngx_http_nano_module;
extern ngx_http_nano_state_t  ngx_http_nano_state;

/* Files lowest first; each calls only those before it
 * (scripts/check-layers.py). ngx_http_nano_module.c (directives, the module
 * table) is above them all and exports nothing. */

/* ngx_http_nano_request.c: request in */
ngx_int_t ngx_http_nano_request_input(ngx_http_request_t *r, nano_request *in);
ngx_int_t ngx_http_nano_request_listen(ngx_http_request_t *r);
ngx_int_t ngx_http_nano_stream_body(ngx_http_nano_call_t *call);
void ngx_http_nano_body_done(ngx_http_nano_call_t *call, const char *why);

/* ngx_http_nano_call.c: the call */
ngx_http_nano_call_t *ngx_http_nano_call_new(ngx_http_request_t *r);
void ngx_http_nano_free_call(ngx_http_nano_call_t *call);
void ngx_http_nano_log_failure(ngx_http_request_t *r,
    ngx_http_nano_call_t *call, nano_result result, const char *error);

/* ngx_http_nano_response.c: response out */
void ngx_http_nano_finish(ngx_http_nano_call_t *call);
void ngx_http_nano_answer(ngx_http_nano_call_t *call, ngx_uint_t from_loop);
void ngx_http_nano_stream_head(ngx_http_nano_script_t *script,
    ngx_http_nano_call_t *call, nano_response *resp, nano_progress *progress);
ngx_uint_t ngx_http_nano_stream(ngx_http_nano_script_t *script,
    nano_progress *progress, ngx_uint_t from_loop,
    ngx_http_event_handler_pt write_handler);
ngx_uint_t ngx_http_nano_stream_flushed(ngx_http_request_t *r,
    ngx_http_event_handler_pt handler);
void ngx_http_nano_stream_end(ngx_http_nano_script_t *script,
    ngx_http_nano_call_t *call, ngx_int_t rc, ngx_uint_t from_loop);
void ngx_http_nano_handoff_head(ngx_http_nano_call_t *call);
void ngx_http_nano_handoff_part(ngx_http_nano_call_t *call);

/* ngx_http_nano_process.c: the scheduler, worker start and stop */
void ngx_http_nano_console_drop(void *data, nano_log_level level,
    const char *message, size_t len);
nano_result ngx_http_nano_register(nano_runtime *runtime,
    ngx_http_nano_script_t *script);
ngx_int_t ngx_http_nano_handler(ngx_http_request_t *r);
ngx_int_t ngx_http_nano_init_process(ngx_cycle_t *cycle);
void ngx_http_nano_exit_process(ngx_cycle_t *cycle);

#endif /* NGX_HTTP_NANO_H */
