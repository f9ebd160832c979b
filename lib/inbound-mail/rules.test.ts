import { describe, expect, it } from "vitest";
import { isAutomaticMail, replyMarkdown, visibleReplyText } from "./rules";

const headers = (entries: Record<string, string>) => new Map(Object.entries(entries));

describe("visibleReplyText", () => {
  it("cuts a German Outlook reply at its Von/Gesendet/An/Betreff block (no > quoting)", () => {
    const text = [
      "Vielen Dank, das hat geholfen.",
      "Wir nutzen den Dienst seit März.",
      "",
      "Von: Kommunalnetz <antwort+reply.x@kommunalnetz.example>",
      "Gesendet: Dienstag, 1. Dezember 2026 14:03",
      "An: Anna Beispiel <anna@stadt.example>",
      "Betreff: Neue Antwort auf Ihre Frage",
      "",
      "Hallo Anna, hier die alte Nachricht.",
    ].join("\r\n");
    expect(visibleReplyText(text)).toBe("Vielen Dank, das hat geholfen.\nWir nutzen den Dienst seit März.");
  });

  it("cuts Outlook's block with the ____ line and bold labels of the HTML part", () => {
    const text = "Kurz: ja.\n\n________________________________\n*Von:* Kommunalnetz <a@b.example>\n*Gesendet:* Dienstag\n*An:* Anna\n*Betreff:* x\n\nalt";
    expect(visibleReplyText(text)).toBe("Kurz: ja.");
  });

  it("cuts an English Outlook block too", () => {
    expect(visibleReplyText("Yes.\n\nFrom: Kommunalnetz <a@b.example>\nSent: Tuesday\nTo: Anna\nSubject: x\n\nold")).toBe("Yes.");
  });

  it("removes Thunderbird's 'Am … schrieb …:' with the quote, and the signature after '-- '", () => {
    const text = "Das klingt gut.\n\nAm 01.12.2026 um 14:03 schrieb Kommunalnetz:\n> Hallo Anna,\n> alte Zeile\n\n-- \nAnna Beispiel\nStadt Fellbach";
    expect(visibleReplyText(text)).toBe("Das klingt gut.");
  });

  it("removes an attribution the client wrapped over two lines", () => {
    const text = "Ja, gerne.\n\nAm 01.12.2026 um 14:03 schrieb Kommunalnetz\n<antwort+reply.abc@kommunalnetz.example>:\n> Hallo Anna,";
    expect(visibleReplyText(text)).toBe("Ja, gerne.");
  });

  it("removes a signature after '-- ' in a mail without quote", () => {
    expect(visibleReplyText("Danke!\n\n-- \nAnna Beispiel\nTelefon 0711 1234")).toBe("Danke!");
  });

  it("keeps a line that merely starts with 'Am' or 'Von:' in the text", () => {
    expect(visibleReplyText("Am Montag passt es.\nVon: der Kämmerei kam ein Ja.\nGruß")).toBe("Am Montag passt es.\nVon: der Kämmerei kam ein Ja.\nGruß");
  });

  it("leaves nothing of a mail with only quoted text", () => {
    expect(visibleReplyText("> Hallo Anna,\n> hier die Antwort.")).toBe("");
    expect(visibleReplyText("Von: Kommunalnetz <a@b.example>\nGesendet: Dienstag\nAn: Anna\nBetreff: x\n\nHallo")).toBe("");
    expect(visibleReplyText("Am 01.12.2026 um 14:03 schrieb Kommunalnetz:\n> Hallo")).toBe("");
  });
});

describe("isAutomaticMail", () => {
  it("recognises auto-replies and list traffic", () => {
    expect(isAutomaticMail(headers({ "auto-submitted": "auto-replied" }))).toBe(true);
    expect(isAutomaticMail(headers({ "x-autoreply": "yes" }))).toBe(true);
    expect(isAutomaticMail(headers({ precedence: "bulk" }))).toBe(true);
    expect(isAutomaticMail(headers({ "auto-submitted": "no" }))).toBe(false);
    expect(isAutomaticMail(headers({}))).toBe(false);
  });
});

describe("replyMarkdown", () => {
  it("keeps the member's line breaks as Markdown hard breaks, but not in code blocks or around blank lines", () => {
    expect(replyMarkdown("Grüße\nAnna\n\nNeuer Absatz")).toBe("Grüße  \nAnna\n\nNeuer Absatz");
    expect(replyMarkdown("```\na\nb\n```\nDanach")).toBe("```\na\nb\n```\nDanach");
    expect(replyMarkdown("schon  \nda")).toBe("schon  \nda");
  });
});
