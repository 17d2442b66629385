// A reaction to an AbortSignal's abort that an event listener calling
// stopImmediatePropagation() cannot skip (Node's kResistStopPropagation):
// nano's own signals run it as an abort algorithm (before the event);
// another object passing validateAbortSignal gets an ordinary listener.
// Returns the function that takes the reaction back.
import { addAbortAlgorithm, isAbortSignal, removeAbortAlgorithm } from "../../web/abort.js";

export const onAbort = (signal, reaction) => {
  if (isAbortSignal(signal)) {
    addAbortAlgorithm(signal, reaction);
    return () => removeAbortAlgorithm(signal, reaction);
  }
  signal.addEventListener("abort", reaction, { once: true });
  return () => signal.removeEventListener("abort", reaction);
};
