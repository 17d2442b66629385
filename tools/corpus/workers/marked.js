import { marked } from "marked";
export default {
  fetch() {
    return new Response(marked.parse("# Title\n\nSome *emphasis* and `code`.\n\n- a\n- b\n"), { headers: { "content-type": "text/html" } });
  },
};
