/*
 * ngx_http_nano_module: a request into nano. nginx reads what of the body
 * has arrived (all of it with nano_request_buffering on), the URL and
 * headers are converted to a nano_request, and the call run inline or handed
 * off on a lease (waiting in nano's queue until one is free), with a timer as
 * backstop. A body still arriving is written to the lease's body writer as
 * nginx reads it, the script reading it as it comes.
 */

#include "ngx_http_nano.h"

static void ngx_http_nano_body_read(ngx_http_request_t *r);
static void ngx_http_nano_dispatch(ngx_http_nano_call_t *call);
static ngx_int_t ngx_http_nano_run(ngx_http_nano_call_t *call);
static ngx_int_t ngx_http_nano_start_inline(ngx_http_nano_call_t *call);
static ngx_int_t ngx_http_nano_stream_body(ngx_http_nano_call_t *call);
static void ngx_http_nano_body_more(ngx_http_request_t *r);
static void ngx_http_nano_pump_body(ngx_http_nano_call_t *call);

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


/* The request's body as one contiguous run of bytes; a body that nginx kept
 * in a temporary file is read back. */
static ngx_int_t
ngx_http_nano_collect_body(ngx_http_request_t *r, nano_request *in)
{
    u_char       *p;
    size_t        len;
    ssize_t       n;
    ngx_buf_t    *b;
    ngx_chain_t  *cl;

    in->body = NULL;
    in->body_len = 0;

    if (r->headers_in.content_length_n < 0 && !r->headers_in.chunked) {
        return NGX_OK;                  /* no body at all, as for GET */
    }

    if (r->method & (NGX_HTTP_GET | NGX_HTTP_HEAD)) {
        return NGX_OK;                  /* a Request for them has none */
    }

    in->body = (const uint8_t *) "";

    if (r->request_body == NULL || r->request_body->bufs == NULL) {
        return NGX_OK;
    }

    cl = r->request_body->bufs;
    if (cl->next == NULL && !cl->buf->in_file) {
        in->body = cl->buf->pos;
        in->body_len = cl->buf->last - cl->buf->pos;
        return NGX_OK;
    }

    len = 0;
    for (cl = r->request_body->bufs; cl; cl = cl->next) {
        b = cl->buf;
        len += b->in_file ? (size_t) (b->file_last - b->file_pos)
                          : (size_t) (b->last - b->pos);
    }

    p = ngx_pnalloc(r->pool, len ? len : 1);
    if (p == NULL) {
        return NGX_ERROR;
    }

    in->body = p;
    in->body_len = len;

    for (cl = r->request_body->bufs; cl; cl = cl->next) {
        b = cl->buf;

        if (b->in_file) {
            n = ngx_read_file(b->file, p, b->file_last - b->file_pos,
                              b->file_pos);
            if (n != b->file_last - b->file_pos) {
                ngx_log_error(NGX_LOG_ERR, r->connection->log, 0,
                              "nano: cannot read the request body back "
                              "from \"%V\"", &b->file->name);
                return NGX_ERROR;
            }
            p += n;

        } else {
            p = ngx_cpymem(p, b->pos, b->last - b->pos);
        }
    }

    return NGX_OK;
}


/* The URL as the client asked for it: scheme, the authority it named (the
 * request line's for an absolute URI, else Host, else the server's name),
 * and the path and query as sent (raw bytes over 0x7f percent-encoded). */
