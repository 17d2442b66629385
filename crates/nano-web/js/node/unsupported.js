// The modules nano cannot offer in a sandbox (no file system, sockets,
// processes, threads, code generation, inspector, ...), with Node 22's
// export names: each function throws ERR_METHOD_NOT_IMPLEMENTED naming
// itself, each class throws so when constructed. What can honestly be
// answered is real: constants, tty.isatty() (false), fs.existsSync()
// (false: nothing exists), net.isIP*, the main-thread facts of
// worker_threads and cluster, perf_hooks.performance, module.builtinModules
// and isBuiltin. `unsupportedModules` maps each name ("fs", "fs/promises",
// ...) to its namespace object, `default` included.
import "../web/timers.js"; // defines performance, captured below
import { EventEmitter } from "./events.js";
import {
  ERR_METHOD_NOT_IMPLEMENTED,
  notImplemented,
  validateFunction,
  validateObject,
  validateString,
} from "./internal/errors.js";

const { freeze } = Object;
const safePerformance = globalThis.performance;

const nullProto = (entries) => freeze({ __proto__: null, ...entries });

// A class whose construction throws (extending it is allowed; making an
// instance is not).
function unsupportedClass(qualified, Base = undefined) {
  const name = qualified.slice(qualified.lastIndexOf(".") + 1);
  const fail = () => {
    throw new ERR_METHOD_NOT_IMPLEMENTED(qualified);
  };
  const cls = Base
    ? { [name]: class extends Base { constructor() { fail(); super(); } } }[name]
    : { [name]: class { constructor() { fail(); } } }[name];
  return cls;
}

// A namespace for module `mod`: functions (names) throwing, classes
// (capitalised names) throwing on construction, and real `values`.
function namespace(mod, functions, classes = [], values = {}) {
  const ns = {};
  for (const name of functions) ns[name] = notImplemented(`${mod}.${name}`);
  for (const name of classes) ns[name] = unsupportedClass(`${mod}.${name}`);
  Object.assign(ns, values);
  return ns;
}

// `ns` with its `default` (the same members), frozen.
const withDefault = (ns, dflt = undefined) => freeze({ ...ns, default: dflt ?? freeze({ ...ns }) });

