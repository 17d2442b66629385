// urlpattern-polyfill installs URLPattern at its top level when missing
// (a guarded polyfill).
import "urlpattern-polyfill";
const pattern = new URLPattern({ pathname: "/users/:id" });
export default {
  fetch(request) {
    const match = pattern.exec(request.url);
    return Response.json({ id: match?.pathname.groups.id ?? null, global: typeof globalThis.URLPattern });
  },
};
