import { notFound } from "next/navigation";

// Any unknown path under a language renders that language's layout with the not-found page.
export default function UnknownPage() {
  notFound();
}