const HTTP2_CONSTANTS = nullProto({
  NGHTTP2_ERR_FRAME_SIZE_ERROR: -522, NGHTTP2_SESSION_SERVER: 0, NGHTTP2_SESSION_CLIENT: 1, NGHTTP2_STREAM_STATE_IDLE: 1,
  NGHTTP2_STREAM_STATE_OPEN: 2, NGHTTP2_STREAM_STATE_RESERVED_LOCAL: 3, NGHTTP2_STREAM_STATE_RESERVED_REMOTE: 4,
  NGHTTP2_STREAM_STATE_HALF_CLOSED_LOCAL: 5, NGHTTP2_STREAM_STATE_HALF_CLOSED_REMOTE: 6, NGHTTP2_STREAM_STATE_CLOSED: 7,
  NGHTTP2_FLAG_NONE: 0, NGHTTP2_FLAG_END_STREAM: 1, NGHTTP2_FLAG_END_HEADERS: 4, NGHTTP2_FLAG_ACK: 1, NGHTTP2_FLAG_PADDED: 8,
  NGHTTP2_FLAG_PRIORITY: 32, DEFAULT_SETTINGS_HEADER_TABLE_SIZE: 4096, DEFAULT_SETTINGS_ENABLE_PUSH: 1,
  DEFAULT_SETTINGS_MAX_CONCURRENT_STREAMS: 4294967295, DEFAULT_SETTINGS_INITIAL_WINDOW_SIZE: 65535,
  DEFAULT_SETTINGS_MAX_FRAME_SIZE: 16384, DEFAULT_SETTINGS_MAX_HEADER_LIST_SIZE: 65535,
  DEFAULT_SETTINGS_ENABLE_CONNECT_PROTOCOL: 0, MAX_MAX_FRAME_SIZE: 16777215, MIN_MAX_FRAME_SIZE: 16384,
  MAX_INITIAL_WINDOW_SIZE: 2147483647, NGHTTP2_SETTINGS_HEADER_TABLE_SIZE: 1, NGHTTP2_SETTINGS_ENABLE_PUSH: 2,
  NGHTTP2_SETTINGS_MAX_CONCURRENT_STREAMS: 3, NGHTTP2_SETTINGS_INITIAL_WINDOW_SIZE: 4, NGHTTP2_SETTINGS_MAX_FRAME_SIZE: 5,
  NGHTTP2_SETTINGS_MAX_HEADER_LIST_SIZE: 6, NGHTTP2_SETTINGS_ENABLE_CONNECT_PROTOCOL: 8, PADDING_STRATEGY_NONE: 0,
  PADDING_STRATEGY_ALIGNED: 1, PADDING_STRATEGY_MAX: 2, PADDING_STRATEGY_CALLBACK: 1, NGHTTP2_NO_ERROR: 0,
  NGHTTP2_PROTOCOL_ERROR: 1, NGHTTP2_INTERNAL_ERROR: 2, NGHTTP2_FLOW_CONTROL_ERROR: 3, NGHTTP2_SETTINGS_TIMEOUT: 4,
  NGHTTP2_STREAM_CLOSED: 5, NGHTTP2_FRAME_SIZE_ERROR: 6, NGHTTP2_REFUSED_STREAM: 7, NGHTTP2_CANCEL: 8,
  NGHTTP2_COMPRESSION_ERROR: 9, NGHTTP2_CONNECT_ERROR: 10, NGHTTP2_ENHANCE_YOUR_CALM: 11, NGHTTP2_INADEQUATE_SECURITY: 12,
  NGHTTP2_HTTP_1_1_REQUIRED: 13, NGHTTP2_DEFAULT_WEIGHT: 16, HTTP2_HEADER_STATUS: ":status", HTTP2_HEADER_METHOD: ":method",
  HTTP2_HEADER_AUTHORITY: ":authority", HTTP2_HEADER_SCHEME: ":scheme", HTTP2_HEADER_PATH: ":path",
  HTTP2_HEADER_PROTOCOL: ":protocol", HTTP2_HEADER_ACCEPT_ENCODING: "accept-encoding",
  HTTP2_HEADER_ACCEPT_LANGUAGE: "accept-language", HTTP2_HEADER_ACCEPT_RANGES: "accept-ranges", HTTP2_HEADER_ACCEPT: "accept",
  HTTP2_HEADER_ACCESS_CONTROL_ALLOW_CREDENTIALS: "access-control-allow-credentials",
  HTTP2_HEADER_ACCESS_CONTROL_ALLOW_HEADERS: "access-control-allow-headers",
  HTTP2_HEADER_ACCESS_CONTROL_ALLOW_METHODS: "access-control-allow-methods",
  HTTP2_HEADER_ACCESS_CONTROL_ALLOW_ORIGIN: "access-control-allow-origin",
  HTTP2_HEADER_ACCESS_CONTROL_EXPOSE_HEADERS: "access-control-expose-headers",
  HTTP2_HEADER_ACCESS_CONTROL_REQUEST_HEADERS: "access-control-request-headers",
  HTTP2_HEADER_ACCESS_CONTROL_REQUEST_METHOD: "access-control-request-method", HTTP2_HEADER_AGE: "age",
  HTTP2_HEADER_AUTHORIZATION: "authorization", HTTP2_HEADER_CACHE_CONTROL: "cache-control",
  HTTP2_HEADER_CONNECTION: "connection", HTTP2_HEADER_CONTENT_DISPOSITION: "content-disposition",
  HTTP2_HEADER_CONTENT_ENCODING: "content-encoding", HTTP2_HEADER_CONTENT_LENGTH: "content-length",
  HTTP2_HEADER_CONTENT_TYPE: "content-type", HTTP2_HEADER_COOKIE: "cookie", HTTP2_HEADER_DATE: "date",
  HTTP2_HEADER_ETAG: "etag", HTTP2_HEADER_FORWARDED: "forwarded", HTTP2_HEADER_HOST: "host",
  HTTP2_HEADER_IF_MODIFIED_SINCE: "if-modified-since", HTTP2_HEADER_IF_NONE_MATCH: "if-none-match",
  HTTP2_HEADER_IF_RANGE: "if-range", HTTP2_HEADER_LAST_MODIFIED: "last-modified", HTTP2_HEADER_LINK: "link",
  HTTP2_HEADER_LOCATION: "location", HTTP2_HEADER_RANGE: "range", HTTP2_HEADER_REFERER: "referer",
  HTTP2_HEADER_SERVER: "server", HTTP2_HEADER_SET_COOKIE: "set-cookie",
  HTTP2_HEADER_STRICT_TRANSPORT_SECURITY: "strict-transport-security", HTTP2_HEADER_TRANSFER_ENCODING: "transfer-encoding",
  HTTP2_HEADER_TE: "te", HTTP2_HEADER_UPGRADE_INSECURE_REQUESTS: "upgrade-insecure-requests", HTTP2_HEADER_UPGRADE: "upgrade",
  HTTP2_HEADER_USER_AGENT: "user-agent", HTTP2_HEADER_VARY: "vary",
  HTTP2_HEADER_X_CONTENT_TYPE_OPTIONS: "x-content-type-options", HTTP2_HEADER_X_FRAME_OPTIONS: "x-frame-options",
  HTTP2_HEADER_KEEP_ALIVE: "keep-alive", HTTP2_HEADER_PROXY_CONNECTION: "proxy-connection",
  HTTP2_HEADER_X_XSS_PROTECTION: "x-xss-protection", HTTP2_HEADER_ALT_SVC: "alt-svc",
  HTTP2_HEADER_CONTENT_SECURITY_POLICY: "content-security-policy", HTTP2_HEADER_EARLY_DATA: "early-data",
  HTTP2_HEADER_EXPECT_CT: "expect-ct", HTTP2_HEADER_ORIGIN: "origin", HTTP2_HEADER_PURPOSE: "purpose",
  HTTP2_HEADER_TIMING_ALLOW_ORIGIN: "timing-allow-origin", HTTP2_HEADER_X_FORWARDED_FOR: "x-forwarded-for",
  HTTP2_HEADER_PRIORITY: "priority", HTTP2_HEADER_ACCEPT_CHARSET: "accept-charset",
  HTTP2_HEADER_ACCESS_CONTROL_MAX_AGE: "access-control-max-age", HTTP2_HEADER_ALLOW: "allow",
  HTTP2_HEADER_CONTENT_LANGUAGE: "content-language", HTTP2_HEADER_CONTENT_LOCATION: "content-location",
  HTTP2_HEADER_CONTENT_MD5: "content-md5", HTTP2_HEADER_CONTENT_RANGE: "content-range", HTTP2_HEADER_DNT: "dnt",
  HTTP2_HEADER_EXPECT: "expect", HTTP2_HEADER_EXPIRES: "expires", HTTP2_HEADER_FROM: "from", HTTP2_HEADER_IF_MATCH: "if-match",
  HTTP2_HEADER_IF_UNMODIFIED_SINCE: "if-unmodified-since", HTTP2_HEADER_MAX_FORWARDS: "max-forwards",
  HTTP2_HEADER_PREFER: "prefer", HTTP2_HEADER_PROXY_AUTHENTICATE: "proxy-authenticate",
  HTTP2_HEADER_PROXY_AUTHORIZATION: "proxy-authorization", HTTP2_HEADER_REFRESH: "refresh",
  HTTP2_HEADER_RETRY_AFTER: "retry-after", HTTP2_HEADER_TRAILER: "trailer", HTTP2_HEADER_TK: "tk", HTTP2_HEADER_VIA: "via",
  HTTP2_HEADER_WARNING: "warning", HTTP2_HEADER_WWW_AUTHENTICATE: "www-authenticate",
  HTTP2_HEADER_HTTP2_SETTINGS: "http2-settings", HTTP2_METHOD_ACL: "ACL", HTTP2_METHOD_BASELINE_CONTROL: "BASELINE-CONTROL",
  HTTP2_METHOD_BIND: "BIND", HTTP2_METHOD_CHECKIN: "CHECKIN", HTTP2_METHOD_CHECKOUT: "CHECKOUT",
  HTTP2_METHOD_CONNECT: "CONNECT", HTTP2_METHOD_COPY: "COPY", HTTP2_METHOD_DELETE: "DELETE", HTTP2_METHOD_GET: "GET",
  HTTP2_METHOD_HEAD: "HEAD", HTTP2_METHOD_LABEL: "LABEL", HTTP2_METHOD_LINK: "LINK", HTTP2_METHOD_LOCK: "LOCK",
  HTTP2_METHOD_MERGE: "MERGE", HTTP2_METHOD_MKACTIVITY: "MKACTIVITY", HTTP2_METHOD_MKCALENDAR: "MKCALENDAR",
  HTTP2_METHOD_MKCOL: "MKCOL", HTTP2_METHOD_MKREDIRECTREF: "MKREDIRECTREF", HTTP2_METHOD_MKWORKSPACE: "MKWORKSPACE",
  HTTP2_METHOD_MOVE: "MOVE", HTTP2_METHOD_OPTIONS: "OPTIONS", HTTP2_METHOD_ORDERPATCH: "ORDERPATCH",
  HTTP2_METHOD_PATCH: "PATCH", HTTP2_METHOD_POST: "POST", HTTP2_METHOD_PRI: "PRI", HTTP2_METHOD_PROPFIND: "PROPFIND",
  HTTP2_METHOD_PROPPATCH: "PROPPATCH", HTTP2_METHOD_PUT: "PUT", HTTP2_METHOD_REBIND: "REBIND", HTTP2_METHOD_REPORT: "REPORT",
  HTTP2_METHOD_SEARCH: "SEARCH", HTTP2_METHOD_TRACE: "TRACE", HTTP2_METHOD_UNBIND: "UNBIND",
  HTTP2_METHOD_UNCHECKOUT: "UNCHECKOUT", HTTP2_METHOD_UNLINK: "UNLINK", HTTP2_METHOD_UNLOCK: "UNLOCK",
  HTTP2_METHOD_UPDATE: "UPDATE", HTTP2_METHOD_UPDATEREDIRECTREF: "UPDATEREDIRECTREF",
  HTTP2_METHOD_VERSION_CONTROL: "VERSION-CONTROL", HTTP_STATUS_CONTINUE: 100, HTTP_STATUS_SWITCHING_PROTOCOLS: 101,
  HTTP_STATUS_PROCESSING: 102, HTTP_STATUS_EARLY_HINTS: 103, HTTP_STATUS_OK: 200, HTTP_STATUS_CREATED: 201,
  HTTP_STATUS_ACCEPTED: 202, HTTP_STATUS_NON_AUTHORITATIVE_INFORMATION: 203, HTTP_STATUS_NO_CONTENT: 204,
  HTTP_STATUS_RESET_CONTENT: 205, HTTP_STATUS_PARTIAL_CONTENT: 206, HTTP_STATUS_MULTI_STATUS: 207,
  HTTP_STATUS_ALREADY_REPORTED: 208, HTTP_STATUS_IM_USED: 226, HTTP_STATUS_MULTIPLE_CHOICES: 300,
  HTTP_STATUS_MOVED_PERMANENTLY: 301, HTTP_STATUS_FOUND: 302, HTTP_STATUS_SEE_OTHER: 303, HTTP_STATUS_NOT_MODIFIED: 304,
  HTTP_STATUS_USE_PROXY: 305, HTTP_STATUS_TEMPORARY_REDIRECT: 307, HTTP_STATUS_PERMANENT_REDIRECT: 308,
  HTTP_STATUS_BAD_REQUEST: 400, HTTP_STATUS_UNAUTHORIZED: 401, HTTP_STATUS_PAYMENT_REQUIRED: 402, HTTP_STATUS_FORBIDDEN: 403,
  HTTP_STATUS_NOT_FOUND: 404, HTTP_STATUS_METHOD_NOT_ALLOWED: 405, HTTP_STATUS_NOT_ACCEPTABLE: 406,
  HTTP_STATUS_PROXY_AUTHENTICATION_REQUIRED: 407, HTTP_STATUS_REQUEST_TIMEOUT: 408, HTTP_STATUS_CONFLICT: 409,
  HTTP_STATUS_GONE: 410, HTTP_STATUS_LENGTH_REQUIRED: 411, HTTP_STATUS_PRECONDITION_FAILED: 412,
  HTTP_STATUS_PAYLOAD_TOO_LARGE: 413, HTTP_STATUS_URI_TOO_LONG: 414, HTTP_STATUS_UNSUPPORTED_MEDIA_TYPE: 415,
  HTTP_STATUS_RANGE_NOT_SATISFIABLE: 416, HTTP_STATUS_EXPECTATION_FAILED: 417, HTTP_STATUS_TEAPOT: 418,
  HTTP_STATUS_MISDIRECTED_REQUEST: 421, HTTP_STATUS_UNPROCESSABLE_ENTITY: 422, HTTP_STATUS_LOCKED: 423,
  HTTP_STATUS_FAILED_DEPENDENCY: 424, HTTP_STATUS_TOO_EARLY: 425, HTTP_STATUS_UPGRADE_REQUIRED: 426,
  HTTP_STATUS_PRECONDITION_REQUIRED: 428, HTTP_STATUS_TOO_MANY_REQUESTS: 429, HTTP_STATUS_REQUEST_HEADER_FIELDS_TOO_LARGE: 431,
  HTTP_STATUS_UNAVAILABLE_FOR_LEGAL_REASONS: 451, HTTP_STATUS_INTERNAL_SERVER_ERROR: 500, HTTP_STATUS_NOT_IMPLEMENTED: 501,
  HTTP_STATUS_BAD_GATEWAY: 502, HTTP_STATUS_SERVICE_UNAVAILABLE: 503, HTTP_STATUS_GATEWAY_TIMEOUT: 504,
  HTTP_STATUS_HTTP_VERSION_NOT_SUPPORTED: 505, HTTP_STATUS_VARIANT_ALSO_NEGOTIATES: 506, HTTP_STATUS_INSUFFICIENT_STORAGE: 507,
  HTTP_STATUS_LOOP_DETECTED: 508, HTTP_STATUS_BANDWIDTH_LIMIT_EXCEEDED: 509, HTTP_STATUS_NOT_EXTENDED: 510,
  HTTP_STATUS_NETWORK_AUTHENTICATION_REQUIRED: 511,
});
const FS_CONSTANTS = nullProto({
  UV_FS_SYMLINK_DIR: 1, UV_FS_SYMLINK_JUNCTION: 2, O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2, UV_DIRENT_UNKNOWN: 0,
  UV_DIRENT_FILE: 1, UV_DIRENT_DIR: 2, UV_DIRENT_LINK: 3, UV_DIRENT_FIFO: 4, UV_DIRENT_SOCKET: 5, UV_DIRENT_CHAR: 6,
  UV_DIRENT_BLOCK: 7, EXTENSIONLESS_FORMAT_JAVASCRIPT: 0, EXTENSIONLESS_FORMAT_WASM: 1, S_IFMT: 61440, S_IFREG: 32768,
  S_IFDIR: 16384, S_IFCHR: 8192, S_IFBLK: 24576, S_IFIFO: 4096, S_IFLNK: 40960, S_IFSOCK: 49152, O_CREAT: 64, O_EXCL: 128,
  UV_FS_O_FILEMAP: 0, O_NOCTTY: 256, O_TRUNC: 512, O_APPEND: 1024, O_DIRECTORY: 65536, O_NOATIME: 262144, O_NOFOLLOW: 131072,
  O_SYNC: 1052672, O_DSYNC: 4096, O_DIRECT: 16384, O_NONBLOCK: 2048, S_IRWXU: 448, S_IRUSR: 256, S_IWUSR: 128, S_IXUSR: 64,
  S_IRWXG: 56, S_IRGRP: 32, S_IWGRP: 16, S_IXGRP: 8, S_IRWXO: 7, S_IROTH: 4, S_IWOTH: 2, S_IXOTH: 1, F_OK: 0, R_OK: 4, W_OK: 2,
  X_OK: 1, UV_FS_COPYFILE_EXCL: 1, COPYFILE_EXCL: 1, UV_FS_COPYFILE_FICLONE: 2, COPYFILE_FICLONE: 2,
  UV_FS_COPYFILE_FICLONE_FORCE: 4, COPYFILE_FICLONE_FORCE: 4,
});