static ngx_int_t
ngx_http_nano_url(ngx_http_request_t *r, nano_request *in)
{
    u_char                    *p, *end, c;
    size_t                     i, high;
    ngx_str_t                  scheme, host;
    ngx_http_core_srv_conf_t  *cscf;
    static const u_char        hex[] = "0123456789ABCDEF";

    ngx_str_set(&scheme, "http");
#if (NGX_HTTP_SSL)
    if (r->connection->ssl) {
        ngx_str_set(&scheme, "https");
    }
#endif

    if (r->host_start && r->host_end) {
        end = (r->port_end && r->port_end > r->host_end) ? r->port_end
                                                          : r->host_end;
        host.data = r->host_start;
        host.len = end - r->host_start;

    } else if (r->headers_in.host) {
        host = r->headers_in.host->value;

    } else {
        cscf = ngx_http_get_module_srv_conf(r, ngx_http_core_module);
        host = cscf->server_name;
        if (host.len == 0) {
            ngx_str_set(&host, "localhost");
        }
    }

    /* Bytes over 0x7f in the path or query are percent-encoded, as a URL
     * parser would (nano takes the URL as UTF-8; a raw byte need not be). */
    high = 0;
    for (i = 0; i < r->unparsed_uri.len; i++) {
        high += (r->unparsed_uri.data[i] >= 0x80);
    }

    p = ngx_pnalloc(r->pool, scheme.len + 3 + host.len + r->unparsed_uri.len
                             + 2 * high);
    if (p == NULL) {
        return NGX_ERROR;
    }

    in->url = (const char *) p;
    p = ngx_cpymem(p, scheme.data, scheme.len);
    p = ngx_cpymem(p, "://", 3);
    p = ngx_cpymem(p, host.data, host.len);

    if (high == 0) {
        p = ngx_cpymem(p, r->unparsed_uri.data, r->unparsed_uri.len);

    } else {
        for (i = 0; i < r->unparsed_uri.len; i++) {
            c = r->unparsed_uri.data[i];
            if (c < 0x80) {
                *p++ = c;
                continue;
            }
            *p++ = '%';
            *p++ = hex[c >> 4];
            *p++ = hex[c & 0xf];
        }
    }

    in->url_len = p - (u_char *) in->url;

    return NGX_OK;
}


static ngx_int_t
ngx_http_nano_headers(ngx_http_request_t *r, nano_request *in)
{
    ngx_uint_t        i, n;
    nano_header      *h;
    ngx_list_part_t  *part;
    ngx_table_elt_t  *elt;

    n = 0;
    for (part = &r->headers_in.headers.part; part; part = part->next) {
        n += part->nelts;
    }

    in->headers = NULL;
    in->headers_len = 0;

    if (n == 0) {
        return NGX_OK;
    }

    h = ngx_palloc(r->pool, n * sizeof(nano_header));
    if (h == NULL) {
        return NGX_ERROR;
    }

    in->headers = h;

    for (part = &r->headers_in.headers.part; part; part = part->next) {
        elt = part->elts;
        for (i = 0; i < part->nelts; i++) {
            h->name = elt[i].key.data;
            h->name_len = elt[i].key.len;
            h->value = elt[i].value.data;
            h->value_len = elt[i].value.len;
            h++;
        }
    }

    in->headers_len = n;

    return NGX_OK;
}


static void
ngx_http_nano_request_gone(void *data)
{
    bool                   withdrawn;
    ngx_http_nano_call_t  *call = data;

    call->request = NULL;
    call->cleanup = NULL;

    ngx_http_nano_body_done(call, "the client went away");

    if (call->waiting) {
        if (nano_lease_new_cancel(ngx_http_nano_state.runtime, call->ticket,
                                  &withdrawn)
                == NANO_OK
            && withdrawn)
        {
            ngx_log_error(NGX_LOG_INFO, ngx_cycle->log, 0,
                          "nano: script \"%V\": client gone: its request "
                          "left the queue", &call->script->name);
            ngx_http_nano_free_call(call);
        }
        /* Else its lease is on the way: ngx_http_nano_granted frees it. */
        return;
    }

    if (call->streaming && !call->inline_run) {
        /* A handed-off body going out: the lease stops taking it (the
         * script's stream is cancelled); its last part frees the call. */
        nano_lease_body_ask(call->worker, false);
        return;
    }

    if (call->streaming) {
        /* Its body is going out: from the loop (not from inside nginx's
         * finalization), the lease stops taking it, so that the script's
         * stream is cancelled; ngx_http_nano_stream frees the call. */
        if (call->script->inline_timer.timer_set) {
            ngx_del_timer(&call->script->inline_timer);
        }
        ngx_add_timer(&call->script->inline_timer, 0);
        return;
    }

    if (call->running) {
        /* Stop it; ngx_http_nano_finish frees the call when nano's callback
         * comes. */
        nano_lease_cancel(call->worker);
        return;
    }

    ngx_http_nano_free_call(call);      /* never started */
}


