export type Handler<E> = (request: Request, env: E) => Response | Promise<Response>;

export function route<E>(routes: Record<string, Handler<E>>, request: Request, env: E): Response | Promise<Response> {
  const { pathname } = new URL(request.url);
  const handler = routes[pathname];
  return handler ? handler(request, env) : new Response("not found\n", { status: 404 });
}
