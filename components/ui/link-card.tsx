import { Link } from "@/i18n/navigation";

/** A KERN card with a heading, a short text and one link onwards. */
export function LinkCard({ title, text, href, linkText }: { title: string; text: string; href: string; linkText: string }) {
  return (
    <article className="kern-card">
      <div className="kern-card__container">
        <header className="kern-card__header">
          <h2 className="kern-heading-small">{title}</h2>
        </header>
        <div className="kern-card__body">
          <p className="kern-body">{text}</p>
        </div>
        <footer className="kern-card__footer">
          <Link href={href} className="kern-link">
            {linkText}
          </Link>
        </footer>
      </div>
    </article>
  );
}
