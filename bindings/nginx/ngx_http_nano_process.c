/*
 * ngx_http_nano_module: worker process start and stop, and the wake-up
 * queue. nano's threads post finished calls and console lines to a locked
 * queue and write an eventfd that the worker's event loop watches as a
 * connection; the loop drains the queue on its own thread. And the
 * scheduler: the one place that decides what runs next (a request's
 * start inline or hand-off, its lease granted, an inline run's next step
 * or poll, a streamed chunk's successor), calling request.c, call.c and
 * response.c, which return and never call back.
 */

#include "ngx_http_nano.h"

#include <sys/eventfd.h>

static void ngx_http_nano_drain(ngx_uint_t exiting);
static void ngx_http_nano_acquired(void *data, nano_result result,
    nano_lease *lease, const char *error);
static void ngx_http_nano_streamed_head(void *data, nano_result result,
    nano_response *response, bool body_follows, const char *error);
static void ngx_http_nano_streamed_part(void *data,
    const nano_body_part *part, const char *error);
static void ngx_http_nano_ring(void *data);
static void ngx_http_nano_inline_progress(ngx_http_nano_script_t *script,
    nano_progress *progress, ngx_uint_t from_loop);
static void ngx_http_nano_release_inline(ngx_http_nano_script_t *script);
static void ngx_http_nano_stream_write(ngx_http_request_t *r);
static void ngx_http_nano_body_read(ngx_http_request_t *r);
static ngx_int_t ngx_http_nano_start_inline(ngx_http_nano_call_t *call);
static void ngx_http_nano_dispatch(ngx_http_nano_call_t *call);
static ngx_int_t ngx_http_nano_run(ngx_http_nano_call_t *call);
static void ngx_http_nano_granted(ngx_http_nano_call_t *call);


ngx_http_nano_state_t  ngx_http_nano_state = { .efd = -1 };


/* On a nano thread: hands a finished call (or one whose streamed head
 * came), a call's next body part (`part`), or a console line to the loop.
 * Only the first item of a batch wakes it: it drains them all. */
static void
ngx_http_nano_post(ngx_http_nano_state_t *st, ngx_http_nano_call_t *call,
    ngx_http_nano_line_t *line, ngx_uint_t part)
{
    int       wake;
    uint64_t  one = 1;

    pthread_mutex_lock(&st->lock);

    wake = (st->lines_head == NULL && st->done_head == NULL
            && st->parts_head == NULL);

    if (call && part) {
        *st->parts_tail = call;
        st->parts_tail = &call->part_next;

    } else if (call) {
        *st->done_tail = call;
        st->done_tail = &call->next;

    } else {
        *st->lines_tail = line;
        st->lines_tail = &line->next;
    }

    pthread_mutex_unlock(&st->lock);

    if (wake && write(st->efd, &one, sizeof(one)) == -1) {
        /* Only EAGAIN (counter full): the loop is already woken. */
    }
}


/* Called by nano on one of its threads: queue the line for the loop. */
static void
ngx_http_nano_console_line(void *data, nano_log_level level,
    const char *message, size_t len)
{
    ngx_http_nano_line_t   *line;
    ngx_http_nano_state_t  *st = data;

    line = malloc(sizeof(ngx_http_nano_line_t) + len);
    if (line == NULL) {
        return;
    }

    line->next = NULL;
    line->level = level;
    line->len = len;
    ngx_memcpy(line->text, message, len);

    ngx_http_nano_post(st, NULL, line, 0);
}


/* Called by nano on one of its threads when a call that waited in nano's
 * queue got its lease (or did not: the pool stayed busy past
 * nano_acquire_timeout, or the worker is shutting down). */
static void
ngx_http_nano_acquired(void *data, nano_result result, nano_lease *lease,
    const char *error)
{
    ngx_http_nano_call_t  *call = data;

    call->result = result;
    call->worker = lease;
    call->error = (result != NANO_OK) ? strdup(error ? error : "") : NULL;
    call->next = NULL;

    ngx_http_nano_post(&ngx_http_nano_state, call, NULL, 0);
}


/* Called by nano on one of its threads with a handed-off call's head: its
 * outcome, and whether its body follows in parts. */
