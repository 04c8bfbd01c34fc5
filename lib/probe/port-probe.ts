// One port of one mail server: connect, greeting, capabilities, TLS (implicit or STARTTLS), goodbye.
// Expected outcomes ("refused", "timeout", an untrusted certificate) are data in the returned event.
import "server-only";
import type tls from "node:tls";
import { budgets, type MailPort, type MailProtocol, type Security } from "./budgets";
import { dialects, offers } from "./dialects";
import { MailConnection, ProbeFailure, type ConnectionContext } from "./mail-connection";
import { emptyTls, factsOf, tlsFacts, type TlsInfo } from "./tls-facts";

export const probeStatuses = ["open", "refused", "timeout", "reset", "blocked", "error"] as const;
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
};

/** The event, and the TLS facts as they would read for another host name served by the same address. */
export type ProbeOutcome = { event: ProbeEvent; tlsFor: (host: string) => TlsInfo | null };

export type ProbeContext = ConnectionContext & { ehloName: string };

export async function probePort(
  host: string,
  ip: string,
  port: MailPort,
  ctx: ProbeContext,
): Promise<ProbeOutcome> {
  const dialect = dialects[port.protocol];
  const started = ctx.clock.now();
  let step: ProbeStep = "connect";
  let banner: string | null = null;
  let capabilitiesBeforeTls: string[] = [];
  let capabilities: string[] = [];
  let security: Security = port.tls === "ssl" ? "ssl" : "none";
  let tlsInfo: TlsInfo | null = null;
  let cert: tls.PeerCertificate | null = null;
  let chain: { trusted: boolean; error: Error | undefined } = { trusted: false, error: undefined };
  let connection: MailConnection | null = null;

  const finish = (status: ProbeStatus, detail: string | null): ProbeOutcome => ({
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
    },
    tlsFor: (other) =>
      tlsInfo && cert ? factsOf(cert, other, tlsInfo.version, chain.trusted, chain.error) : tlsInfo,
  });

  const secure = async () => {
    step = "tls";
    const socket = await connection!.startTls(host);
    ({ info: tlsInfo, cert } = tlsFacts(socket, host));
    chain = { trusted: socket.authorized, error: socket.authorizationError };
  };

  try {
    connection = await MailConnection.open(ip, port.port, ctx);
    if (port.tls === "ssl") await secure();

    step = "greeting";
    const greeting = await connection.readReply("greeting", dialect.greetingEnds);
    banner = greeting.join(" ").slice(0, budgets.lineBytes);
    const kind = dialect.greeting(greeting);
    if (kind === "foreign") {
      await connection.close();
      return finish("error", "not-a-mail-greeting");
    }
    if (kind === "refused") {
      await connection.quit(dialect.quitCommand);
      return finish("open", "greeting-refused");
    }

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
        await connection.quit(dialect.quitCommand);
        return finish("open", "starttls-refused");
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
    await connection.quit(dialect.quitCommand);
    return finish("open", null);
  } catch (error) {
    await connection?.close();
    const failure = error instanceof ProbeFailure ? error : new ProbeFailure("error", "unexpected");
    // `step` is also set inside secure(); read it through a wider type so TypeScript does not narrow it.
    const at: ProbeStep = step as ProbeStep;
    if (at === "tls") tlsInfo ??= emptyTls(failure.detail);
    // A connection that was accepted and then cut is a reset, not a refusal.
    return finish(failure.kind === "refused" && at !== "connect" ? "reset" : failure.kind, failure.detail);
  }
}