// ---- fs, fs/promises ----

const FS_FUNCTIONS = [
  "appendFile", "appendFileSync", "access", "accessSync", "chown", "chownSync", "chmod", "chmodSync", "close", "closeSync",
  "copyFile", "copyFileSync", "cp", "cpSync", "createReadStream", "createWriteStream", "fchown", "fchownSync", "fchmod",
  "fchmodSync", "fdatasync", "fdatasyncSync", "fstat", "fstatSync", "fsync", "fsyncSync", "ftruncate", "ftruncateSync",
  "futimes", "futimesSync", "glob", "globSync", "lchown", "lchownSync", "link", "linkSync", "lstat", "lstatSync", "lutimes",
  "lutimesSync", "mkdir", "mkdirSync", "mkdtemp", "mkdtempSync", "open", "openSync", "openAsBlob", "readdir",
  "readdirSync", "read", "readSync", "readv", "readvSync", "readFile", "readFileSync", "readlink", "readlinkSync",
  "realpath", "realpathSync", "rename", "renameSync", "rm", "rmSync", "rmdir", "rmdirSync", "stat", "statfs", "statSync",
  "statfsSync", "symlink", "symlinkSync", "truncate", "truncateSync", "unwatchFile", "unlink", "unlinkSync", "utimes",
  "utimesSync", "watch", "watchFile", "writeFile", "writeFileSync", "write", "writeSync", "writev", "writevSync",
  "_toUnixTimestamp", "opendir", "opendirSync",
];
const FS_CLASSES = ["Dirent", "Stats", "ReadStream", "WriteStream", "FileReadStream", "FileWriteStream", "Dir"];
const FS_PROMISES_FUNCTIONS = [
  "access", "copyFile", "cp", "glob", "open", "opendir", "rename", "truncate", "rm", "rmdir", "mkdir", "readdir", "readlink",
  "symlink", "lstat", "stat", "statfs", "link", "unlink", "chmod", "lchmod", "lchown", "chown", "utimes", "lutimes",
  "realpath", "mkdtemp", "writeFile", "appendFile", "readFile", "watch",
];

