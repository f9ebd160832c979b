import { describe, expect, it } from "vitest";
import { addedMentionIds, mentionedIds, mentionMarkdown, mentionQueryAt, parseMentions, resolveMentions } from "./mention-rules";

const anna = "3f1c2a9e-1111-4222-8333-444455556666";
const bernd = "9b0a7c6d-1111-4222-8333-444455556666";

describe("mention rules", () => {
  it("parses mentions and their distinct ids", () => {
    const text = `Hallo @[Anna Beispiel](/members/${anna}), @[Bernd](/members/${bernd}) und nochmal @[Anna](/members/${anna}).`;
    expect(parseMentions(text)).toEqual([
      { name: "Anna Beispiel", id: anna },
      { name: "Bernd", id: bernd },
      { name: "Anna", id: anna },
    ]);
    expect(mentionedIds(text)).toEqual([anna, bernd]);
    // Other links and e-mail addresses are no mentions.
    expect(mentionedIds("[Anna](/members/x) anna@example.org @[x](https://evil.example/members/1)")).toEqual([]);
  });

  it("turns unknown members into plain @Name and keeps known ones", () => {
    const text = `@[Anna](/members/${anna}) fragt @[Unbekannt](/members/${bernd})`;
    expect(resolveMentions(text, new Set([anna]))).toBe(`@[Anna](/members/${anna}) fragt @Unbekannt`);
    expect(resolveMentions(text, new Set())).toBe("@Anna fragt @Unbekannt");
  });

  it("finds mentions added by an edit", () => {
    expect(addedMentionIds(`@[Anna](/members/${anna})`, `@[Anna](/members/${anna}) @[Bernd](/members/${bernd})`)).toEqual([bernd]);
    expect(addedMentionIds(`@[Anna](/members/${anna})`, "weg")).toEqual([]);
  });

  it("writes a mention whose name cannot break the link", () => {
    expect(mentionMarkdown({ id: anna, name: "Anna [Admin]" })).toBe(`@[Anna  Admin](/members/${anna})`);
    expect(parseMentions(mentionMarkdown({ id: anna, name: "Anna ] (x)" }))).toHaveLength(1);
  });

  it("finds the @word being typed, but not inside an e-mail address", () => {
    expect(mentionQueryAt("Hallo @An", 9)).toEqual({ start: 6, query: "An" });
    expect(mentionQueryAt("@Anna B", 7)).toEqual({ start: 0, query: "Anna B" });
    expect(mentionQueryAt("anna@exa", 8)).toBeNull();
    // First and last name, no more.
    expect(mentionQueryAt("Hallo @An und so", 16)).toBeNull();
  });
});