static void
ngx_http_nano_streamed_head(void *data, nano_result result,
    nano_response *response, bool body_follows, const char *error)
{
    ngx_http_nano_call_t  *call = data;

    call->result = result;
    call->response = response;
    call->head_follows = (result == NANO_OK && body_follows);
    call->error = (result != NANO_OK) ? strdup(error ? error : "") : NULL;
    call->next = NULL;

    ngx_http_nano_post(&ngx_http_nano_state, call, NULL, 0);
}


/* Called by nano on one of its threads with the next part of a handed-off
 * call's body: copied (nano's bytes live only during the call), queued. A
 * chunk that cannot be copied is lost: the loop then stops the body. */
static void
ngx_http_nano_streamed_part(void *data, const nano_body_part *part,
    const char *error)
{
    ngx_http_nano_call_t  *call = data;

    call->part_kind = part->kind;
    call->part_error = part->error;
    call->part_data = NULL;
    call->part_len = 0;
    call->part_message = NULL;

    if (part->kind == NANO_BODY_CHUNK && part->len > 0) {
        call->part_data = malloc(part->len);
        if (call->part_data != NULL) {
            ngx_memcpy(call->part_data, part->data, part->len);
            call->part_len = part->len;
        }

    } else if (part->kind == NANO_BODY_FAILED) {
        call->part_message = strdup(error ? error : "");
    }

    call->part_next = NULL;

    ngx_http_nano_post(&ngx_http_nano_state, call, NULL, 1);
}


/* The ring callback of inline runs, on any thread: a waiting request has
 * something to do. Each ring wakes the loop, which polls them. */
static void
ngx_http_nano_ring(void *data)
{
    uint64_t                one = 1;
    ngx_http_nano_state_t  *st = data;

    __atomic_store_n(&st->rung, 1, __ATOMIC_RELEASE);

    if (write(st->efd, &one, sizeof(one)) == -1) {
        /* Only EAGAIN (counter full): the loop is already woken. */
    }
}


/* On the loop's thread: where an inline request got to after a step. Its
 * outcome goes to its request once; the lease is released when the request
 * is over (its waitUntil work included), else polled again by its timer. */
static void
ngx_http_nano_inline_progress(ngx_http_nano_script_t *script,
    nano_progress *progress, ngx_uint_t from_loop)
{
    nano_body_part         part;
    ngx_http_nano_call_t  *call = script->inline_call;

    if (progress->answered
        && progress->outcome == NANO_OK
        && nano_eval_body_part(script->inline_lease, &part) == NANO_OK
        && part.body_follows)
    {
        /* A streamed body: the head goes out now, the parts below. */
        if (call) {
            ngx_http_nano_stream_head(script, call, progress->response,
                                      progress);

        } else {
            nano_response_free(progress->response);
            if (nano_eval_body_stop(script->inline_lease, progress)
                != NANO_OK)
            {
                progress->done = 1;
            }
        }

    } else if (progress->answered) {
        script->inline_call = NULL;

        if (call) {
            call->result = progress->outcome;
            call->response = progress->response;
            call->error = (progress->outcome != NANO_OK)
                ? strdup(nano_eval_last_error(script->inline_lease)) : NULL;
            ngx_http_nano_answer(call, from_loop);

        } else {
            nano_response_free(progress->response);
        }
    }

    if (!ngx_http_nano_stream(script, progress, from_loop,
                               ngx_http_nano_stream_write)) {
        return;                 /* a chunk waits for the client's socket */
    }

    if (progress->done) {
        ngx_http_nano_release_inline(script);
        return;
    }

    /* Deleted first: ngx_add_timer keeps a timer that is set when the new
     * time is near the old one. */
    if (script->inline_timer.timer_set) {
        ngx_del_timer(&script->inline_timer);
    }

    ngx_add_timer(&script->inline_timer, (ngx_msec_t) progress->wake_in_ms);
}


