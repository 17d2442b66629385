// Where nano's machinery reaches Node's modules (js/node/index.js), which
// only the Node snapshot's contexts hold: a script without Node
// compatibility, or one that uses none of it, starts from a context without
// them and pays nothing for them. node/index.js registers itself here as
// it runs, before realm.js (nano/main_node.js imports it first).
let hooks = null;

export const setNodeHooks = (h) => {
  hooks = h;
};

// The hooks, or null in a context without Node's modules.
export const nodeHooks = () => hooks;