const fsPromises = namespace("fsPromises", FS_PROMISES_FUNCTIONS, [], { constants: FS_CONSTANTS });
// No file system: nothing exists (Node's existsSync never throws either).
function existsSync(path) {
  return false;
}
const safeQueueMicrotask = globalThis.queueMicrotask;
function exists(path, callback) {
  validateFunction(callback, "cb");
  safeQueueMicrotask(() => callback(false));
}
const fs = namespace("fs", FS_FUNCTIONS, FS_CLASSES, {
  exists,
  existsSync,
  // Not on Linux (as in Node, the names are there, undefined).
  lchmod: undefined,
  lchmodSync: undefined,
  F_OK: 0,
  R_OK: 4,
  W_OK: 2,
  X_OK: 1,
  constants: FS_CONSTANTS,
  promises: freeze({ ...fsPromises }),
});

// ---- child_process, cluster, worker_threads ----

const childProcess = namespace(
  "child_process",
  ["_forkChild", "exec", "execFile", "execFileSync", "execSync", "fork", "spawn", "spawnSync"],
  ["ChildProcess"],
);

// cluster: this is the primary, and it cannot fork. Its default export is
// an EventEmitter, as Node's (resetNodeState clears its listeners).
const clusterValues = {
  isWorker: false,
  isMaster: true,
  isPrimary: true,
  workers: freeze({}),
  settings: freeze({}),
  SCHED_NONE: 1,
  SCHED_RR: 2,
  schedulingPolicy: 2,
};
const clusterNs = namespace("cluster", ["setupPrimary", "setupMaster", "fork", "disconnect"], [], clusterValues);
clusterNs.Worker = unsupportedClass("cluster.Worker", EventEmitter);
const clusterEmitter = new EventEmitter();
Object.assign(clusterEmitter, clusterNs);