static void
ngx_http_nano_timer(ngx_event_t *ev)
{
    ngx_http_nano_call_t  *call = ev->data;

    /* nano stops a request at its wall-clock limit itself; this backstop
     * only fires if it did not answer a second after that. */
    nano_lease_cancel(call->worker);
}


static void
ngx_http_nano_body_read(ngx_http_request_t *r)
{
    ngx_http_nano_call_t       *call;
    ngx_pool_cleanup_t         *cln;
    ngx_http_nano_loc_conf_t   *nlcf;

    if (r->connection->error) {
        ngx_http_finalize_request(r, NGX_HTTP_CLIENT_CLOSED_REQUEST);
        return;
    }

    nlcf = ngx_http_get_module_loc_conf(r, ngx_http_nano_module);

    call = calloc(1, sizeof(ngx_http_nano_call_t));
    if (call == NULL) {
        ngx_http_finalize_request(r, NGX_HTTP_INTERNAL_SERVER_ERROR);
        return;
    }

    call->request = r;
    call->script = nlcf->script;
    call->timer.handler = ngx_http_nano_timer;
    call->timer.data = call;
    call->timer.log = ngx_cycle->log;   /* outlives the request's log */

    call->input.method = (const char *) r->method_name.data;
    call->input.method_len = r->method_name.len;

    /* A body still arriving streams in (its request.body stays NULL); one
     * that came whole goes with the request. */
    if (ngx_http_nano_url(r, &call->input) != NGX_OK
        || ngx_http_nano_headers(r, &call->input) != NGX_OK
        || (!r->reading_body
            && ngx_http_nano_collect_body(r, &call->input) != NGX_OK))
    {
        free(call);
        ngx_http_finalize_request(r, NGX_HTTP_INTERNAL_SERVER_ERROR);
        return;
    }

    cln = ngx_pool_cleanup_add(r->pool, 0);
    if (cln == NULL) {
        free(call);
        ngx_http_finalize_request(r, NGX_HTTP_INTERNAL_SERVER_ERROR);
        return;
    }

    cln->handler = ngx_http_nano_request_gone;
    cln->data = call;
    call->cleanup = cln;

    ngx_http_set_ctx(r, call, ngx_http_nano_module);

    /* A client that goes away ends the request (nginx frees it, and the
     * cleanup above cancels the script), as proxy_pass does. While its body
     * arrives, the body reader notices instead. */
    r->read_event_handler = r->reading_body ? ngx_http_nano_body_more
                                            : ngx_http_test_reading;
    if ((ngx_event_flags & NGX_USE_LEVEL_EVENT) && !r->connection->read->active)
    {
        if (ngx_add_event(r->connection->read, NGX_READ_EVENT, 0) != NGX_OK) {
            ngx_http_finalize_request(r, NGX_HTTP_INTERNAL_SERVER_ERROR);
            return;
        }
    }

    if (ngx_http_nano_start_inline(call) == NGX_OK) {
        return;
    }

    ngx_http_nano_dispatch(call);
}


ngx_uint_t
ngx_http_nano_status_for(nano_result result)
{
    switch (result) {
    case NANO_ERR_CPU_LIMIT:
    case NANO_ERR_WALL_TIME_LIMIT:
    case NANO_ERR_MEMORY_LIMIT:
    case NANO_ERR_POOL_EXHAUSTED:
    case NANO_ERR_SHUTDOWN:
        return NGX_HTTP_SERVICE_UNAVAILABLE;
    case NANO_ERR_TERMINATED:
        return NGX_HTTP_GATEWAY_TIME_OUT;
    case NANO_ERR_INVALID_ARGUMENT:
    case NANO_ERR_INVALID_UTF8:
        return NGX_HTTP_BAD_REQUEST;
    default:
        return NGX_HTTP_INTERNAL_SERVER_ERROR;
    }
}


