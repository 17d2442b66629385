import { camelCase, chunk, debounce, groupBy, merge, sortBy, uniq } from "lodash-es";
export default {
  fetch() {
    const people = [{ n: "b", a: 2 }, { n: "a", a: 1 }, { n: "c", a: 2 }];
    return Response.json({
      chunk: chunk([1, 2, 3, 4, 5], 2),
      group: groupBy(people, "a"),
      sorted: sortBy(people, ["n"]).map((p) => p.n),
      uniq: uniq([1, 1, 2]),
      merged: merge({ a: { b: 1 } }, { a: { c: 2 } }),
      camel: camelCase("hello big world"),
      debounced: typeof debounce(() => {}, 10),
    });
  },
};
