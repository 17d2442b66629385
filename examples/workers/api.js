// A small JSON API with routing: the nginx tests and the peer benchmark
// serve it (it runs unchanged on nano, workerd and deno serve).
const users = [
  { id: 1, name: "ada", role: "admin" },
  { id: 2, name: "grace", role: "user" },
  { id: 3, name: "linus", role: "user" },
];

const routes = [
  ["GET", /^\/api\/users$/, ({ url }) => {
    const role = url.searchParams.get("role");
    return Response.json(role ? users.filter((u) => u.role === role) : users);
  }],
  ["GET", /^\/api\/users\/(\d+)$/, (_, id) => {
    const user = users.find((u) => u.id === Number(id));
    return user ? Response.json(user) : Response.json({ error: `no user ${id}` }, { status: 404 });
  }],
  ["POST", /^\/api\/users$/, async ({ request }) => {
    const body = await request.json().catch(() => null);
    if (!body || typeof body.name !== "string") {
      return Response.json({ error: "name (string) is required" }, { status: 422 });
    }
    return Response.json({ id: users.length + 1, name: body.name, role: "user" }, { status: 201 });
  }],
];

export default {
  async fetch(request) {
    const url = new URL(request.url);
    for (const [method, pattern, handler] of routes) {
      const match = pattern.exec(url.pathname);
      if (match && request.method === method) return handler({ request, url }, ...match.slice(1));
    }
    return Response.json({ error: "not found", path: url.pathname }, { status: 404 });
  },
};
