// node:os — what a sandbox can say about "its" machine: a Linux x64 host
// with no CPUs, memory figures, load, users or network interfaces to show
// (as Workers' node:os). Anything that would need the real machine throws
// ERR_METHOD_NOT_IMPLEMENTED.
import { notImplemented, validateInteger, validateObject } from "./internal/errors.js";

const { freeze } = Object;

export const EOL = "\n";
export const devNull = "/dev/null";

export const arch = () => "x64";
export const machine = () => "x86_64";
export const platform = () => "linux";
export const type = () => "Linux";
// The kernel's release and version: none to report.
export const release = () => "";
export const version = () => "";
export const endianness = () => "LE";
export const hostname = () => "localhost";
export const homedir = () => "/tmp";
export const tmpdir = () => "/tmp";
// No CPUs, memory or load figures are exposed.
export const cpus = () => [];
export const availableParallelism = () => 1;
export const totalmem = () => 0;
export const freemem = () => 0;
export const loadavg = () => [0, 0, 0];
export const uptime = () => 0;
export const networkInterfaces = () => ({});

// Process priority: the default, for any process.
export function getPriority(pid = 0) {
  validateInteger(pid, "pid");
  return 0;
}
const setPriorityUnsupported = notImplemented("os.setPriority");
export function setPriority(pid, priority = undefined) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInteger(pid, "pid");
  validateInteger(priority, "priority", -20, 19);
  return setPriorityUnsupported();
}

// There is no user account behind a worker.
const userInfoUnsupported = notImplemented("os.userInfo");
export function userInfo(options = undefined) {
  if (options !== undefined) validateObject(options, "options", { nullable: true });
  return userInfoUnsupported();
}

// As in Node, these functions stand for their value in a template string.
const TO_PRIMITIVE = [
  arch, machine, platform, type, release, version, endianness, hostname, homedir, tmpdir, totalmem, freemem, uptime,
];
for (const fn of TO_PRIMITIVE) {
  Object.defineProperty(fn, Symbol.toPrimitive, { value: () => fn(), configurable: true });
}

const nullProto = (entries) => freeze({ __proto__: null, ...entries });

// Linux's values, as Node reports them there.
export const constants = nullProto({
  UV_UDP_REUSEADDR: 4,
  dlopen: nullProto({ RTLD_LAZY: 1, RTLD_NOW: 2, RTLD_GLOBAL: 256, RTLD_LOCAL: 0, RTLD_DEEPBIND: 8 }),
  errno: nullProto({
    E2BIG: 7, EACCES: 13, EADDRINUSE: 98, EADDRNOTAVAIL: 99, EAFNOSUPPORT: 97, EAGAIN: 11, EALREADY: 114,
    EBADF: 9, EBADMSG: 74, EBUSY: 16, ECANCELED: 125, ECHILD: 10, ECONNABORTED: 103, ECONNREFUSED: 111,
    ECONNRESET: 104, EDEADLK: 35, EDESTADDRREQ: 89, EDOM: 33, EDQUOT: 122, EEXIST: 17, EFAULT: 14, EFBIG: 27,
    EHOSTUNREACH: 113, EIDRM: 43, EILSEQ: 84, EINPROGRESS: 115, EINTR: 4, EINVAL: 22, EIO: 5, EISCONN: 106,
    EISDIR: 21, ELOOP: 40, EMFILE: 24, EMLINK: 31, EMSGSIZE: 90, EMULTIHOP: 72, ENAMETOOLONG: 36, ENETDOWN: 100,
    ENETRESET: 102, ENETUNREACH: 101, ENFILE: 23, ENOBUFS: 105, ENODATA: 61, ENODEV: 19, ENOENT: 2, ENOEXEC: 8,
    ENOLCK: 37, ENOLINK: 67, ENOMEM: 12, ENOMSG: 42, ENOPROTOOPT: 92, ENOSPC: 28, ENOSR: 63, ENOSTR: 60,
    ENOSYS: 38, ENOTCONN: 107, ENOTDIR: 20, ENOTEMPTY: 39, ENOTSOCK: 88, ENOTSUP: 95, ENOTTY: 25, ENXIO: 6,
    EOPNOTSUPP: 95, EOVERFLOW: 75, EPERM: 1, EPIPE: 32, EPROTO: 71, EPROTONOSUPPORT: 93, EPROTOTYPE: 91,
    ERANGE: 34, EROFS: 30, ESPIPE: 29, ESRCH: 3, ESTALE: 116, ETIME: 62, ETIMEDOUT: 110, ETXTBSY: 26,
    EWOULDBLOCK: 11, EXDEV: 18,
  }),
  signals: nullProto({
    SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGIOT: 6, SIGBUS: 7, SIGFPE: 8,
    SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14, SIGTERM: 15, SIGCHLD: 17,
    SIGSTKFLT: 16, SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20, SIGTTIN: 21, SIGTTOU: 22, SIGURG: 23, SIGXCPU: 24,
    SIGXFSZ: 25, SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28, SIGIO: 29, SIGPOLL: 29, SIGPWR: 30, SIGSYS: 31,
  }),
  priority: nullProto({
    PRIORITY_LOW: 19,
    PRIORITY_BELOW_NORMAL: 10,
    PRIORITY_NORMAL: 0,
    PRIORITY_ABOVE_NORMAL: -7,
    PRIORITY_HIGH: -14,
    PRIORITY_HIGHEST: -20,
  }),
});

const os = {
  arch,
  availableParallelism,
  cpus,
  endianness,
  freemem,
  getPriority,
  homedir,
  hostname,
  loadavg,
  networkInterfaces,
  platform,
  release,
  setPriority,
  tmpdir,
  totalmem,
  type,
  userInfo,
  uptime,
  version,
  machine,
};
// Read-only, as Node defines them.
Object.defineProperties(os, {
  constants: { value: constants, enumerable: true, configurable: false, writable: false },
  EOL: { value: EOL, enumerable: true, configurable: true, writable: false },
  devNull: { value: devNull, enumerable: true, configurable: true, writable: false },
});
export default os;