/* On the loop's thread: goes on with the script's waiting inline request. */
static void
ngx_http_nano_poll_inline(ngx_http_nano_script_t *script)
{
    nano_result            rc;
    nano_progress          progress;
    ngx_http_nano_call_t  *call;

    if (script->inline_lease == NULL) {
        return;
    }

    rc = nano_eval_poll(script->inline_lease, &progress);

    if (rc != NANO_OK) {
        ngx_log_error(NGX_LOG_ALERT, ngx_cycle->log, 0,
                      "nano: polling script \"%V\" failed: %s",
                      &script->name, nano_last_error());
        call = script->inline_call;
        script->inline_call = NULL;
        ngx_http_nano_release_inline(script);

        if (call) {
            call->result = rc;
            call->error = strdup(nano_last_error());
            ngx_http_nano_answer(call, 1);
        }
        return;
    }

    ngx_http_nano_inline_progress(script, &progress, 1);
}


/* Gives the script's inline lease back (a request still waiting on it is
 * dropped by nano, as if stopped). */
static void
ngx_http_nano_release_inline(ngx_http_nano_script_t *script)
{
    if (script->inline_timer.timer_set) {
        ngx_del_timer(&script->inline_timer);
    }

    if (script->inline_lease == NULL) {
        return;
    }

    if (nano_pool_release(script->inline_lease) != NANO_OK) {
        ngx_log_error(NGX_LOG_ALERT, ngx_cycle->log, 0,
                      "nano: releasing the inline isolate failed: %s",
                      nano_last_error());
    }

    script->inline_lease = NULL;
}


static void
ngx_http_nano_inline_timer(ngx_event_t *ev)
{
    ngx_http_nano_poll_inline(ev->data);
}


/* On the loop's thread: every script whose inline request was rung. */
static void
ngx_http_nano_poll_rung(void)
{
    ngx_uint_t               i;
    ngx_http_nano_script_t  *script;
    ngx_http_nano_state_t   *st = &ngx_http_nano_state;

    if (!__atomic_exchange_n(&st->rung, 0, __ATOMIC_ACQ_REL)) {
        return;
    }

    script = st->conf->scripts.elts;
    for (i = 0; i < st->conf->scripts.nelts; i++) {
        ngx_http_nano_poll_inline(&script[i]);
    }
}


static void
ngx_http_nano_notified(ngx_event_t *rev)
{
    uint64_t  n;

    if (read(ngx_http_nano_state.efd, &n, sizeof(n)) == -1) {
        /* EAGAIN: a drain already took what this wake-up was for. */
    }

    ngx_http_nano_poll_rung();
    ngx_http_nano_drain(0);
}


static void
ngx_http_nano_log_line(ngx_http_nano_line_t *line)
{
    ngx_int_t   console = ngx_http_nano_state.conf->console;
    ngx_uint_t  level;

    if (console > 0) {
        level = (ngx_uint_t) console;

    } else {
        switch (line->level) {
        case NANO_LOG_ERROR:
            level = NGX_LOG_ERR;
            break;
        case NANO_LOG_WARN:
            level = NGX_LOG_WARN;
            break;
        case NANO_LOG_DEBUG:
            level = NGX_LOG_DEBUG;
            break;
        default:
            level = NGX_LOG_INFO;
            break;
        }
    }

    ngx_log_error(level, ngx_cycle->log, 0, "nano console: %*s",
                  line->len, line->text);
}


/* On the loop's thread: logs the queued console lines, starts the calls
 * that got their lease and finishes those that ended; when the process
 * exits, only frees the calls (their requests go with the process). */
static void
ngx_http_nano_drain(ngx_uint_t exiting)
{
    ngx_http_nano_call_t   *call, *next_call, *parts;
    ngx_http_nano_line_t   *line, *next_line;
    ngx_http_nano_state_t  *st = &ngx_http_nano_state;

    pthread_mutex_lock(&st->lock);
    call = st->done_head;
    line = st->lines_head;
    parts = st->parts_head;
    st->done_head = NULL;
    st->done_tail = &st->done_head;
    st->parts_head = NULL;
    st->parts_tail = &st->parts_head;
    st->lines_head = NULL;
    st->lines_tail = &st->lines_head;
    pthread_mutex_unlock(&st->lock);

    for ( /* void */ ; line; line = next_line) {
        next_line = line->next;
        ngx_http_nano_log_line(line);
        free(line);
    }

    for ( /* void */ ; call; call = next_call) {
        next_call = call->next;

        if (exiting) {
            nano_pool_release(call->worker);
            nano_response_free(call->response);
            ngx_http_nano_free_call(call);

        } else if (call->waiting) {
            ngx_http_nano_granted(call);

        } else if (call->head_follows) {
            ngx_http_nano_handoff_head(call);   /* its parts follow */

        } else {
            ngx_http_nano_finish(call);
        }
    }

    /* Heads before parts: a part posted after its head is in this drain
     * or a later one. The process's exit drops what is left. */
    for (call = parts; call; call = next_call) {
        next_call = call->part_next;

        if (exiting) {
            free(call->part_data);
            free(call->part_message);
            call->part_data = NULL;
            call->part_message = NULL;

        } else {
            ngx_http_nano_handoff_part(call);
        }
    }
}


