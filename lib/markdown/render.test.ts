import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./render";

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
});
