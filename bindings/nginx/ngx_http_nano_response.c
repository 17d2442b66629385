/*
 * ngx_http_nano_module: the response out to nginx: status, headers in the
 * script's order, and the body sent zero-copy from the nano_response.
 */

#include "ngx_http_nano.h"

static void
ngx_http_nano_free_response(void *data)
{
    nano_response_free(data);
}


/* Sends the script's response head: status and its headers in order
 * (borrowed from the nano_response, freed with the request's pool). The
 * body is `streamed` (chunked) or the response's own; `*body`, `*body_len`
 * give the latter. */
static ngx_int_t
ngx_http_nano_send_head(ngx_http_request_t *r, nano_response *resp,
    ngx_uint_t streamed, const uint8_t **body, size_t *body_len)
{
    size_t               i, n, name_len, value_len;
    uint16_t             status;
    const uint8_t       *name, *value;
    ngx_table_elt_t     *h;
    ngx_pool_cleanup_t  *cln;

    cln = ngx_pool_cleanup_add(r->pool, 0);
    if (cln == NULL) {
        nano_response_free(resp);
        return NGX_HTTP_INTERNAL_SERVER_ERROR;
    }

    cln->handler = ngx_http_nano_free_response;
    cln->data = resp;

    if (nano_response_status(resp, &status) != NANO_OK
        || nano_response_header_count(resp, &n) != NANO_OK
        || nano_response_body(resp, body, body_len) != NANO_OK)
    {
        return NGX_HTTP_INTERNAL_SERVER_ERROR;
    }

    r->headers_out.status = status;
    /* A streamed body's length is unknown unless its head declares one
     * (below): nginx chunks it then. */
    r->headers_out.content_length_n = streamed ? -1 : (off_t) *body_len;

    for (i = 0; i < n; i++) {
        if (nano_response_header(resp, i, &name, &name_len, &value,
                                 &value_len)
            != NANO_OK)
        {
            return NGX_HTTP_INTERNAL_SERVER_ERROR;
        }

#define ngx_http_nano_is(s)                                                  \
        (name_len == sizeof(s) - 1 && ngx_strncmp(name, s, name_len) == 0)

        if (ngx_http_nano_is("content-type")) {
            r->headers_out.content_type.data = (u_char *) value;
            r->headers_out.content_type.len = value_len;
            r->headers_out.content_type_len = value_len;
            continue;
        }

        /* A streamed body of a declared length (nano checked the number
         * and holds the stream to it) goes out with Content-Length, not
         * chunked. */
        if (streamed && ngx_http_nano_is("content-length")) {
            r->headers_out.content_length_n = ngx_atoof((u_char *) value,
                                                        value_len);
            continue;
        }

        /* nginx frames the body itself (length, chunking, keep-alive). */
        if (ngx_http_nano_is("content-length")
            || ngx_http_nano_is("transfer-encoding")
            || ngx_http_nano_is("connection")
            || ngx_http_nano_is("keep-alive"))
        {
            continue;
        }

        h = ngx_list_push(&r->headers_out.headers);
        if (h == NULL) {
            return NGX_HTTP_INTERNAL_SERVER_ERROR;
        }

        h->hash = 1;
        h->key.data = (u_char *) name;
        h->key.len = name_len;
        h->value.data = (u_char *) value;
        h->value.len = value_len;
        h->lowcase_key = (u_char *) name;   /* nano gives names lower-case */

        /* The script's own Server, Date and Content-Encoding replace
         * nginx's. Location stays as the script wrote it. */
        if (ngx_http_nano_is("server")) {
            r->headers_out.server = h;

        } else if (ngx_http_nano_is("date")) {
            r->headers_out.date = h;

        } else if (ngx_http_nano_is("content-encoding")) {
            r->headers_out.content_encoding = h;
        }

#undef ngx_http_nano_is
    }

    if (streamed) {
        return ngx_http_send_header(r);
    }

    return NGX_OK;
}


/* Sends the script's whole response: head, then its body (borrowed from the
 * nano_response until the request's pool goes). */