/* Why a request failed, in the terms of the directive that governs it. */
void
ngx_http_nano_log_failure(ngx_http_request_t *r, ngx_http_nano_call_t *call,
    nano_result result, const char *error)
{
    ngx_log_t                  *log;
    ngx_http_nano_main_conf_t  *mcf = ngx_http_nano_state.conf;

    log = r ? r->connection->log : ngx_cycle->log;

    switch (result) {
    case NANO_ERR_POOL_EXHAUSTED:
        ngx_log_error(NGX_LOG_ERR, log, 0,
                      "nano: script \"%V\": no isolate free within "
                      "nano_acquire_timeout (%M ms, nano_pool_size %ui)",
                      &call->script->name, mcf->acquire_timeout,
                      mcf->pool_size);
        break;
    case NANO_ERR_CPU_LIMIT:
        ngx_log_error(NGX_LOG_ERR, log, 0,
                      "nano: script \"%V\" stopped at the CPU time limit "
                      "(nano_cpu_limit %M ms): %s",
                      &call->script->name, mcf->cpu_limit, error);
        break;
    case NANO_ERR_WALL_TIME_LIMIT:
        ngx_log_error(NGX_LOG_ERR, log, 0,
                      "nano: script \"%V\" stopped at the wall-clock limit "
                      "(nano_wall_limit %M ms): %s",
                      &call->script->name, mcf->wall_limit, error);
        break;
    case NANO_ERR_MEMORY_LIMIT:
        ngx_log_error(NGX_LOG_ERR, log, 0,
                      "nano: script \"%V\" stopped at the memory limit "
                      "(nano_memory_limit %uz MiB): %s",
                      &call->script->name, mcf->memory_limit / (1024 * 1024),
                      error);
        break;
    case NANO_ERR_SCRIPT_ERROR:
        ngx_log_error(NGX_LOG_ERR, log, 0, "nano: script \"%V\" failed: %s",
                      &call->script->name, error);
        break;
    default:
        ngx_log_error(NGX_LOG_ERR, log, 0, "nano: script \"%V\": %s (%s)",
                      &call->script->name, error,
                      nano_result_message(result));
        break;
    }
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

    rc = nano_lease_new_inline(st->runtime, (char *) script->cname, &lease);

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
        rc = nano_lease_start_streamed(lease, &call->input, ngx_http_nano_ring,
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
    rc = nano_lease_new_async(st->runtime, (char *) call->script->cname,
                              ngx_http_nano_acquired, call, &call->worker,
                              &call->ticket);

    if (rc != NANO_OK) {
        call->cleanup->handler = NULL;
        ngx_http_nano_log_failure(r, call, rc, nano_last_error());
        ngx_http_nano_free_call(call);
        ngx_http_finalize_request(r, ngx_http_nano_status_for(rc));
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
        rc = nano_lease_eval_streamed(call->worker, &call->input,
                                      ngx_http_nano_streamed_head,
                                      ngx_http_nano_streamed_part, call);
    }

    if (rc != NANO_OK) {
        nano_lease_free(call->worker);
        call->worker = NULL;
        call->cleanup->handler = NULL;
        ngx_http_nano_log_failure(r, call, rc, nano_last_error());
        ngx_http_nano_free_call(call);
        ngx_http_finalize_request(r, ngx_http_nano_status_for(rc));
        return NGX_ERROR;
    }

    call->running = 1;
    ngx_add_timer(&call->timer, st->conf->wall_limit + 1000);

    return NGX_OK;
}


/* On the loop's thread: a call that waited in nano's queue got its lease
 * (call->worker), or failed (call->result): run it, or answer why not. */
void
ngx_http_nano_granted(ngx_http_nano_call_t *call)
{
    ngx_connection_t    *c;
    ngx_http_request_t  *r = call->request;

    call->waiting = 0;

    if (r == NULL) {
        /* The client went while nano was already handing the lease over. */
        nano_lease_free(call->worker);
        ngx_http_nano_free_call(call);
        return;
    }

    c = r->connection;

    if (call->result != NANO_OK) {
        call->cleanup->handler = NULL;
        ngx_http_nano_log_failure(r, call, call->result, call->error);
        ngx_http_nano_free_call(call);
        ngx_http_finalize_request(r, ngx_http_nano_status_for(call->result));

    } else if (ngx_http_nano_run(call) == NGX_OK) {
        return;
    }

    ngx_http_run_posted_requests(c);
}


/* A body still arriving goes to a body writer on the call's lease, made
 * before the request starts; what has arrived is written at once, the rest
 * as nginx reads it. nano keeps what the script has not read yet (within
 * nano_body_limit). */
static ngx_int_t
ngx_http_nano_stream_body(ngx_http_nano_call_t *call)
{
    nano_result  rc;

    if (call->request == NULL || !call->request->reading_body) {
        return NANO_OK;
    }

    rc = nano_lease_stream_body(call->worker, &call->body_writer);
    if (rc != NANO_OK) {
        return rc;
    }

    ngx_http_nano_pump_body(call);

    return NANO_OK;
}


/* The request's read handler while its body arrives. */
static void
ngx_http_nano_body_more(ngx_http_request_t *r)
{
    ngx_http_nano_call_t  *call;

    call = ngx_http_get_module_ctx(r, ngx_http_nano_module);

    /* A call waiting for its lease reads on once it has one. */
    if (call != NULL && call->body_writer != NULL) {
        ngx_http_nano_pump_body(call);
    }
}


/* Writes what nginx has read of the body to nano and reads on, until
 * nothing more is ready now, the body ends (the writer is ended), or it
 * breaks off (failed with why: the script's read fails). */
static void
ngx_http_nano_pump_body(ngx_http_nano_call_t *call)
{
    size_t               size;
    ngx_int_t            rc;
    ngx_buf_t           *b;
    ngx_chain_t         *cl;
    ngx_http_request_t  *r = call->request;
    char                 why[64];

    for ( ;; ) {
        for (cl = r->request_body->bufs; cl; cl = cl->next) {
            b = cl->buf;

            if (b->in_file) {
                /* Unbuffered bodies stay in memory; never expected. */
                ngx_http_nano_body_done(call, "nginx kept the body in a file");
                return;
            }

            size = b->last - b->pos;
            if (size > 0
                && nano_body_writer_write(call->body_writer, b->pos, size)
                   != NANO_OK)
            {
                /* The request takes no more (over, or over nano's body
                 * limit): stop reading it. */
                ngx_http_nano_body_done(call, NULL);
                return;
            }

            b->pos = b->last;           /* nginx may reuse the buffer */
        }

        r->request_body->bufs = NULL;

        if (!r->reading_body) {
            (void) nano_body_writer_end(call->body_writer);
            call->body_writer = NULL;
            r->read_event_handler = ngx_http_test_reading;
            return;
        }

        rc = ngx_http_read_unbuffered_request_body(r);

        if (rc >= NGX_HTTP_SPECIAL_RESPONSE || rc == NGX_ERROR) {
            ngx_snprintf((u_char *) why, sizeof(why) - 1,
                         "nginx stopped reading it (status %i)%Z", rc);
            ngx_http_nano_body_done(call, why);
            return;
        }

        if (r->request_body->bufs == NULL && r->reading_body) {
            return;                     /* NGX_AGAIN: more when it comes */
        }
    }
}


/* The body writer, if still open, is done with: failed with `why` (NULL:
 * nano refused more), so that a script still reading it sees why. */
void
ngx_http_nano_body_done(ngx_http_nano_call_t *call, const char *why)
{
    if (call->body_writer == NULL) {
        return;
    }

    (void) nano_body_writer_fail(call->body_writer, why,
                                 why ? strlen(why) : 0);
    call->body_writer = NULL;

    if (call->request != NULL
        && call->request->read_event_handler == ngx_http_nano_body_more)
    {
        call->request->read_event_handler = ngx_http_test_reading;
    }
}
