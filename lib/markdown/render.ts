import { toText } from "hast-util-to-text";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

// GitHub's sanitisation schema, minus what a peer-written text never needs: raw HTML is not parsed
// at all (remark-rehype drops it), and only http(s)/mailto links survive.
const schema = {
  ...defaultSchema,
  protocols: { ...defaultSchema.protocols, href: ["http", "https", "mailto"], src: ["https"] },
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => tag !== "img" && tag !== "input"),
};

type HastNode = { type: string; tagName?: string; properties?: Record<string, unknown>; children?: HastNode[] };

/**
 * The sanitiser keeps relative links, and to it `//evil.example/x` is one: a browser opens it on
 * another host. Links that leave the site must name their scheme (https://), so a link starting
 * with two slashes or backslashes loses its target and stays as text.
 */
function dropProtocolRelativeLinks() {
  const walk = (node: HastNode) => {
    if (node.type === "element" && node.tagName === "a" && typeof node.properties?.href === "string" && /^\s*[\\/]{2}/.test(node.properties.href)) {
      delete node.properties.href;
    }
    node.children?.forEach(walk);
  };
  return (tree: HastNode) => walk(tree);
}

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSanitize, schema)
  .use(dropProtocolRelativeLinks)
  .use(rehypeStringify);

/**
 * Rendered HTML by source text, most recently used last. Rendering is a pure function of the text,
 * so every instance may keep its own copy and none can be stale; a page with hundreds of comments
 * then renders each body once per process instead of once per request. Bounded by the characters
 * it holds (sources and HTML), about 2 × 8 MB of UTF-16.
 */
const rendered = new Map<string, string>();
const CACHE_CHARACTERS = 8_000_000;
let cachedCharacters = 0;

/** Markdown written by members, rendered to HTML that is safe to insert into a page. */
export async function renderMarkdown(source: string): Promise<string> {
  const hit = rendered.get(source);
  if (hit !== undefined) {
    rendered.delete(source);
    rendered.set(source, hit);
    return hit;
  }
  const html = String(await processor.process(source));
  const size = source.length + html.length;
  if (size <= CACHE_CHARACTERS / 100) {
    rendered.set(source, html);
    cachedCharacters += size;
    for (const [oldest, oldHtml] of rendered) {
      if (cachedCharacters <= CACHE_CHARACTERS) break;
      rendered.delete(oldest);
      cachedCharacters -= oldest.length + oldHtml.length;
    }
  }
  return html;
}

const toTree = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeSanitize, schema).use(dropProtocolRelativeLinks);

/**
 * The same Markdown as plain text, for places that show no HTML (calendar files): what a reader of
 * the page sees, with paragraphs and list items on lines of their own, and no `*`, `#` or `[]()`.
 */
export function markdownToPlainText(source: string): string {
  const tree = toTree.runSync(toTree.parse(source));
  return toText(tree).replace(/\n{3,}/g, "\n\n").trim();
}

/** The same for an excerpt, where a text the parser refuses is shown as written rather than not at all. */
export function markdownToPlainTextOrSource(source: string): string {
  try {
    return markdownToPlainText(source);
  } catch {
    return source;
  }
}