static ngx_int_t
ngx_http_nano_send(ngx_http_request_t *r, nano_response *resp)
{
    size_t               body_len;
    ngx_int_t            rc;
    ngx_buf_t           *b;
    ngx_chain_t          out;
    const uint8_t       *body;

    rc = ngx_http_nano_send_head(r, resp, 0, &body, &body_len);
    if (rc != NGX_OK) {
        return rc;
    }

    if (body_len == 0) {
        r->header_only = (r->method == NGX_HTTP_HEAD);
        rc = ngx_http_send_header(r);
        if (rc == NGX_ERROR || rc > NGX_OK || r->header_only) {
            return rc;
        }
        return ngx_http_send_special(r, NGX_HTTP_LAST);
    }

    rc = ngx_http_send_header(r);
    if (rc == NGX_ERROR || rc > NGX_OK || r->header_only) {
        return rc;
    }

    b = ngx_calloc_buf(r->pool);
    if (b == NULL) {
        return NGX_ERROR;
    }

    b->pos = (u_char *) body;
    b->last = (u_char *) body + body_len;
    b->memory = 1;
    b->last_buf = (r == r->main) ? 1 : 0;
    b->last_in_chain = 1;

    out.buf = b;
    out.next = NULL;

    return ngx_http_output_filter(r, &out);
}


/* On the loop's thread: the request's outcome came back from nano's thread. */
void
ngx_http_nano_finish(ngx_http_nano_call_t *call)
{
    if (nano_pool_release(call->worker) != NANO_OK) {
        ngx_log_error(NGX_LOG_ALERT, ngx_cycle->log, 0,
                      "nano: releasing an isolate failed: %s",
                      nano_last_error());
    }

    ngx_http_nano_answer(call, 1);
}


/* Sends the call's outcome (call->result, response, error) to its request,
 * if nginx still has it, and frees the call. `from_loop`: called from the
 * event loop (posted requests are run after), rather than from inside the
 * request's own handler. */
void
ngx_http_nano_answer(ngx_http_nano_call_t *call, ngx_uint_t from_loop)
{
    ngx_int_t               rc;
    nano_response          *resp;
    ngx_connection_t       *c;
    ngx_http_request_t     *r;

    call->running = 0;
    call->worker = NULL;

    r = call->request;
    resp = call->response;
    call->response = NULL;

    if (r == NULL) {
        /* nginx already freed the request (client gone, or shutdown). */
        ngx_log_error(NGX_LOG_INFO, ngx_cycle->log, 0,
                      "nano: script \"%V\" ended after its request was "
                      "closed: %s", &call->script->name,
                      nano_result_message(call->result));
        nano_response_free(resp);
        ngx_http_nano_free_call(call);
        return;
    }

    call->cleanup->handler = NULL;

    if (call->result == NANO_OK) {
        rc = ngx_http_nano_send(r, resp);

    } else {
        ngx_http_nano_log_failure(r, call, call->result, call->error);
        rc = nano_result_http_status(call->result);
    }

    ngx_http_nano_free_call(call);

    c = r->connection;
    ngx_http_finalize_request(r, rc);
    if (from_loop) {
        ngx_http_run_posted_requests(c);
    }
}


/* Finalizes a streamed call's request, if nginx still has it, and frees the
 * call: the body ended (`rc` from its last send) or broke off (NGX_ERROR,
 * which aborts the connection: the client sees a truncated body). */
static void ngx_http_nano_close_call(ngx_http_nano_call_t *call, ngx_int_t rc,
    ngx_uint_t from_loop);

void
ngx_http_nano_stream_end(ngx_http_nano_script_t *script,
    ngx_http_nano_call_t *call, ngx_int_t rc, ngx_uint_t from_loop)
{
    script->inline_call = NULL;
    ngx_http_nano_close_call(call, rc, from_loop);
}


/* A streamed call is over (its lease is the caller's to release): the
 * request, if nginx still has it, is finalized with `rc`, the call freed. */