void
ngx_http_nano_console_drop(void *data, nano_log_level level,
    const char *message, size_t len)
{
}


/* Registers one declared script with a runtime: a module script from its
   file, its imports read from disk now (a service worker is one classic
   script, read when the configuration was). */
nano_result
ngx_http_nano_register(nano_runtime *runtime, ngx_http_nano_script_t *script)
{
    nano_script_options  options;

    nano_script_options_init(&options);
    options.format = (uint32_t) script->format;
    options.isolation = (uint32_t) script->isolation;
    options.allow_eval = script->allow_eval ? 1 : 0;
    options.node_compat = script->no_node_compat ? 0 : 1;
    options.allow_shared_memory = script->allow_shared_memory ? 1 : 0;
    options.bindings = script->bindings.elts;
    options.bindings_len = script->bindings.nelts;

    if (script->format == NANO_SCRIPT_MODULE) {
        return nano_runtime_add_script_file(runtime, (char *) script->cname,
                                            (char *) script->path.data,
                                            &options);
    }

    return nano_runtime_add_script(runtime, (char *) script->cname,
                                   (char *) script->source.data,
                                   script->source.len, &options);
}


ngx_int_t
ngx_http_nano_init_process(ngx_cycle_t *cycle)
{
    ngx_uint_t                  i, inline_isolates;
    nano_result                 rc;
    nano_config                 config;
    ngx_connection_t           *c;
    ngx_http_nano_script_t     *script;
    ngx_http_nano_state_t      *st = &ngx_http_nano_state;
    ngx_http_nano_main_conf_t  *mcf;

    if (ngx_process != NGX_PROCESS_WORKER
        && ngx_process != NGX_PROCESS_SINGLE)
    {
        return NGX_OK;
    }

    mcf = ngx_http_cycle_get_module_main_conf(cycle, ngx_http_nano_module);
    if (mcf == NULL || mcf->scripts.nelts == 0) {
        return NGX_OK;
    }

    st->conf = mcf;
    st->done_head = NULL;
    st->done_tail = &st->done_head;
    st->parts_head = NULL;
    st->parts_tail = &st->parts_head;
    st->lines_head = NULL;
    st->lines_tail = &st->lines_head;

    if (pthread_mutex_init(&st->lock, NULL) != 0) {
        ngx_log_error(NGX_LOG_EMERG, cycle->log, 0, "nano: mutex init failed");
        return NGX_ERROR;
    }

    st->efd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (st->efd == -1) {
        ngx_log_error(NGX_LOG_EMERG, cycle->log, ngx_errno,
                      "nano: eventfd() failed");
        return NGX_ERROR;
    }

    c = ngx_get_connection(st->efd, cycle->log);
    if (c == NULL) {
        close(st->efd);
        st->efd = -1;
        return NGX_ERROR;
    }

    c->read->handler = ngx_http_nano_notified;
    c->read->log = cycle->log;
    c->write->log = cycle->log;
    c->data = st;
    st->notify = c;

    if (ngx_add_event(c->read, NGX_READ_EVENT, 0) != NGX_OK) {
        return NGX_ERROR;
    }

    st->inline_ok = mcf->inline_runs;
    st->rung = 0;
    inline_isolates = 0;
    script = mcf->scripts.elts;
    for (i = 0; i < mcf->scripts.nelts; i++) {
        if (mcf->inline_runs && script[i].isolation != NANO_ISOLATION_STRICT) {
            inline_isolates++;
        }
        script[i].inline_lease = NULL;
        script[i].inline_call = NULL;
        ngx_memzero(&script[i].inline_timer, sizeof(ngx_event_t));
        script[i].inline_timer.handler = ngx_http_nano_inline_timer;
        script[i].inline_timer.data = &script[i];
        script[i].inline_timer.log = cycle->log;
    }

    nano_config_init(&config);
    /* nano counts inline isolates in max_isolates too: room for the
     * worker's one inline isolate per script (strict scripts never run
     * inline), besides nano_pool_size on nano's threads. */
    config.max_isolates = (uint32_t) (mcf->pool_size + inline_isolates);
    config.max_idle_per_script = (uint32_t) mcf->max_idle;
    config.min_idle_per_script = (uint32_t) mcf->min_idle;
    config.idle_timeout_ms = (uint32_t) mcf->idle_timeout;
    /* Requests over the pool's size wait in nano's queue (the loop never
     * waits: see ngx_http_nano_dispatch). */
    config.acquire_timeout_ms = (uint32_t) mcf->acquire_timeout;
    config.cpu_time_limit_ms = (uint32_t) mcf->cpu_limit;
    config.wall_time_limit_ms = (uint32_t) mcf->wall_limit;
    config.heap_limit_mb = (uint32_t) (mcf->memory_limit / (1024 * 1024));
    config.max_body_bytes = mcf->body_limit;
    config.max_url_bytes = mcf->url_limit;
    config.max_header_count = mcf->header_count_limit;
    config.max_header_bytes = mcf->header_size_limit;
    config.log_callback = (mcf->console < 0) ? ngx_http_nano_console_drop
                                             : ngx_http_nano_console_line;
    config.log_user_data = st;

    /* nano starts its threads (and V8's) with the asynchronous signals
     * blocked, so nginx's signals keep reaching this thread. */
    rc = nano_runtime_new(&config, &st->runtime);
    if (rc != NANO_OK) {
        ngx_log_error(NGX_LOG_EMERG, cycle->log, 0,
                      "nano: cannot start: %s", nano_last_error());
        return NGX_ERROR;
    }

    script = mcf->scripts.elts;
    for (i = 0; i < mcf->scripts.nelts; i++) {
        if (ngx_http_nano_register(st->runtime, &script[i]) != NANO_OK) {
            /* The worker keeps serving everything else; this script's
             * locations answer 500 and say why in the log. */
            ngx_log_error(NGX_LOG_ALERT, cycle->log, 0,
                          "nano: script \"%V\" from \"%V\" not loaded: %s",
                          &script[i].name, &script[i].path,
                          nano_last_error());
            continue;
        }

        script[i].loaded = 1;
    }

    /* Console lines from the scripts' top levels. */
    ngx_http_nano_drain(0);

    return NGX_OK;
}


