import { customAlphabet, nanoid } from "nanoid";
const digits = customAlphabet("0123456789", 8);
export default {
  fetch() {
    const id = nanoid();
    return Response.json({ length: id.length, urlSafe: /^[A-Za-z0-9_-]+$/.test(id), digits: /^\d{8}$/.test(digits()) });
  },
};