static void
ngx_http_nano_close_call(ngx_http_nano_call_t *call, ngx_int_t rc,
    ngx_uint_t from_loop)
{
    ngx_connection_t    *c;
    ngx_http_request_t  *r = call->request;

    call->running = 0;
    call->worker = NULL;

    if (r == NULL) {
        ngx_http_nano_free_call(call);
        return;
    }

    call->cleanup->handler = NULL;
    ngx_http_nano_free_call(call);

    c = r->connection;
    ngx_http_finalize_request(r, rc);
    if (from_loop) {
        ngx_http_run_posted_requests(c);
    }
}


/* A chunk waits for the client's socket: the write event (with
 * send_timeout) brings `handler`. NGX_ERROR when the event cannot be
 * armed. */
static ngx_int_t
ngx_http_nano_stream_wait(ngx_http_request_t *r,
    ngx_http_event_handler_pt handler)
{
    ngx_event_t               *wev = r->connection->write;
    ngx_http_core_loc_conf_t  *clcf;

    clcf = ngx_http_get_module_loc_conf(r, ngx_http_core_module);
    r->write_event_handler = handler;

    if (!wev->delayed) {
        ngx_add_timer(wev, clcf->send_timeout);
    }

    return ngx_handle_write_event(wev, clcf->send_lowat);
}


/* The client's socket after a write event: 1 when it took all that was
 * pending (the write timer and handler are cleared); 0 when it still waits
 * (armed again for `handler`) or the request was finalized (the client
 * stopped reading: as if it had gone; or the send failed). */
ngx_uint_t
ngx_http_nano_stream_flushed(ngx_http_request_t *r,
    ngx_http_event_handler_pt handler)
{
    ngx_event_t  *wev = r->connection->write;

    if (wev->timedout) {
        r->connection->timedout = 1;
        ngx_http_finalize_request(r, NGX_HTTP_REQUEST_TIME_OUT);
        return 0;
    }

    if (ngx_http_output_filter(r, NULL) == NGX_ERROR) {
        ngx_http_finalize_request(r, NGX_ERROR);
        return 0;
    }

    if (r->connection->buffered || r->buffered) {
        if (ngx_http_nano_stream_wait(r, handler) != NGX_OK) {
            ngx_http_finalize_request(r, NGX_ERROR);
        }
        return 0;
    }

    if (wev->timer_set) {
        ngx_del_timer(wev);
    }

    r->write_event_handler = ngx_http_request_empty_handler;
    return 1;
}


/* On the loop's thread: the parts the latest steps of the script's streamed
 * inline request brought, sent as they come (zero-copy: a chunk stays with
 * the lease until the step after nano_eval_body_more). The next chunk is
 * asked for only when the client's socket took the last: a slow client
 * holds the script back. Returns 0 while a chunk waits for the socket
 * (`*progress` is not current then), else 1 with `*progress` the latest
 * step's. `write_handler` goes on when the socket took a chunk that
 * waited (the scheduler's ngx_http_nano_stream_write). */
