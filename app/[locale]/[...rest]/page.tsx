import { notFound } from "next/navigation";

// Unknown paths inside a locale get the translated 404 page of app/[locale]/not-found.tsx.
export default function CatchAll() {
  notFound();
}
