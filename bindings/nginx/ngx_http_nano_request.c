/*
 * ngx_http_nano_module: a request into nano. nginx reads what of the body
 * has arrived (all of it with nano_request_buffering on), the URL and
 * headers are converted to a nano_request (the call and what runs it are
 * the files above: call.c, process.c). A body still arriving is written to the lease's body writer as
 * nginx reads it, the script reading it as it comes.
 */

#include "ngx_http_nano.h"

static void ngx_http_nano_body_more(ngx_http_request_t *r);
static void ngx_http_nano_pump_body(ngx_http_nano_call_t *call);


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


/* A body still arriving goes to a body writer on the call's lease, made
 * before the request starts; what has arrived is written at once, the rest
 * as nginx reads it. nano keeps what the script has not read yet (within
 * nano_body_limit). */
ngx_int_t
ngx_http_nano_stream_body(ngx_http_nano_call_t *call)
{
    nano_result  rc;

    if (call->request == NULL || !call->request->reading_body) {
        return NANO_OK;
    }

    rc = nano_eval_stream_body(call->worker, &call->body_writer);
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


/* The request's method, URL, headers and, when it came whole, body, as a
 * nano_request borrowing the request's pool. A body still arriving streams
 * in (its request.body stays NULL; ngx_http_nano_stream_body). */
ngx_int_t
ngx_http_nano_request_input(ngx_http_request_t *r, nano_request *in)
{
    in->method = (const char *) r->method_name.data;
    in->method_len = r->method_name.len;

    if (ngx_http_nano_url(r, in) != NGX_OK
        || ngx_http_nano_headers(r, in) != NGX_OK
        || (!r->reading_body && ngx_http_nano_collect_body(r, in) != NGX_OK))
    {
        return NGX_ERROR;
    }

    return NGX_OK;
}


/* A client that goes away ends the request (nginx frees it, and the call's
 * cleanup cancels the script), as proxy_pass does. While its body arrives,
 * the body reader notices instead. NGX_ERROR: the read event cannot be
 * armed. */
ngx_int_t
ngx_http_nano_request_listen(ngx_http_request_t *r)
{
    r->read_event_handler = r->reading_body ? ngx_http_nano_body_more
                                            : ngx_http_test_reading;
    if ((ngx_event_flags & NGX_USE_LEVEL_EVENT) && !r->connection->read->active)
    {
        if (ngx_add_event(r->connection->read, NGX_READ_EVENT, 0) != NGX_OK) {
            return NGX_ERROR;
        }
    }

    return NGX_OK;
}