ngx_uint_t
ngx_http_nano_stream(ngx_http_nano_script_t *script, nano_progress *progress,
    ngx_uint_t from_loop, ngx_http_event_handler_pt write_handler)
{
    ngx_int_t                   rc;
    nano_result                 nrc;
    nano_body_part              part;
    ngx_http_request_t         *r;
    ngx_http_nano_call_t       *call;

    for ( ;; ) {
        call = script->inline_call;
        if (call == NULL || !call->streaming) {
            return 1;
        }

        if (nano_eval_body_part(script->inline_lease, &part) != NANO_OK) {
            part.kind = NANO_BODY_FAILED;
        }

        r = call->request;

        switch (part.kind) {

        case NANO_BODY_NONE:
            if (r != NULL) {
                return 1;                   /* the script is not ready */
            }
            break;                          /* client gone: stopped below */

        case NANO_BODY_END:
            rc = (r == NULL) ? NGX_OK : ngx_http_send_special(r, NGX_HTTP_LAST);
            ngx_http_nano_stream_end(script, call, rc, from_loop);
            return 1;

        case NANO_BODY_FAILED:
            if (r != NULL && part.error != NANO_ERR_TERMINATED) {
                ngx_http_nano_log_failure(r, call, part.error,
                                      nano_eval_last_error(script->inline_lease));
            }
            ngx_http_nano_stream_end(script, call, NGX_ERROR, from_loop);
            return 1;

        default:                            /* NANO_BODY_CHUNK */
            break;
        }

        if (r == NULL || r->connection->error) {
            nrc = nano_eval_body_stop(script->inline_lease, progress);

        } else {
            ngx_memzero(&call->chunk, sizeof(ngx_buf_t));
            call->chunk.pos = (u_char *) part.data;
            call->chunk.last = (u_char *) part.data + part.len;
            call->chunk.memory = 1;
            call->chunk.flush = 1;          /* out now: the first byte early */
            call->chunk_link.buf = &call->chunk;
            call->chunk_link.next = NULL;

            rc = ngx_http_output_filter(r, &call->chunk_link);

            if (rc == NGX_ERROR) {
                /* The failure part that follows aborts the request. */
                nrc = nano_eval_body_stop(script->inline_lease, progress);

            } else if (r->connection->buffered || r->buffered) {
                if (ngx_http_nano_stream_wait(r, write_handler)
                    == NGX_OK)
                {
                    return 0;
                }
                nrc = nano_eval_body_stop(script->inline_lease, progress);

            } else {
                nrc = nano_eval_body_more(script->inline_lease, progress);
            }
        }

        if (nrc != NANO_OK) {
            ngx_log_error(NGX_LOG_ALERT, ngx_cycle->log, 0,
                          "nano: streaming script \"%V\" failed: %s",
                          &script->name, nano_last_error());
            ngx_http_nano_stream_end(script, call, NGX_ERROR, from_loop);
            progress->done = 1;
            return 1;
        }
    }
}


/* Sends a streamed response's head, inline or handed off. NULL: the body's
 * parts follow. Otherwise no body goes out (a HEAD request takes none, or
 * the head failed): the request is finalized and detached from the call,
 * whose parts are dropped until the last, and its connection is returned
 * (to run its posted requests). */
static ngx_connection_t *
ngx_http_nano_send_streamed_head(ngx_http_nano_call_t *call,
    nano_response *resp)
{
    size_t               body_len;
    ngx_int_t            rc;
    const uint8_t       *body;
    ngx_connection_t    *c;
    ngx_http_request_t  *r = call->request;

    call->streaming = 1;

    r->header_only = (r->method == NGX_HTTP_HEAD);
    rc = ngx_http_nano_send_head(r, resp, 1, &body, &body_len);

    if (rc != NGX_ERROR && rc <= NGX_OK && !r->header_only) {
        return NULL;
    }

    c = r->connection;
    call->request = NULL;
    call->cleanup->handler = NULL;
    call->cleanup = NULL;
    ngx_http_set_ctx(r, NULL, ngx_http_nano_module);
    ngx_http_finalize_request(r, r->header_only ? rc : NGX_ERROR);

    return c;
}


/* Sends an inline run's streamed head; the body's parts follow
 * (ngx_http_nano_stream). */
void
ngx_http_nano_stream_head(ngx_http_nano_script_t *script,
    ngx_http_nano_call_t *call, nano_response *resp, nano_progress *progress)
{
    if (ngx_http_nano_send_streamed_head(call, resp) != NULL
        && nano_eval_body_stop(script->inline_lease, progress) != NANO_OK)
    {
        progress->done = 1;
    }
}


/* ---- Streamed bodies of handed-off requests ----
 *
 * The head comes through the done queue (ngx_http_nano_streamed_head), each
 * part through the parts queue, copied (ngx_http_nano_streamed_part); the
 * next part is asked for (nano_eval_body_ask) only once the client's
 * socket took the last chunk. The lease is busy until the last part, which
 * frees it and the call. */

static void ngx_http_nano_handoff_write(ngx_http_request_t *r);


/* The handed-off body's last part came: the lease is free, the request (if
 * nginx still has it) is finalized with `rc`, the call freed. */