void
ngx_http_nano_exit_process(ngx_cycle_t *cycle)
{
    ngx_uint_t               i;
    ngx_http_nano_script_t  *script;
    ngx_http_nano_state_t   *st = &ngx_http_nano_state;

    if (st->runtime == NULL) {
        return;
    }

    /* Inline requests still waiting are dropped; their requests are gone
     * with the process. */
    script = st->conf->scripts.elts;
    for (i = 0; i < st->conf->scripts.nelts; i++) {
        if (script[i].inline_call) {
            ngx_http_nano_free_call(script[i].inline_call);
            script[i].inline_call = NULL;
        }
        ngx_http_nano_release_inline(&script[i]);
    }

    /* Stops what still runs (each ends with NANO_ERR_SHUTDOWN) and waits
     * for its callback; the requests themselves are gone with the process. */
    nano_runtime_free(st->runtime);
    st->runtime = NULL;

    ngx_http_nano_drain(1);

    if (st->notify) {
        ngx_close_connection(st->notify);   /* closes the eventfd too */
        st->notify = NULL;
        st->efd = -1;
    }
}


/* ---- requests ---------------------------------------------------------- */

ngx_int_t
ngx_http_nano_handler(ngx_http_request_t *r)
{
    ngx_int_t                  rc;
    ngx_http_nano_loc_conf_t  *nlcf;

    nlcf = ngx_http_get_module_loc_conf(r, ngx_http_nano_module);

    if (ngx_http_nano_state.runtime == NULL || !nlcf->script->loaded) {
        ngx_log_error(NGX_LOG_ERR, r->connection->log, 0,
                      "nano: script \"%V\" is not loaded in this worker "
                      "(see the alert logged when it started)",
                      &nlcf->script->name);
        return NGX_HTTP_INTERNAL_SERVER_ERROR;
    }

    /* The body is read within nginx's limits (client_max_body_size). Whole
     * with nano_request_buffering on (client_body_buffer_size spills to a
     * file); else unbuffered: the post handler runs with what has arrived,
     * and a body still arriving streams in (ngx_http_nano_pump_body). The
     * read's reference on the request keeps it alive until
     * ngx_http_nano_finish finalizes it. */
    if (ngx_http_nano_state.conf->request_buffering) {
        r->request_body_in_single_buf = 1;
    } else {
        r->request_body_no_buffering = 1;
    }

    rc = ngx_http_read_client_request_body(r, ngx_http_nano_body_read);
    if (rc >= NGX_HTTP_SPECIAL_RESPONSE) {
        return rc;
    }

    return NGX_DONE;
}


