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


/* Sends the script's response: status, its headers in order, its body
 * (borrowed from the nano_response until the request's pool goes). */
static ngx_int_t
ngx_http_nano_send(ngx_http_request_t *r, nano_response *resp)
{
    size_t               i, n, name_len, value_len, body_len;
    uint16_t             status;
    ngx_int_t            rc;
    ngx_buf_t           *b;
    ngx_chain_t          out;
    const uint8_t       *name, *value, *body;
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
        || nano_response_body(resp, &body, &body_len) != NANO_OK)
    {
        return NGX_HTTP_INTERNAL_SERVER_ERROR;
    }

    r->headers_out.status = status;
    r->headers_out.content_length_n = (off_t) body_len;

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
    if (nano_lease_free(call->worker) != NANO_OK) {
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
        rc = ngx_http_nano_status_for(call->result);
    }

    ngx_http_nano_free_call(call);

    c = r->connection;
    ngx_http_finalize_request(r, rc);
    if (from_loop) {
        ngx_http_run_posted_requests(c);
    }
}


/* Frees a call that nano no longer holds, with its timer. */
void
ngx_http_nano_free_call(ngx_http_nano_call_t *call)
{
    if (call->timer.timer_set) {
        ngx_del_timer(&call->timer);
    }

    free(call->error);
    free(call);
}
