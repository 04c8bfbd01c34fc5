// Content checks for content/programs.ts: every program can receive and send somehow; where a program's
// own screens offer a security list, it offers what the abilities say (so the chooser never picks a
// setting the picture cannot show); a cause limited to some programs is not one every program's guide
// has steps for.
import { causePrograms, programAbilities, type ProgramAbilities } from "@/content/programs";
import { settingCauseIds } from "@/lib/causes";
import { clientIds, type ClientId } from "@/lib/clients";
import { dialogIds, dialogSpec, type DialogId } from "@/lib/dialogs/registry";

/** The security lists of a program's screens, by the direction they set. */
function securityLists(
  client: ClientId,
): { direction: "incoming" | "outgoing"; where: string; keys: string[] }[] {
  return dialogIds
    .filter((id: DialogId) => dialogSpec(id).client === client)
    .flatMap((id) =>
      Object.entries(dialogSpec(id).fields).flatMap(([field, spec]) => {
        // A list of the connection's security: its options are keyed by the security values.
        if (spec.kind !== "select" || !/security|encryption/i.test(field)) return [];
        const keys = Object.keys(spec.options);
        const outgoing = /^outgoing/i.test(field) || (!/^incoming/i.test(field) && /outgoing|smtp/.test(id));
        return [
          {
            direction: outgoing ? ("outgoing" as const) : ("incoming" as const),
            where: `${id}.${field}`,
            keys,
          },
        ];
      }),
    );
}

export function checkProgramAbilities(
  abilities: Record<ClientId, ProgramAbilities> = programAbilities,
): string[] {
  const problems: string[] = [];
  for (const client of clientIds) {
    const a = abilities[client];
    if (a.protocols.length === 0) problems.push(`${client}: no incoming protocol`);
    if (a.incoming.length === 0 || a.outgoing.length === 0) problems.push(`${client}: no security choice`);
    for (const list of securityLists(client))
      for (const security of a[list.direction])
        if (!list.keys.includes(security))
          problems.push(`${client}: ${list.where} cannot be set to ${security}`);
  }
  return problems;
}

export function checkCausePrograms(only: typeof causePrograms = causePrograms): string[] {
  return Object.entries(only).flatMap(([cause, clients]) => [
    ...(clients && clients.length > 0 ? [] : [`${cause}: limited to no program`]),
    ...((settingCauseIds as readonly string[]).includes(cause)
      ? [`${cause}: every program has steps for it, so it cannot be limited to some`]
      : []),
  ]);
}

export function checkPrograms(): string[] {
  return [...checkProgramAbilities(), ...checkCausePrograms()];
}