static void
ngx_http_nano_body_read(ngx_http_request_t *r)
{
    ngx_http_nano_call_t  *call;

    if (r->connection->error) {
        ngx_http_finalize_request(r, NGX_HTTP_CLIENT_CLOSED_REQUEST);
        return;
    }

    call = ngx_http_nano_call_new(r);
    if (call == NULL) {
        ngx_http_finalize_request(r, NGX_HTTP_INTERNAL_SERVER_ERROR);
        return;
    }

    if (ngx_http_nano_request_listen(r) != NGX_OK) {
        ngx_http_finalize_request(r, NGX_HTTP_INTERNAL_SERVER_ERROR);
        return;
    }

    if (ngx_http_nano_start_inline(call) == NGX_OK) {
        return;
    }

    ngx_http_nano_dispatch(call);
}


/* Runs a call on this worker's inline isolate for its script, on this
 * thread: NGX_OK when it was answered or waits there (polled from the
 * loop), NGX_DECLINED when that isolate serves another request that waits
 * (or inline runs are off): the caller hands the call off instead. Strict
 * scripts are always handed off: their next context (a V8 context, far
 * dearer than a request) is made on nano's thread after the reply, while
 * this loop serves on. */
static ngx_int_t
ngx_http_nano_start_inline(ngx_http_nano_call_t *call)
{
    nano_lease              *lease;
    nano_result              rc;
    nano_progress            progress;
    ngx_http_nano_script_t  *script = call->script;
    ngx_http_nano_state_t   *st = &ngx_http_nano_state;

    if (!st->inline_ok || script->inline_lease != NULL
        || script->isolation == NANO_ISOLATION_STRICT)
    {
        return NGX_DECLINED;
    }

    rc = nano_pool_acquire_inline(st->runtime, (char *) script->cname, &lease);

    if (rc == NANO_ERR_UNSAFE_THREAD) {
        ngx_log_error(NGX_LOG_NOTICE, ngx_cycle->log, 0,
                      "nano: requests are handed off to nano's threads: %s",
                      nano_last_error());
        st->inline_ok = 0;
        return NGX_DECLINED;
    }

    if (rc != NANO_OK) {
        return NGX_DECLINED;            /* the hand-off reports the error */
    }

    script->inline_lease = lease;
    script->inline_call = call;
    call->worker = lease;
    call->running = 1;
    call->inline_run = 1;

    rc = ngx_http_nano_stream_body(call);
    if (rc == NANO_OK) {
        rc = nano_eval_start_streamed(lease, &call->input, ngx_http_nano_ring,
                                       st, &progress);
    }

    if (rc != NANO_OK) {
        /* A request nano refuses (over its size limits, not UTF-8). */
        script->inline_call = NULL;
        call->result = rc;
        call->error = strdup(nano_last_error());
        ngx_http_nano_release_inline(script);
        ngx_http_nano_answer(call, 0);
        return NGX_OK;
    }

    ngx_http_nano_inline_progress(script, &progress, 0);

    return NGX_OK;
}


/* Hands a call off to nano's threads: leases an isolate for it, at once
 * when one is free, else in nano's queue (ngx_http_nano_acquired brings the
 * lease to the loop later, and the loop never waits). On failure the request
 * is finalized and the call freed. */
