import fc from "fast-check";
import { addDays } from "../../../bot/domain/calendar";
import { parseUserDate, parseUserDateSpan } from "../../../bot/domain/user-date";
import { assertProperty } from "../../support/property-runs";

// Saturday 25 July 2026.
const TODAY = "2026-07-25";

describe("dates people type", () => {
  const spans: [string, { from?: string; to: string } | "invalid"][] = [
    ["1.1.", { to: "2027-01-01" }],
    ["bis 1.1.", { to: "2027-01-01" }],
    ["15.8.", { to: "2026-08-15" }],
    ["bis 15.8.", { to: "2026-08-15" }],
    ["15.08.2026", { to: "2026-08-15" }],
    ["15.8.26", { to: "2026-08-15" }],
    ["25.7.", { to: "2026-07-25" }],
    ["24.7.", { to: "2027-07-24" }],
    ["2026-12-31", { to: "2026-12-31" }],
    ["bis zum 31.12.", { to: "2026-12-31" }],
    ["15. August", { to: "2026-08-15" }],
    ["15. Aug. 2027", { to: "2027-08-15" }],
    ["bis Ende März", { to: "2027-03-31" }],
    ["Ende Juli", { to: "2026-07-31" }],
    ["Ende Februar 2028", { to: "2028-02-29" }],
    ["Monatsende", { to: "2026-07-31" }],
    ["2 Wochen", { to: "2026-08-07" }],
    ["eine Woche", { to: "2026-07-31" }],
    ["3 Tage", { to: "2026-07-27" }],
    ["1 Monat", { to: "2026-08-24" }],
    ["bis Freitag", { to: "2026-07-31" }],
    ["bis morgen", { to: "2026-07-26" }],
    ["vom 20.07. bis 10.08.", { from: "2026-07-20", to: "2026-08-10" }],
    ["vom 1.8. bis 15.8.", { from: "2026-08-01", to: "2026-08-15" }],
    ["20.7.–10.8.", { from: "2026-07-20", to: "2026-08-10" }],
    ["1.8. - 15.8.", { from: "2026-08-01", to: "2026-08-15" }],
    ["vom 23.12. bis 6.1.", { from: "2026-12-23", to: "2027-01-06" }],
    ["von 1.7. bis 10.7.", { from: "2027-07-01", to: "2027-07-10" }],
    ["ab 3.8. bis Ende August", { from: "2026-08-03", to: "2026-08-31" }],
    // English as people write it.
    ["until 15 August", { to: "2026-08-15" }],
    ["until Aug 15th", { to: "2026-08-15" }],
    ["August 15, 2026", { to: "2026-08-15" }],
    ["end of March", { to: "2027-03-31" }],
    ["2 weeks", { to: "2026-08-07" }],
    ["a week", { to: "2026-07-31" }],
    ["from 20 July to 10 August", { from: "2026-07-20", to: "2026-08-10" }],
    ["till friday", { to: "2026-07-31" }],
    // Not dates.
    ["31.2.", "invalid"],
    ["32.1.2027", "invalid"],
    ["bald", "invalid"],
    ["", "invalid"],
    ["1.1. bis", "invalid"],
    ["bis 0 Wochen", "invalid"],
    ["vom 10.08. bis 20.07.", { from: "2026-08-10", to: "2027-07-20" }],
  ];

  it.each(spans)("reads %p", (text, expected) => {
    const parsed = parseUserDateSpan(text, TODAY);
    expect(parsed).toEqual(expected === "invalid" ? { kind: "invalid" } : { kind: "span", ...expected });
  });

  it("reads a single date, and nothing that is a span", () => {
    expect(parseUserDate("31.12.", TODAY)).toEqual({ kind: "date", isoDate: "2026-12-31" });
    expect(parseUserDate("vom 1.8. bis 2.8.", TODAY)).toEqual({ kind: "invalid" });
  });

  const dayInTheComingYear = fc.integer({ min: 0, max: 364 });
  const formats: ((date: string) => string)[] = [
    (date) => `${Number(date.slice(8))}.${Number(date.slice(5, 7))}.`,
    (date) => `${date.slice(8)}.${date.slice(5, 7)}.${date.slice(0, 4)}`,
    (date) => date,
    (date) =>
      `${Number(date.slice(8))}. ${["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"][Number(date.slice(5, 7)) - 1]}`,
    (date) =>
      `${Number(date.slice(8))} ${["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`,
  ];

  it("reads back any day of the coming year, however it is written, and any span of them", () => {
    assertProperty(
      fc.property(
        fc.integer({ min: 0, max: 3_000 }),
        dayInTheComingYear,
        dayInTheComingYear,
        fc.integer({ min: 0, max: formats.length - 1 }),
        fc.integer({ min: 0, max: formats.length - 1 }),
        (todayOffset, first, second, fromFormat, toFormat) => {
          const today = addDays("2024-01-01", todayOffset);
          const [start, end] = [addDays(today, Math.min(first, second)), addDays(today, Math.max(first, second))];
          const write = (index: number, date: string) => (formats[index] ?? ((value: string) => value))(date);
          expect(parseUserDateSpan(`bis ${write(toFormat, end)}`, today)).toEqual({ kind: "span", to: end });
          // A span that starts today or later; one written without years ends within a year of its start.
          expect(parseUserDateSpan(`vom ${write(fromFormat, start)} bis ${write(toFormat, end)}`, today)).toEqual({
            kind: "span",
            from: start,
            to: end,
          });
        },
      ),
      { numRuns: 400 },
    );
  });
});
