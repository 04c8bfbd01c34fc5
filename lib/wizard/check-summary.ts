// The live check in three seconds: one headline (whose side the trouble is on) and one line per role — the
// receiving server, the sending server, the domain — in green, amber or red with the values that work.
// Read off the diagnosis (lib/diagnose: its findings, reasons and working settings), never re-judged here:
// each finding id maps to a role and a colour in the tables below.
import type { WorkingSettings } from "@/lib/api/schema";
import type { Diagnosis, RuleId } from "@/lib/diagnose";
import { tried, viewOfCheck, type ProbeEvent } from "@/lib/diagnose/check-view";
import type { DiagnoseEvent } from "@/lib/api/schema";
import { portsOf } from "@/lib/mail-ports";

export type Role = "incoming" | "outgoing" | "domain";
export type RoleState = "ok" | "warn" | "fail" | "neutral";
export type Headline = "fine" | "down" | "dns" | "certificate" | "partial" | "not-checked";

/** What a role line says: a key of content/ui/check.ts `roleNotes`, and the working values if any. */
export type RoleNote =
  | "works"
  | "down"
  | "noPort"
  | "notTried"
  | "certificate"
  | "certificateName"
  | "port25Closed"
  | "domainMissing"
  | "dnsFailing"
  | "nullMx"
  | "noMail"
  | "noMx"
  | "blocked";

export type RoleLine = {
  role: Role;
  state: RoleState;
  note: RoleNote;
  /** The setting that works (incoming/outgoing), or the domain's mail servers. */
  value?: { host: string; port?: number; protocol?: string; security?: "ssl" | "starttls" | "none" };
  hosts?: string[];
};

export type CheckSummary = { headline: Headline; lines: RoleLine[] };

// The domain's findings: what each says about the domain line (the first that holds wins).
const domainFindings: [RuleId, RoleState, RoleNote][] = [
  ["domain-not-found", "fail", "domainMissing"],
  ["dns-failing", "fail", "dnsFailing"],
  ["null-mx", "fail", "nullMx"],
  ["no-mx-no-a", "fail", "noMail"],
  ["mx-missing", "warn", "noMx"],
  ["dns-slow", "warn", "dnsFailing"],
];
const dnsBroken = new Set<RuleId>(["domain-not-found", "dns-failing", "null-mx", "no-mx-no-a"]);
/** Certificates only the hosting company can fix; a certificate for another name the customer can type. */
const certificateFindings = new Set<RuleId>(["tls-expired", "tls-untrusted"]);

const roleProtocols = { incoming: [...portsOf.pop3, ...portsOf.imap], outgoing: portsOf.smtp } as const;

function domainLine(d: Diagnosis): RoleLine {
  const ids = new Set(d.findings.map((f) => f.id));
  const hit = domainFindings.find(([id]) => ids.has(id));
  if (hit) return { role: "domain", state: hit[1], note: hit[2] };
  const mx = d.reasons.find((r) => r.rule === "mx-found");
  if (mx) return { role: "domain", state: "ok", note: "works", hosts: String(mx.vars.hosts).split(", ") };
  return { role: "domain", state: "neutral", note: "notTried" };
}

function serverLine(role: "incoming" | "outgoing", d: Diagnosis, probes: readonly ProbeEvent[]): RoleLine {
  const setting: WorkingSettings[typeof role] | undefined = d.settings?.[role] ?? undefined;
  const hostOf = (rule: RuleId) => d.reasons.filter((r) => r.rule === rule).map((r) => String(r.vars.host));
  if (setting) {
    const value = {
      host: setting.host,
      port: setting.port,
      security: setting.security,
      ...("protocol" in setting ? { protocol: setting.protocol } : {}),
    };
    const badCertificate = [...certificateFindings].some((id) => hostOf(id).includes(setting.host));
    if (badCertificate) return { role, state: "warn", note: "certificate", value };
    // The settings moved to the name the certificate covers (docs/decisions/0007): say why the name changed.
    const renamed = d.reasons.some(
      (r) => r.rule === "tls-wrong-name" && String(r.vars.names).split(", ").includes(setting.host),
    );
    if (renamed) return { role, state: "warn", note: "certificateName", value };
    if (role === "outgoing" && hostOf("port25-closed-use-other").length > 0)
      return { role, state: "ok", note: "port25Closed", value };
    return { role, state: "ok", note: "works", value };
  }
  const ran = probes.filter((p) => tried(p) && (roleProtocols[role] as readonly number[]).includes(p.port));
  if (ran.length === 0) {
    const blocked = probes.some((p) => p.status === "blocked");
    return { role, state: blocked ? "fail" : "neutral", note: blocked ? "blocked" : "notTried" };
  }
  if (d.findings.some((f) => f.id === "server-down")) return { role, state: "fail", note: "down" };
  return { role, state: "fail", note: "noPort" };
}

/** The roles the customer's trouble concerns: the direction they told us, else both. */
function concerned(direction: Diagnosis["direction"]): ("incoming" | "outgoing")[] {
  return direction === "send"
    ? ["outgoing"]
    : direction === "receive"
      ? ["incoming"]
      : ["incoming", "outgoing"];
}

export function summarizeCheck(d: Diagnosis, events: readonly DiagnoseEvent[], failed = false): CheckSummary {
  const view = viewOfCheck(events);
  const probes = view.probes();
  const lines: RoleLine[] = [
    serverLine("incoming", d, probes),
    serverLine("outgoing", d, probes),
    domainLine(d),
  ];
  const ids = new Set(d.findings.map((f) => f.id));
  const mine = lines.filter((l) => (concerned(d.direction) as Role[]).includes(l.role));
  const headline: Headline =
    failed || !view.ran
      ? "not-checked"
      : [...dnsBroken].some((id) => ids.has(id))
        ? "dns"
        : ids.has("server-down")
          ? "down"
          : mine.some((l) => l.note === "certificate")
            ? "certificate"
            : mine.every((l) => l.state === "ok" || l.state === "warn")
              ? "fine"
              : "partial";
  return { headline, lines };
}
