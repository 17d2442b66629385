import { route, type Handler } from "./router";
import { items } from "./items";
import schema from "./schema.sql";

export interface Env {
  GREETING: string;
  LIMITS: string; // a non-string var arrives as its JSON
}

const routes: Record<string, Handler<Env>> = {
  "/": (_request, env) => new Response(`${env.GREETING} from a TypeScript project!\n`),
  "/items": (_request, env) => {
    const { items: max } = JSON.parse(env.LIMITS) as { items: number };
    return Response.json(items.slice(0, max));
  },
  "/schema": () => new Response(schema),
  "/throw": () => {
    throw new Error("thrown in src/index.ts");
  },
};

export default {
  async fetch(request, env): Promise<Response> {
    return route(routes, request, env);
  },
} satisfies ExportedHandler<Env>;
