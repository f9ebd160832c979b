import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error plain ESM script without type declarations
import { checkLib, offence } from "@/scripts/check-structure.mjs";
// @ts-expect-error plain ESM script without type declarations
import { checkClientImports, valueImports } from "@/scripts/check-client-imports.mjs";

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

describe("client imports", () => {
  it("follows value imports and re-exports, not type-only ones", () => {
    const source = [
      'import type { z } from "zod";',
      'import { type FormState, type Other } from "@/lib/forms";',
      'import {\n  emptyFormState,\n  type FormState,\n} from "@/lib/form-state";',
      'export { applicationBodies } from "./rules";',
      'import "./globals.css";',
    ].join("\n");
    expect(valueImports(source)).toEqual(["@/lib/form-state", "./rules", "./globals.css"]);
  });

  it("finds a client component that reaches zod or a catalogue, and none in this repository", () => {
    const root = mkdtempSync(path.join(tmpdir(), "client-imports-"));
    for (const dir of ["app", "components", "lib/things"]) mkdirSync(path.join(root, dir), { recursive: true });
    writeFileSync(path.join(root, "lib/things/schema.ts"), 'import { z } from "zod";\nexport const MAX = 3;\n');
    writeFileSync(path.join(root, "lib/things/actions.ts"), '"use server";\nimport { z } from "zod";\nexport async function act() {}\n');
    writeFileSync(path.join(root, "components/form.tsx"), '"use client";\nimport { MAX } from "@/lib/things/schema";\nimport { act } from "@/lib/things/actions";\n');
    writeFileSync(path.join(root, "components/server.tsx"), 'import { MAX } from "@/lib/things/schema";\n');
    expect(checkClientImports(root)).toEqual(["components/form.tsx → lib/things/schema.ts → zod: zod (validation belongs to the server action)"]);
    expect(checkClientImports()).toEqual([]);
  });
});
