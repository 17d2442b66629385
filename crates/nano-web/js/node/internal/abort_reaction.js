// A reaction to an AbortSignal's abort that an event listener calling
// stopImmediatePropagation() cannot skip (Node's kResistStopPropagation),
// called with the abort Event, `this` the signal. Returns the function that
// takes it back.
// If ../web/dom.js exports kResistStopPropagation (an addEventListener
// option it would honour), the reaction is an ordinary listener with it, seen
// by listener counts as Node's is. Until then nano's own signals run it as an
// abort algorithm (before the event, unseen by listeners); another object
// passing validateAbortSignal gets an ordinary listener.
import * as dom from "../../web/dom.js";
import { addAbortAlgorithm, isAbortSignal, removeAbortAlgorithm } from "../../web/abort.js";

const kResist = dom.kResistStopPropagation;
const { apply } = Reflect;

export const onAbort = (signal, reaction) => {
  if (kResist !== undefined || !isAbortSignal(signal)) {
    signal.addEventListener("abort", reaction, kResist !== undefined ? { once: true, [kResist]: true } : { once: true });
    return () => signal.removeEventListener("abort", reaction);
  }
  const algorithm = () => {
    const event = new dom.Event("abort");
    dom.eventState.begin(event, signal);
    try {
      apply(reaction, signal, [event]);
    } catch (err) {
      dom.reportError(err);
    } finally {
      dom.eventState.end(event);
    }
  };
  addAbortAlgorithm(signal, algorithm);
  return () => removeAbortAlgorithm(signal, algorithm);
};
