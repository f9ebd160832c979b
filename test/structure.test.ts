import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error plain ESM script without type declarations
import { checkLib, offence } from "@/scripts/check-structure.mjs";

describe("lib/ file vocabulary", () => {
  it("admits vocabulary words, <topic>-<word> and their tests in a domain folder", () => {
    for (const file of ["queries.ts", "loaders.ts", "agenda-mutations.ts", "sign-in-mail.test.ts", "form-values.ts"]) {
      expect(offence("meetups", file)).toBeNull();
    }
  });

  it("refuses names outside the vocabulary, and unlisted files in an infrastructure folder", () => {
    expect(offence("meetups", "utils.ts")).not.toBeNull();
    expect(offence("meetups", "organiser-helpers.ts")).not.toBeNull();
    expect(offence("meetups", "Queries.ts")).not.toBeNull();
    expect(offence("jobs", "queue.ts")).toBeNull();
    expect(offence("jobs", "meetup-mail.ts")).not.toBeNull();
  });

  it("lists every offender of a tree, subfolders included, and none in this repository", () => {
    const lib = mkdtempSync(path.join(tmpdir(), "structure-"));
    mkdirSync(path.join(lib, "things", "nested"), { recursive: true });
    writeFileSync(path.join(lib, "things", "queries.ts"), "");
    writeFileSync(path.join(lib, "things", "helpers.ts"), "");
    writeFileSync(path.join(lib, "top-level.ts"), "");
    expect(checkLib(lib).map((line: string) => line.split(":")[0])).toEqual(["lib/things/helpers.ts", "lib/things/nested"]);
    expect(checkLib()).toEqual([]);
  });
});
