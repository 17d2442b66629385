// The entry of the Node snapshot's contexts: Node's modules first
// (they register with node_hooks.js before realm.js lists what to freeze
// and reset), then everything main.js has.
import "../node/index.js";

export { internal } from "./main.js";