const workerThreads = namespace(
  "worker_threads",
  [
    "markAsUntransferable", "isMarkedAsUntransferable", "markAsUncloneable", "moveMessagePortToContext",
    "receiveMessageOnPort", "postMessageToThread", "setEnvironmentData",
  ],
  ["MessagePort", "MessageChannel", "BroadcastChannel"],
  {
    isMainThread: true,
    isInternalThread: false,
    resourceLimits: freeze({}),
    threadId: 0,
    SHARE_ENV: Symbol.for("nodejs.worker_threads.SHARE_ENV"),
    parentPort: null,
    workerData: null,
    // Nothing was ever set.
    getEnvironmentData: (key) => undefined,
  },
);
workerThreads.Worker = unsupportedClass("worker_threads.Worker", EventEmitter);

// ---- net, tls, dgram, dns, http2 ----

// IPv4 dotted quad, decimal, no leading zeros.
function isIPv4(input) {
  const s = `${input}`;
  const parts = s.split(".");
  if (parts.length !== 4) return false;
  for (const p of parts) {
    if (!/^(?:0|[1-9][0-9]{0,2})$/.test(p) || Number(p) > 255) return false;
  }
  return true;
}
// IPv6: eight groups of 1-4 hex digits ("::" standing for one or more
// groups, once; an IPv4 tail for the last two), an optional zone ("%eth0").
function isIPv6(input) {
  let s = `${input}`;
  const zone = s.indexOf("%");
  if (zone !== -1) {
    if (!/^[0-9a-zA-Z.:-]+$/.test(s.slice(zone + 1))) return false;
    s = s.slice(0, zone);
  }
  const halves = s.split("::");
  if (halves.length > 2) return false;
  const groupsOf = (text, last) => {
    if (text === "") return [];
    const groups = text.split(":");
    let count = 0;
    for (let i = 0; i < groups.length; i++) {
      if (last && i === groups.length - 1 && groups[i].includes(".")) {
        if (!isIPv4(groups[i])) return null;
        count += 2;
      } else if (/^[0-9a-fA-F]{1,4}$/.test(groups[i])) {
        count += 1;
      } else {
        return null;
      }
    }
    return count;
  };
  if (halves.length === 1) return groupsOf(s, true) === 8;
  const head = groupsOf(halves[0], false);
  const tail = groupsOf(halves[1], true);
  return head !== null && tail !== null && head + tail <= 7;
}
const isIP = (input) => (isIPv4(input) ? 4 : isIPv6(input) ? 6 : 0);

