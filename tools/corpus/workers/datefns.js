import { addDays, differenceInCalendarDays, format, formatISO, parseISO } from "date-fns";
export default {
  fetch() {
    const d = parseISO("2024-02-27T12:00:00Z");
    const out = [format(addDays(d, 3), "yyyy-MM-dd"), differenceInCalendarDays(parseISO("2024-12-25"), parseISO("2024-01-01")), formatISO(new Date(0), { representation: "date" })];
    return Response.json(out);
  },
};
