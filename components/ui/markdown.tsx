import { renderMarkdown } from "@/lib/markdown/render";

/**
 * Member-written Markdown as HTML. The only component that injects HTML: `renderMarkdown` sanitises it
 * (no scripts, no event handlers, no `javascript:` links), so nothing unsanitised can reach the page.
 */
export async function Markdown({ source }: { source: string }) {
  const html = await renderMarkdown(source);
  return <div className="markdown kern-body" dangerouslySetInnerHTML={{ __html: html }} />;
}