const net = namespace(
  "net",
  [
    "_createServerHandle", "_normalizeArgs", "_setSimultaneousAccepts", "connect", "createConnection", "createServer",
    "setDefaultAutoSelectFamily", "setDefaultAutoSelectFamilyAttemptTimeout",
  ],
  ["BlockList", "SocketAddress", "Server", "Socket", "Stream"],
  {
    isIP,
    isIPv4,
    isIPv6,
    // Node's defaults (they cannot be changed here).
    getDefaultAutoSelectFamily: () => true,
    getDefaultAutoSelectFamilyAttemptTimeout: () => 250,
  },
);

const tls = namespace(
  "tls",
  ["getCiphers", "convertALPNProtocols", "checkServerIdentity", "createSecureContext", "createServer", "connect",
    "createSecurePair", "getCACertificates", "setDefaultCACertificates"],
  ["SecureContext", "TLSSocket", "Server"],
  {
    CLIENT_RENEG_LIMIT: 3,
    CLIENT_RENEG_WINDOW: 600,
    DEFAULT_CIPHERS:
      "TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:ECDHE-RSA-AES128-GCM-SHA256:" +
      "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:" +
      "ECDHE-RSA-AES128-SHA256:DHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:" +
      "DHE-RSA-AES256-SHA256:HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA",
    DEFAULT_ECDH_CURVE: "auto",
    DEFAULT_MIN_VERSION: "TLSv1.2",
    DEFAULT_MAX_VERSION: "TLSv1.3",
    rootCertificates: freeze([]),
  },
);

const dgram = namespace("dgram", ["_createSocketHandle", "createSocket"], []);
dgram.Socket = unsupportedClass("dgram.Socket", EventEmitter);

const DNS_ERRORS = {
  NODATA: "ENODATA", FORMERR: "EFORMERR", SERVFAIL: "ESERVFAIL", NOTFOUND: "ENOTFOUND", NOTIMP: "ENOTIMP",
  REFUSED: "EREFUSED", BADQUERY: "EBADQUERY", BADNAME: "EBADNAME", BADFAMILY: "EBADFAMILY", BADRESP: "EBADRESP",
  CONNREFUSED: "ECONNREFUSED", TIMEOUT: "ETIMEOUT", EOF: "EOF", FILE: "EFILE", NOMEM: "ENOMEM",
  DESTRUCTION: "EDESTRUCTION", BADSTR: "EBADSTR", BADFLAGS: "EBADFLAGS", NONAME: "ENONAME", BADHINTS: "EBADHINTS",
  NOTINITIALIZED: "ENOTINITIALIZED", LOADIPHLPAPI: "ELOADIPHLPAPI", ADDRGETNETWORKPARAMS: "EADDRGETNETWORKPARAMS",
  CANCELLED: "ECANCELLED",
};
const DNS_FUNCTIONS = [
  "lookup", "lookupService", "setDefaultResultOrder", "setServers", "resolve", "resolve4", "resolve6", "resolveAny",
  "resolveCaa", "resolveCname", "resolveMx", "resolveNaptr", "resolveNs", "resolvePtr", "resolveSoa", "resolveSrv",
  "resolveTxt", "reverse",
];
const dnsValues = { getDefaultResultOrder: () => "verbatim", getServers: () => [], ...DNS_ERRORS };
const dnsPromises = namespace("dnsPromises", DNS_FUNCTIONS, ["Resolver"], dnsValues);
const dns = namespace("dns", DNS_FUNCTIONS, ["Resolver"], {
  ADDRCONFIG: 32,
  ALL: 16,
  V4MAPPED: 8,
  ...dnsValues,
  promises: freeze({ ...dnsPromises }),
});

const http2 = namespace(
  "http2",
  ["connect", "createServer", "createSecureServer", "getDefaultSettings", "getPackedSettings", "getUnpackedSettings",
    "performServerHandshake"],
  ["Http2ServerRequest", "Http2ServerResponse"],
  { constants: HTTP2_CONSTANTS, sensitiveHeaders: Symbol("nodejs.http2.sensitiveHeaders") },
);

// ---- vm, v8, inspector, perf_hooks, trace_events, wasi ----

// Code generation is off: no script can be compiled.
const vm = namespace(
  "vm",
  ["createContext", "createScript", "runInContext", "runInNewContext", "runInThisContext", "compileFunction", "measureMemory"],
  ["Script", "SourceTextModule", "SyntheticModule"],
  {
    // No context was ever made.
    isContext(object) {
      validateObject(object, "object", { allowArray: true });
      return false;
    },
    constants: nullProto({
      USE_MAIN_CONTEXT_DEFAULT_LOADER: Symbol("vm_dynamic_import_main_context_default"),
      DONT_CONTEXTIFY: Symbol("vm_context_no_contextify"),
    }),
  },
);
delete vm.SourceTextModule; // only with --experimental-vm-modules
delete vm.SyntheticModule;

