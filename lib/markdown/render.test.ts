import { describe, expect, it } from "vitest";
import { markdownToPlainText, renderMarkdown } from "./render";

describe("renderMarkdown", () => {
  it("renders headings, lists, emphasis and tables", async () => {
    const html = await renderMarkdown("## Umsetzung\n\n- **Online** beantragen\n\n| a | b |\n|---|---|\n| 1 | 2 |");
    expect(html).toContain("<h2>Umsetzung</h2>");
    expect(html).toContain("<strong>Online</strong>");
    expect(html).toContain("<table>");
  });

  it("drops script tags, event handlers and raw HTML", async () => {
    const html = await renderMarkdown('Hallo <script>alert(1)</script> <img src=x onerror="alert(2)"> <b onclick="x()">fett</b>');
    expect(html).not.toMatch(/<script|onerror|onclick|<img/i);
    expect(html).toContain("Hallo");
  });

  it("removes javascript: and data: links but keeps https links", async () => {
    const html = await renderMarkdown("[böse](javascript:alert(1)) [auch](data:text/html,x) [gut](https://www.fellbach.de)");
    expect(html).not.toMatch(/javascript:|data:/i);
    expect(html).toContain('href="https://www.fellbach.de"');
  });

  it("takes the target from protocol-relative links (//evil.example opens another host) but keeps site links", async () => {
    const html = await renderMarkdown("[fremd](//evil.example/x) [schräg](\\\\evil.example) [intern](/solutions/wohngeld)");
    expect(html).not.toMatch(/href="[\\/]{2}/);
    expect(html).toContain("fremd");
    expect(html).toContain('href="/solutions/wohngeld"');
  });
});

describe("markdownToPlainText", () => {
  it("keeps the words and line structure but no Markdown syntax", () => {
    const text = markdownToPlainText("## Programm\n\n*Demodaten* mit **Keynote** und [Anmeldung](https://example.org).\n\n- Wohngeld\n- Hundesteuer");
    expect(text).toBe("Programm\n\nDemodaten mit Keynote und Anmeldung.\n\nWohngeld\nHundesteuer");
  });

  it("drops raw HTML like the rendered page does", () => {
    expect(markdownToPlainText("Hallo <b>Welt</b>")).toBe("Hallo Welt");
  });
});
