export default function GlobalNotFound() {
  return (
    <html lang="de">
      <body>
        <main>
          <h1>Seite nicht gefunden / Page not found</h1>
          <p>
            <a href="/">Zur Startseite / Home</a>
          </p>
        </main>
      </body>
    </html>
  );
}
