import { describe, expect, it } from "vitest";
import { berlinIsoString, berlinOffsetMinutes, berlinWallClock, berlinWallTimeToUtc, formatBerlinDateTime } from "./time";

const utc = (date: string, time: string) => {
  const result = berlinWallTimeToUtc(date, time);
  if (!result.ok) throw new Error(result.error);
  return result.value.toISOString();
};

describe("berlinWallTimeToUtc", () => {
  it("converts winter time at +01:00 and summer time at +02:00, whatever the machine's zone", () => {
    // vitest.config sets TZ=America/New_York, so a local-time slip would show here.
    expect(process.env.TZ).toBe("America/New_York");
    expect(utc("2027-01-15", "10:00")).toBe("2027-01-15T09:00:00.000Z");
    expect(utc("2027-07-15", "10:00")).toBe("2027-07-15T08:00:00.000Z");
  });

  it("rejects 02:30 on the last Sunday of March, which the clocks skip", () => {
    expect(berlinWallTimeToUtc("2027-03-28", "02:30")).toEqual({ ok: false, error: "errors.meetups.timeDoesNotExist" });
    expect(berlinWallTimeToUtc("2027-03-28", "02:00")).toEqual({ ok: false, error: "errors.meetups.timeDoesNotExist" });
    expect(utc("2027-03-28", "01:59")).toBe("2027-03-28T00:59:00.000Z");
    expect(utc("2027-03-28", "03:00")).toBe("2027-03-28T01:00:00.000Z");
    expect(utc("2027-03-28", "10:00")).toBe("2027-03-28T08:00:00.000Z");
  });

  it("takes the first, summer-time occurrence of 02:30 on the last Sunday of October", () => {
    expect(utc("2027-10-31", "02:30")).toBe("2027-10-31T00:30:00.000Z");
    expect(utc("2027-10-31", "01:59")).toBe("2027-10-30T23:59:00.000Z");
    expect(utc("2027-10-31", "03:00")).toBe("2027-10-31T02:00:00.000Z");
    expect(utc("2027-10-31", "10:00")).toBe("2027-10-31T09:00:00.000Z");
  });

  it("rejects dates that are not in the calendar and times past 23:59", () => {
    expect(berlinWallTimeToUtc("2027-02-29", "10:00")).toEqual({ ok: false, error: "errors.meetups.dateInvalid" });
    expect(berlinWallTimeToUtc("28.03.2027", "10:00")).toEqual({ ok: false, error: "errors.meetups.dateInvalid" });
    expect(berlinWallTimeToUtc("2027-03-28", "24:00")).toEqual({ ok: false, error: "errors.meetups.timeInvalid" });
    expect(berlinWallTimeToUtc("2027-03-28", "9:00")).toEqual({ ok: false, error: "errors.meetups.timeInvalid" });
    expect(utc("2028-02-29", "10:00")).toBe("2028-02-29T09:00:00.000Z");
  });

  it("accepts the seconds a time input may send", () => {
    expect(utc("2027-07-15", "10:00:00")).toBe("2027-07-15T08:00:00.000Z");
  });
});

describe("berlinWallClock and berlinIsoString", () => {
  it("round-trip every quarter hour across both transitions of 2027", () => {
    for (const day of ["2027-03-27", "2027-03-28", "2027-03-29", "2027-10-30", "2027-10-31", "2027-11-01"]) {
      for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
        const time = `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
        const result = berlinWallTimeToUtc(day, time);
        if (!result.ok) {
          expect([day, time.slice(0, 2)]).toEqual(["2027-03-28", "02"]);
          continue;
        }
        expect(berlinWallClock(result.value)).toEqual({ date: day, time });
      }
    }
  });

  it("shows both occurrences of 02:30 on 2027-10-31 as 02:30 with their own offsets", () => {
    const summer = new Date("2027-10-31T00:30:00Z");
    const winter = new Date("2027-10-31T01:30:00Z");
    expect(berlinWallClock(summer)).toEqual({ date: "2027-10-31", time: "02:30" });
    expect(berlinWallClock(winter)).toEqual({ date: "2027-10-31", time: "02:30" });
    expect(berlinIsoString(summer)).toBe("2027-10-31T02:30:00+02:00");
    expect(berlinIsoString(winter)).toBe("2027-10-31T02:30:00+01:00");
    expect([berlinOffsetMinutes(summer), berlinOffsetMinutes(winter)]).toEqual([120, 60]);
  });

  it("formats with the zone's name in German and English", () => {
    expect(formatBerlinDateTime(new Date("2027-03-28T08:00:00Z"), "de")).toBe("28.03.2027, 10:00 MESZ");
    expect(formatBerlinDateTime(new Date("2027-01-15T09:00:00Z"), "de")).toBe("15.01.2027, 10:00 MEZ");
    expect(formatBerlinDateTime(new Date("2027-03-28T08:00:00Z"), "en-GB")).toBe("28 Mar 2027, 10:00 CEST");
  });
});