static void
ngx_http_nano_handoff_end(ngx_http_nano_call_t *call, ngx_int_t rc)
{
    if (nano_pool_release(call->worker) != NANO_OK) {
        ngx_log_error(NGX_LOG_ALERT, ngx_cycle->log, 0,
                      "nano: releasing an isolate failed: %s",
                      nano_last_error());
    }

    ngx_http_nano_close_call(call, rc, 1);
}


/* The chunk went (or cannot go): it is freed and the next part asked for,
 * or, the client gone or failing, the body stopped (its failure part then
 * ends the call). */
static void
ngx_http_nano_handoff_next(ngx_http_nano_call_t *call, ngx_uint_t more)
{
    free(call->part_data);
    call->part_data = NULL;
    call->part_len = 0;

    if (nano_eval_body_ask(call->worker, more) != NANO_OK) {
        ngx_log_error(NGX_LOG_ALERT, ngx_cycle->log, 0,
                      "nano: streaming script \"%V\" failed: %s",
                      &call->script->name, nano_last_error());
    }
}


/* On the loop's thread: a handed-off call's head came with a body to
 * follow: it goes out now (no backstop timer from here on: nano's wall
 * limit ends a body that never ends). */
void
ngx_http_nano_handoff_head(ngx_http_nano_call_t *call)
{
    nano_response       *resp = call->response;
    ngx_connection_t    *c;

    call->response = NULL;
    call->streaming = 1;

    if (call->timer.timer_set) {
        ngx_del_timer(&call->timer);
    }

    if (call->request == NULL) {
        nano_response_free(resp);
        (void) nano_eval_body_ask(call->worker, false);
        return;
    }

    c = ngx_http_nano_send_streamed_head(call, resp);
    if (c != NULL) {
        (void) nano_eval_body_ask(call->worker, false);
        ngx_http_run_posted_requests(c);
    }
}


/* On the loop's thread: a handed-off call's next body part came. */
void
ngx_http_nano_handoff_part(ngx_http_nano_call_t *call)
{
    ngx_int_t            rc;
    ngx_http_request_t  *r = call->request;

    switch (call->part_kind) {

    case NANO_BODY_END:
        rc = (r == NULL) ? NGX_OK : ngx_http_send_special(r, NGX_HTTP_LAST);
        ngx_http_nano_handoff_end(call, rc);
        return;

    case NANO_BODY_FAILED:
        if (r != NULL && call->part_error != NANO_ERR_TERMINATED) {
            ngx_http_nano_log_failure(r, call, call->part_error,
                                      call->part_message);
        }
        free(call->part_message);
        call->part_message = NULL;
        ngx_http_nano_handoff_end(call, NGX_ERROR);
        return;

    default:                            /* NANO_BODY_CHUNK */
        break;
    }

    if (r == NULL || r->connection->error || call->part_data == NULL) {
        ngx_http_nano_handoff_next(call, 0);
        return;
    }

    ngx_memzero(&call->chunk, sizeof(ngx_buf_t));
    call->chunk.pos = call->part_data;
    call->chunk.last = call->part_data + call->part_len;
    call->chunk.memory = 1;
    call->chunk.flush = 1;
    call->chunk_link.buf = &call->chunk;
    call->chunk_link.next = NULL;

    rc = ngx_http_output_filter(r, &call->chunk_link);

    if (rc == NGX_ERROR) {
        ngx_http_nano_handoff_next(call, 0);

    } else if (r->connection->buffered || r->buffered) {
        /* The chunk stays until the socket took it. */
        if (ngx_http_nano_stream_wait(r, ngx_http_nano_handoff_write) != NGX_OK) {
            ngx_http_nano_handoff_next(call, 0);
        }

    } else {
        ngx_http_nano_handoff_next(call, 1);
    }
}


/* The client's socket took what was pending (or timed out). */
static void
ngx_http_nano_handoff_write(ngx_http_request_t *r)
{
    ngx_http_nano_call_t  *call;

    call = ngx_http_get_module_ctx(r, ngx_http_nano_module);
    if (call == NULL) {
        return;
    }

    if (ngx_http_nano_stream_flushed(r, ngx_http_nano_handoff_write)) {
        ngx_http_nano_handoff_next(call, 1);
    }
}
