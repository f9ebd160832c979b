/**
 * The texts of app/global-error.tsx, the one screen that shows without the message provider. They are
 * a copy of `layout.error` in messages/de.json and messages/en.json (test/messages.test.ts keeps the
 * copies equal): global-error is a client component on every page, and importing the catalogues
 * there put both of them, some 50 kB compressed, into the JavaScript of every page.
 */
export const globalErrorMessages = {
  de: {
    title: "Etwas ist schiefgegangen",
    text: "Diese Seite konnte gerade nicht angezeigt werden. Bitte versuchen Sie es noch einmal. Wenn der Fehler bleibt, schreiben Sie uns und nennen Sie den Fehlercode.",
    code: "Fehlercode: {digest}",
    retry: "Noch einmal versuchen",
    home: "Zur Startseite",
  },
  en: {
    title: "Something went wrong",
    text: "This page could not be shown just now. Please try again. If the error persists, write to us and quote the error code.",
    code: "Error code: {digest}",
    retry: "Try again",
    home: "Go to the home page",
  },
} as const;
