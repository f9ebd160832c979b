import { firaSans } from "@/components/layout/fira-sans";

/**
 * Requests that never reach a locale. A plain link, not next/link: this boundary is part of every
 * page's tree, and next/link here loaded a second copy of the link code (3 kB) on every page.
 */
export default function GlobalNotFound() {
  return (
    <html lang="de" className={firaSans.variable}>
      <body>
        <main>
          <h1>Seite nicht gefunden / Page not found</h1>
          <p>
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full load is right here, see above */}
            <a href="/">Zur Startseite / Home</a>
          </p>
        </main>
      </body>
    </html>
  );
}
