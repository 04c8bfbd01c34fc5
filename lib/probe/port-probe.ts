// One port of one mail server: connect, greeting, capabilities, TLS (implicit or STARTTLS), goodbye.
// Expected outcomes ("refused", "timeout", an untrusted certificate) are data in the returned result.
// The result is handed back as soon as the last answer is in; the goodbye (QUIT/LOGOUT) goes on after it,
// and `closed` says when the socket is gone (the connection limits count real sockets).
import "server-only";
import type { MailPort, MailProtocol, Security } from "@/lib/mail-ports";
import { budgets } from "./budgets";
import { dialects, offers } from "./dialects";
import { MailConnection, ProbeFailure, type ConnectionContext } from "./mail-connection";
import { emptyTls, factsOf, tlsSeen, type TlsInfo, type TlsSeen } from "./tls-facts";

export const probeStatuses = ["open", "refused", "timeout", "reset", "blocked", "skipped", "error"] as const;
export type ProbeStatus = (typeof probeStatuses)[number];
export const probeSteps = [
  "guard",
  "queued",
  "skipped",
  "connect",
  "tls",
  "greeting",
  "capabilities",
  "starttls",
  "done",
] as const;
export type ProbeStep = (typeof probeSteps)[number];
/** Where this check's answer came from: its own dialog, another check's running one, or one ≤ 60 s old. */
export type ProbeSource = "probed" | "joined" | "stored";

export type ProbeEvent = {
  type: "probe";
  host: string;
  ip: string;
  port: number;
  protocol: MailProtocol;
  status: ProbeStatus;
  banner: string | null;
  capabilities: string[];
  tls: TlsInfo | null;
  ms: number;
  /** Extra facts (the schema passes them through): how the session was secured, where it stopped, why. */
  security: Security;
  capabilitiesBeforeTls: string[];
  step: ProbeStep;
  detail: string | null;
  /**
   * Was the dialogue held for this very host name (its TLS server name)? false: for another name on the
   * same address (the certificate was judged for this one). Which name is not said: it may be another
   * customer's.
   */
  heldForHost?: boolean;
  /** Where the answer came from; null when there was no dialog (blocked, skipped). */
  source?: ProbeSource | null;
};

/** What one dialog showed, as plain data: the event for the name it was held for, and the raw TLS facts. */
export type ProbeResult = { event: ProbeEvent; tls: TlsSeen | null };
export type ProbeRun = { result: ProbeResult; closed: Promise<void> };

export type ProbeContext = ConnectionContext & { ehloName: string };

/** The result as it reads for another host name on the same address (the certificate's name match differs). */
export function eventFor(result: ProbeResult, host: string, source: ProbeSource): ProbeEvent {
  const { event, tls } = result;
  return {
    ...event,
    host,
    tls: tls && event.tls ? factsOf(tls, host) : event.tls,
    heldForHost: host === event.host,
    source,
  };
}

/** Did the dialog run to an answer (anything but a cut by the deadline)? Only then may others reuse it. */
export const complete = (result: ProbeResult) => result.event.status !== "skipped";

export async function probePort(
  host: string,
  ip: string,
  port: MailPort,
  ctx: ProbeContext,
): Promise<ProbeRun> {
  const dialect = dialects[port.protocol];
  const started = ctx.clock.now();
  let step: ProbeStep = "connect";
  let banner: string | null = null;
  let capabilitiesBeforeTls: string[] = [];
  let capabilities: string[] = [];
  let security: Security = port.tls === "ssl" ? "ssl" : "none";
  let tlsInfo: TlsInfo | null = null;
  let seen: TlsSeen | null = null;
  let connection: MailConnection | null = null;

  const finish = (status: ProbeEvent["status"], detail: string | null, closed: Promise<void>): ProbeRun => ({
    result: {
      event: {
        type: "probe",
        host,
        ip,
        port: port.port,
        protocol: port.protocol,
        status,
        banner,
        capabilities: [...new Set(capabilities)].slice(0, 50),
        tls: tlsInfo,
        ms: Math.round(ctx.clock.now() - started),
        security,
        capabilitiesBeforeTls: [...new Set(capabilitiesBeforeTls)].slice(0, 50),
        step,
        detail,
        heldForHost: true,
        source: "probed",
      },
      tls: seen,
    },
    closed,
  });
  const goodbye = () => connection!.quit(dialect.quitCommand);

  const secure = async () => {
    step = "tls";
    const socket = await connection!.startTls(host);
    seen = tlsSeen(socket);
    tlsInfo = factsOf(seen, host);
  };

  try {
    connection = await MailConnection.open(ip, port.port, ctx);
    if (port.tls === "ssl") await secure();

    step = "greeting";
    const greeting = await connection.readReply("greeting", dialect.greetingEnds);
    banner = greeting.join(" ").slice(0, budgets.lineBytes);
    const kind = dialect.greeting(greeting);
    if (kind === "foreign") return finish("error", "not-a-mail-greeting", connection.close());
    if (kind === "refused") return finish("open", "greeting-refused", goodbye());

    step = "capabilities";
    const command = port.protocol === "smtp" ? `EHLO ${ctx.ehloName}` : dialect.capabilityCommand;
    connection.write(command);
    capabilities = [
      ...dialect.greetingCapabilities(greeting),
      ...dialect.capabilities(await connection.readReply("capabilities", dialect.capabilityEnds)),
    ];

    if (port.tls === "starttls" && offers(capabilities, dialect.startTlsCapability)) {
      step = "starttls";
      connection.write(dialect.startTlsCommand);
      const answer = await connection.readReply("starttls", dialect.startTlsEnds);
      if (!dialect.startTlsOk(answer)) {
        tlsInfo = emptyTls("starttls-refused");
        return finish("open", "starttls-refused", goodbye());
      }
      capabilitiesBeforeTls = capabilities;
      capabilities = [];
      security = "starttls";
      await secure();
      // Capabilities change after TLS (RFC 3207 §4.2): AUTH often appears only now.
      step = "capabilities";
      connection.write(command);
      capabilities = dialect.capabilities(await connection.readReply("capabilities", dialect.capabilityEnds));
    }
    step = "done";
    return finish("open", null, goodbye());
  } catch (error) {
    const closed = connection?.close() ?? Promise.resolve();
    const failure = error instanceof ProbeFailure ? error : new ProbeFailure("error", "unexpected");
    // `step` is also set inside secure(); read it through a wider type so TypeScript does not narrow it.
    const at: ProbeStep = step as ProbeStep;
    if (at === "tls" && failure.kind !== "skipped") tlsInfo ??= emptyTls(failure.detail);
    // A connection that was accepted and then cut is a reset, not a refusal.
    return finish(
      failure.kind === "refused" && at !== "connect" ? "reset" : failure.kind,
      failure.detail,
      closed,
    );
  }
}