const v8 = namespace(
  "v8",
  [
    "cachedDataVersionTag", "getHeapSnapshot", "getHeapStatistics", "getHeapSpaceStatistics", "getHeapCodeStatistics",
    "setFlagsFromString", "deserialize", "takeCoverage", "stopCoverage", "serialize", "writeHeapSnapshot", "queryObjects",
    "setHeapSnapshotNearHeapLimit", "isStringOneByteRepresentation",
  ],
  ["Serializer", "Deserializer", "DefaultSerializer", "DefaultDeserializer", "GCProfiler"],
  {
    promiseHooks: freeze(namespace("v8.promiseHooks", ["createHook", "onInit", "onBefore", "onAfter", "onSettled"])),
    startupSnapshot: freeze({
      ...namespace("v8.startupSnapshot", ["addDeserializeCallback", "addSerializeCallback", "setDeserializeMainFunction"]),
      isBuildingSnapshot: () => false,
    }),
  },
);

// The inspector is never open: url() is undefined, its console does
// nothing (as Node's when no inspector is attached).
const INSPECTOR_CONSOLE_METHODS = [
  "debug", "error", "info", "log", "warn", "dir", "dirxml", "table", "trace", "group", "groupCollapsed", "groupEnd",
  "clear", "count", "countReset", "assert", "profile", "profileEnd", "time", "timeLog", "timeEnd", "timeStamp", "context",
];
const inspectorConsole = {};
for (const name of INSPECTOR_CONSOLE_METHODS) inspectorConsole[name] = () => {};
const inspectorNs = (mod) =>
  namespace(mod, ["open", "close", "waitForDebugger"], ["Session"], {
    url: () => undefined,
    console: freeze({ ...inspectorConsole }),
    Network: freeze(namespace(`${mod}.Network`, ["requestWillBeSent", "responseReceived", "loadingFinished", "loadingFailed"])),
  });
const inspector = inspectorNs("inspector");
const inspectorPromises = inspectorNs("inspector/promises");

const perfHooks = namespace(
  "perf_hooks",
  ["monitorEventLoopDelay", "createHistogram"],
  [
    "Performance", "PerformanceEntry", "PerformanceMark", "PerformanceMeasure", "PerformanceObserver",
    "PerformanceObserverEntryList", "PerformanceResourceTiming",
  ],
  {
    performance: safePerformance,
    constants: freeze({
      NODE_PERFORMANCE_GC_MAJOR: 4, NODE_PERFORMANCE_GC_MINOR: 1, NODE_PERFORMANCE_GC_INCREMENTAL: 8,
      NODE_PERFORMANCE_GC_WEAKCB: 16, NODE_PERFORMANCE_GC_FLAGS_NO: 0, NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
      NODE_PERFORMANCE_GC_FLAGS_FORCED: 4, NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
      NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16, NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
      NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
    }),
  },
);

const traceEvents = namespace("trace_events", ["createTracing"], [], { getEnabledCategories: () => undefined });
const wasi = namespace("wasi", [], ["WASI"]);

// ---- readline, repl, tty ----

const readlinePromises = namespace("readlinePromises", ["createInterface"], ["Interface", "Readline"]);
const readline = namespace(
  "readline",
  ["clearLine", "clearScreenDown", "createInterface", "cursorTo", "emitKeypressEvents", "moveCursor"],
  ["Interface"],
  { promises: freeze({ ...readlinePromises }) },
);

const tty = namespace("tty", [], ["ReadStream", "WriteStream"], {
  // No file descriptor is a terminal.
  isatty(fd) {
    return false;
  },
});

// ---- module ----

// Node 22's built-in module names (module.builtinModules). Those nano
// cannot offer are still built in: importing them works, using them throws.
const BUILTIN_MODULES = freeze([
  "_http_agent", "_http_client", "_http_common", "_http_incoming", "_http_outgoing", "_http_server", "_stream_duplex",
  "_stream_passthrough", "_stream_readable", "_stream_transform", "_stream_wrap", "_stream_writable", "_tls_common",
  "_tls_wrap", "assert", "assert/strict", "async_hooks", "buffer", "child_process", "cluster", "console", "constants",
  "crypto", "dgram", "diagnostics_channel", "dns", "dns/promises", "domain", "events", "fs", "fs/promises", "http",
  "http2", "https", "inspector", "inspector/promises", "module", "net", "os", "path", "path/posix", "path/win32",
  "perf_hooks", "process", "punycode", "querystring", "readline", "readline/promises", "repl", "stream",
  "stream/consumers", "stream/promises", "stream/web", "string_decoder", "sys", "timers", "timers/promises", "tls",
  "trace_events", "tty", "url", "util", "util/types", "v8", "vm", "wasi", "worker_threads", "zlib",
]);
// Only with the "node:" prefix.
const PREFIXED_ONLY = new Set(["sea", "sqlite", "test", "test/reporters"]);
const BUILTIN_SET = new Set(BUILTIN_MODULES);
function isBuiltin(moduleName) {
  validateString(moduleName, "moduleName");
  if (moduleName.startsWith("node:")) {
    const bare = moduleName.slice(5);
    return BUILTIN_SET.has(bare) || PREFIXED_ONLY.has(bare);
  }
  return BUILTIN_SET.has(moduleName);
}

