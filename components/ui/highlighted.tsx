import { markPieces } from "@/lib/search/rules";

/**
 * The text with the words a search matched in <mark> (server-rendered; no HTML is injected). The
 * pieces sit in one span: a kern-link lays out its children as flex items, which would put gaps
 * (and spaces in the link's accessible name) between a marked and an unmarked part of a word.
 */
export function Highlighted({ text, words }: { text: string; words: readonly string[] | undefined }) {
  if (!words || words.length === 0) return text;
  return <span>{markPieces(text, words).map((piece, i) => (piece.marked ? <mark key={i}>{piece.text}</mark> : piece.text))}</span>;
}
