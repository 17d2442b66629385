import { AutoRouter } from "itty-router";
const router = AutoRouter();
router.get("/", () => "itty home");
router.get("/items/:id", ({ params, query }) => ({ id: params.id, sort: query.sort ?? null }));
router.post("/items", async (req) => ({ created: await req.json() }));
export default { ...router };
