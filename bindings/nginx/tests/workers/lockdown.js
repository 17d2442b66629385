// Reports the Workers lockdown as the script sees it: code generation from
// strings (eval) and SharedArrayBuffer. nano_script's allow_eval and
// allow_shared_memory each lift one part.
function attempt(f) {
  try {
    return String(f());
  } catch (e) {
    return e.name;
  }
}
export default {
  fetch() {
    return new Response(`eval ${attempt(() => eval("1 + 1"))} sab ${typeof SharedArrayBuffer}\n`);
  },
};