const repl = namespace("repl", ["start", "writer", "isValidSyntax"], ["REPLServer"], {
  REPL_MODE_SLOPPY: Symbol("repl-sloppy"),
  REPL_MODE_STRICT: Symbol("repl-strict"),
  builtinModules: BUILTIN_MODULES.filter((name) => !name.startsWith("_")),
});
repl.Recoverable = unsupportedClass("repl.Recoverable", SyntaxError);

// module.exports of node:module is the Module constructor, with the loader's
// functions on it. nano's loader is not Node's: there is no require to make
// and no cache or hook to reach.
const moduleFunctions = [
  "_debug", "_findPath", "_nodeModulePaths", "_resolveLookupPaths", "_load", "_resolveFilename", "createRequire",
  "_initPaths", "_preloadModules", "runMain", "register", "registerHooks", "enableCompileCache", "getCompileCacheDir",
  "flushCompileCache", "findPackageJSON", "stripTypeScriptTypes",
];
const Module = unsupportedClass("module.Module");
const moduleNs = namespace("module", moduleFunctions, ["SourceMap"], {
  _cache: freeze({ __proto__: null }),
  _pathCache: freeze({ __proto__: null }),
  _extensions: freeze({ __proto__: null }),
  globalPaths: freeze([]),
  isBuiltin,
  // Built-in modules are frozen: there is nothing to bring up to date.
  syncBuiltinESMExports: () => {},
  findSourceMap: () => undefined,
  builtinModules: BUILTIN_MODULES,
  constants: freeze({ compileCacheStatus: freeze({ FAILED: 0, ENABLED: 1, ALREADY_ENABLED: 2, DISABLED: 3 }) }),
});
moduleNs.Module = Module;
// The default export is the constructor itself, carrying the rest.
for (const [key, value] of Object.entries(moduleNs)) {
  if (key !== "Module") Object.defineProperty(Module, key, { value, enumerable: true, writable: true, configurable: true });
}
Object.defineProperty(Module, "Module", { value: Module, enumerable: true, writable: true, configurable: true });

// ---- sqlite, test ----

const sqlite = namespace("sqlite", ["backup"], ["DatabaseSync", "StatementSync"], {
  constants: freeze({
    SQLITE_CHANGESET_OMIT: 0,
    SQLITE_CHANGESET_REPLACE: 1,
    SQLITE_CHANGESET_ABORT: 2,
    SQLITE_CHANGESET_DATA: 1,
    SQLITE_CHANGESET_NOTFOUND: 2,
    SQLITE_CHANGESET_CONFLICT: 3,
    SQLITE_CHANGESET_CONSTRAINT: 4,
    SQLITE_CHANGESET_FOREIGN_KEY: 5,
  }),
});

// node:test's default export is the test() function, the rest on it.
const TEST_FUNCTIONS = ["after", "afterEach", "before", "beforeEach", "describe", "it", "only", "run", "skip", "suite", "todo"];
const test = notImplemented("test.test");
const testNs = namespace("test", TEST_FUNCTIONS, [], {
  test,
  mock: freeze(namespace("test.mock", ["fn", "getter", "method", "module", "reset", "restoreAll", "setter", "property"], [], {
    timers: freeze(namespace("test.mock.timers", ["enable", "reset", "tick", "runAll", "setTime"])),
  })),
  snapshot: freeze(namespace("test.snapshot", ["setDefaultSnapshotSerializers", "setResolveSnapshotPath"])),
});
for (const [key, value] of Object.entries(testNs)) {
  if (key !== "test") Object.defineProperty(test, key, { value, enumerable: true, writable: true, configurable: true });
}
Object.defineProperty(test, "test", { value: test, enumerable: true, writable: true, configurable: true });

// ---- The map ----

export const unsupportedModules = freeze({
  fs: withDefault(fs),
  "fs/promises": withDefault(fsPromises),
  child_process: withDefault(childProcess),
  cluster: withDefault(clusterNs, clusterEmitter),
  worker_threads: withDefault(workerThreads),
  net: withDefault(net),
  tls: withDefault(tls),
  dgram: withDefault(dgram),
  dns: withDefault(dns),
  "dns/promises": withDefault(dnsPromises),
  http2: withDefault(http2),
  vm: withDefault(vm),
  v8: withDefault(v8),
  inspector: withDefault(inspector),
  "inspector/promises": withDefault(inspectorPromises),
  perf_hooks: withDefault(perfHooks),
  trace_events: withDefault(traceEvents),
  wasi: withDefault(wasi),
  readline: withDefault(readline),
  "readline/promises": withDefault(readlinePromises),
  repl: withDefault(repl),
  tty: withDefault(tty),
  module: withDefault(moduleNs, Module),
  sqlite: withDefault(sqlite),
  test: withDefault(testNs, test),
});

// (The realm's reset puts cluster's emitter back: node/index.js lists it.)
export const resetNodeState = () => {};

export { isIP, isIPv4, isIPv6, isBuiltin, BUILTIN_MODULES as builtinModules };
