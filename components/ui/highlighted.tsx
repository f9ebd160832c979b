import { markPieces } from "@/lib/search/rules";

/** The text with the words a search matched in <mark> (server-rendered; no HTML is injected). */
export function Highlighted({ text, words }: { text: string; words: readonly string[] | undefined }) {
  if (!words || words.length === 0) return text;
  return markPieces(text, words).map((piece, i) => (piece.marked ? <mark key={i}>{piece.text}</mark> : piece.text));
}
