// node:console: the global console (nano's, which writes to the request's
// log), its methods as the module's exports.
import { console } from "../web/console.js";
import { notImplemented } from "./internal/errors.js";

const Console = notImplemented("console.Console");
const methods = {};
for (const key of Object.keys(console)) {
  if (typeof console[key] === "function") methods[key] = console[key];
}

export const {
  log,
  info,
  warn,
  error,
  debug,
  trace,
  dir,
  dirxml,
  table,
  time,
  timeEnd,
  timeLog,
  count,
  countReset,
  group,
  groupCollapsed,
  groupEnd,
  assert,
} = methods;
export { Console };
export default console;
