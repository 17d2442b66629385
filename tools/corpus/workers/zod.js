import { z } from "zod";
const User = z.object({ name: z.string().min(2), age: z.number().int().nonnegative(), email: z.email() });
export default {
  async fetch(request) {
    const result = User.safeParse(await request.json());
    if (result.success) return Response.json({ ok: true, user: result.data });
    return Response.json({ ok: false, issues: result.error.issues.map((i) => i.path.join(".")) }, { status: 422 });
  },
};
