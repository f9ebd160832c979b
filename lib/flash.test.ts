import { describe, expect, it } from "vitest";
import { readSavedFlash, savedFlashMessage } from "./flash";

describe("readSavedFlash", () => {
  it("reads the known results and a version number", () => {
    expect(readSavedFlash({ saved: "published" })).toBe("published");
    expect(readSavedFlash({ saved: ["draft", "published"] })).toBe("draft");
    expect(readSavedFlash({ saved: "3" })).toBe(3);
    expect(savedFlashMessage(3)).toEqual(["version", { version: 3 }]);
  });

  it("ignores anything else instead of showing it", () => {
    for (const saved of [undefined, "", "0", "-1", "1.5", "99999999999", "<b>Hallo</b>", "\u0000"]) {
      expect(readSavedFlash({ saved })).toBeNull();
    }
  });
});
