// The registry of node:diagnostics_channel, apart from that module so that
// saving and restoring it stays out of scripts' reach (they can import
// node:diagnostics_channel, not this).
const SafeMap = Map;
const SafeSet = Set;
const SafeWeakRef = WeakRef;

// name -> WeakRef of its Channel. Channels are held weakly, as in Node: one
// nobody references (and nobody subscribes to) can be collected, and a later
// channel(name) makes a new one. `active` holds those with subscribers or
// stores strongly.
let channels = new SafeMap();
let active = new SafeSet();
let sweepAt = 64; // registry size at which entries of collected channels are dropped
// How to read and put back a channel's subscribers and stores: set in
// Channel's class body (they reach its private fields).
export const channelAccess = { save: null, reset: null };

export const lookup = (name) => {
  const ref = channels.get(name);
  if (ref === undefined) return undefined;
  const ch = ref.deref();
  if (ch === undefined) channels.delete(name);
  return ch;
};
export const register = (name, ch) => {
  changed = true;
  channels.set(name, new SafeWeakRef(ch));
  if (channels.size >= sweepAt) {
    for (const [key, ref] of channels) if (ref.deref() === undefined) channels.delete(key);
    sweepAt = Math.max(64, channels.size * 2);
  }
};

// The registry and each channel's subscribers and stores, as a value (which
// holds the channels strongly).
const snapshot = () => {
  const saved = new SafeMap();
  for (const name of [...channels.keys()]) {
    const ch = lookup(name);
    if (ch !== undefined) saved.set(name, [ch, channelAccess.save(ch)]);
  }
  return saved;
};
let baseline = new SafeMap();
// Whether a channel was made or its subscribers or stores changed since
// the last save or restore (a request that used none costs nothing).
let changed = true;

// The baseline: called once nano's own modules have made their channels
// (at the end of bootstrap), and in the reuse mode after the script's top
// level (whose subscriptions stay). Returns it.
export const channelsSave = () => {
  baseline = snapshot();
  changed = false;
  return baseline;
};
// Back to `saved`: channels made since are dropped (and emptied, in case
// something still holds them), the others get their subscribers back.
export const channelsRestore = (saved = baseline) => {
  // Nothing made or subscribed since the save: nothing to undo.
  if (saved === baseline && !changed) return;
  for (const name of [...channels.keys()]) {
    const ch = lookup(name);
    if (ch !== undefined && saved.get(name)?.[0] !== ch) channelAccess.reset(ch, undefined);
  }
  channels = new SafeMap();
  active = new SafeSet();
  sweepAt = 64;
  for (const [name, [ch, state]] of saved) {
    channelAccess.reset(ch, state);
    register(name, ch);
  }
  changed = false;
};

export const setActive = (ch, isActive) => {
  changed = true;
  if (isActive) active.add(ch);
  else active.delete(ch);
};
