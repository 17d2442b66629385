// Imported before react-dom/server: React's edge build checks `typeof AsyncLocalStorage` when its module is
// evaluated. workerd's nodejs_compat does not define the global, so install it the way Next.js/OpenNext do.
import { AsyncLocalStorage } from "node:async_hooks";

globalThis.AsyncLocalStorage ??= AsyncLocalStorage;
