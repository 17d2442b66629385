// What node:timers and node:timers/promises share: Node's reading of a delay.
import { emitNodeWarning } from "../events.js";

export const TIMEOUT_MAX = 2 ** 31 - 1;

// A number of ms from 1 to TIMEOUT_MAX: anything else is 1 (as Node does;
// the Web's setTimeout takes 0 as 0), with a warning when too large.
export const timerDelay = (after) => {
  after *= 1;
  if (after >= 1 && after <= TIMEOUT_MAX) return after;
  if (after > TIMEOUT_MAX) {
    const warning = new Error(`${after} does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.`);
    warning.name = "TimeoutOverflowWarning";
    emitNodeWarning(warning);
  }
  return 1;
};
