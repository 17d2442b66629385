// node:https's client: node:http's ClientRequest for https: URLs, over the
// host's fetch() (TLS and certificate checks are the host's). Servers are
// not offered.
import { Agent as HttpAgent, requestFor } from "./http.js";
import { notImplemented } from "./internal/errors.js";

export class Agent extends HttpAgent {
  constructor(options = undefined) {
    super({ defaultPort: 443, protocol: "https:", ...options });
  }
}
export const globalAgent = new Agent();

export const [request, get] = requestFor("https:", 443, globalAgent);
export const createServer = notImplemented("https.createServer");
export const Server = notImplemented("https.Server");

export default { Agent, Server, createServer, get, globalAgent, request };
