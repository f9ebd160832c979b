import Link from "next/link";

export default function GlobalNotFound() {
  return (
    <html lang="de">
      <body>
        <main>
          <h1>Seite nicht gefunden / Page not found</h1>
          <p>
            <Link href="/">Zur Startseite / Home</Link>
          </p>
        </main>
      </body>
    </html>
  );
}
