// Any other /api/* path – a JSON 404 in the SPEC §2 shape for every method, instead of the HTML page.
import { notFound } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

export const GET = notFound;
export const HEAD = notFound;
export const POST = notFound;
export const PUT = notFound;
export const DELETE = notFound;
export const PATCH = notFound;
export const OPTIONS = notFound;
