// GET /mail/config-v1.1.xml?emailaddress=… – Thunderbird's autoconfig document from the live check (SPEC §8)
import { autoconfigResponse } from "@/lib/setup/autoconfig-response";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = autoconfigResponse;
