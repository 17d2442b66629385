import { v4, v5, validate, version } from "uuid";
export default {
  fetch() {
    const id = v4();
    return Response.json({ valid: validate(id), version: version(id), v5: v5("nano", "6ba7b810-9dad-11d1-80b4-00c04fd430c8") });
  },
};
