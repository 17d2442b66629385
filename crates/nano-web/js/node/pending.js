// Modules nano has not written yet: node:domain imports, and each of its
// functions throws ERR_METHOD_NOT_IMPLEMENTED with its name (never a
// silent no-op).
import { notImplemented } from "./internal/errors.js";

const { freeze } = Object;

const namespace = (module, names, extra = {}) => {
  const ns = { ...extra };
  for (const name of names) ns[name] = notImplemented(`${module}.${name}`);
  return freeze({ ...ns, default: freeze({ ...ns }) });
};

export const pendingModules = freeze({
  domain: namespace("domain", ["create", "createDomain", "Domain"], { active: null }),
});