static void
ngx_http_nano_dispatch(ngx_http_nano_call_t *call)
{
    nano_result             rc;
    ngx_http_request_t     *r = call->request;
    ngx_http_nano_state_t  *st = &ngx_http_nano_state;

    /* An isolate's thread started here (the pool growing) starts with
     * nginx's signals blocked, by nano. */
    rc = nano_pool_acquire_async(st->runtime, (char *) call->script->cname,
                              ngx_http_nano_acquired, call, &call->worker,
                              &call->ticket);

    if (rc != NANO_OK) {
        call->cleanup->handler = NULL;
        ngx_http_nano_log_failure(r, call, rc, nano_last_error());
        ngx_http_nano_free_call(call);
        ngx_http_finalize_request(r, nano_result_http_status(rc));
        return;
    }

    if (call->worker == NULL) {
        call->waiting = 1;              /* until ngx_http_nano_granted */
        return;
    }

    (void) ngx_http_nano_run(call);
}


/* Starts a call on its lease: NGX_OK when it runs, NGX_ERROR when it
 * failed and its request was finalized (the call is freed). */
static ngx_int_t
ngx_http_nano_run(ngx_http_nano_call_t *call)
{
    nano_result             rc;
    ngx_http_request_t     *r = call->request;
    ngx_http_nano_state_t  *st = &ngx_http_nano_state;

    rc = ngx_http_nano_stream_body(call);
    if (rc == NANO_OK) {
        rc = nano_eval_request_streamed(call->worker, &call->input,
                                      ngx_http_nano_streamed_head,
                                      ngx_http_nano_streamed_part, call);
    }

    if (rc != NANO_OK) {
        nano_pool_release(call->worker);
        call->worker = NULL;
        call->cleanup->handler = NULL;
        ngx_http_nano_log_failure(r, call, rc, nano_last_error());
        ngx_http_nano_free_call(call);
        ngx_http_finalize_request(r, nano_result_http_status(rc));
        return NGX_ERROR;
    }

    call->running = 1;
    ngx_add_timer(&call->timer, st->conf->wall_limit + 1000);

    return NGX_OK;
}


/* On the loop's thread: a call that waited in nano's queue got its lease
 * (call->worker), or failed (call->result): run it, or answer why not. */
static void
ngx_http_nano_granted(ngx_http_nano_call_t *call)
{
    ngx_connection_t    *c;
    ngx_http_request_t  *r = call->request;

    call->waiting = 0;

    if (r == NULL) {
        /* The client went while nano was already handing the lease over. */
        nano_pool_release(call->worker);
        ngx_http_nano_free_call(call);
        return;
    }

    c = r->connection;

    if (call->result != NANO_OK) {
        call->cleanup->handler = NULL;
        ngx_http_nano_log_failure(r, call, call->result, call->error);
        ngx_http_nano_free_call(call);
        ngx_http_finalize_request(r, nano_result_http_status(call->result));

    } else if (ngx_http_nano_run(call) == NGX_OK) {
        return;
    }

    ngx_http_run_posted_requests(c);
}


/* The client's socket took what was pending (or timed out): the script's
 * stream may give its next chunk. */
static void
ngx_http_nano_stream_write(ngx_http_request_t *r)
{
    nano_result                 rc;
    nano_progress               progress;
    ngx_http_nano_script_t     *script;
    ngx_http_nano_loc_conf_t   *nlcf;

    nlcf = ngx_http_get_module_loc_conf(r, ngx_http_nano_module);
    script = nlcf->script;

    if (!ngx_http_nano_stream_flushed(r, ngx_http_nano_stream_write)) {
        return;
    }

    rc = nano_eval_body_more(script->inline_lease, &progress);
    if (rc != NANO_OK) {
        ngx_log_error(NGX_LOG_ALERT, ngx_cycle->log, 0,
                      "nano: streaming script \"%V\" failed: %s",
                      &script->name, nano_last_error());
        ngx_http_nano_stream_end(script, script->inline_call, NGX_ERROR, 1);
        ngx_http_nano_release_inline(script);
        return;
    }

    ngx_http_nano_inline_progress(script, &progress, 1);
}
