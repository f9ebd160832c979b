import Link from "next/link";
import { firaSans } from "@/components/layout/fira-sans";

export default function GlobalNotFound() {
  return (
    <html lang="de" className={firaSans.variable}>
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
