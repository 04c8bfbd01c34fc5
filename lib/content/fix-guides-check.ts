// Content checks for content/fixes: every cause has a guide in both languages; every setting cause has steps
// for every program, each with at least one picture; every picture names a real drawing of that program,
// real field ids of it, and values that fit the field (a checkbox gets on/off, a list one of its options).
import { isMaskedField } from "@/lib/dialogs/field-state";
import { dialogIds, dialogSpec, isDialogId } from "@/lib/dialogs/registry";
import { causeGuides, programGuides } from "@/content/fixes";
import { setupInstallSteps } from "@/content/fixes/auto-setup";
import { causeIds, settingCauseIds } from "@/lib/causes";
import { clientIds, type ClientId } from "@/lib/clients";
import { possibleValues, templateKeysIn, templates } from "@/lib/fix/template";
import { causeGuideSchema, programStepsSchema, type Step } from "./fix-guide-schema";

const onOff = ["on", "off"];

function unknownKeys(text: string): string[] {
  return templateKeysIn(text).filter((key) => !Object.hasOwn(templates, key));
}

export function checkText(where: string, text: { ko: string; en: string }): string[] {
  const problems = [...unknownKeys(text.ko), ...unknownKeys(text.en)].map(
    (k) => `${where}: unknown value {${k}}`,
  );
  const ko = new Set(templateKeysIn(text.ko));
  const en = new Set(templateKeysIn(text.en));
  const differ = [...ko].some((k) => !en.has(k)) || [...en].some((k) => !ko.has(k));
  if (differ) problems.push(`${where}: ko and en show different values`);
  return problems;
}

export function checkPicture(
  where: string,
  picture: NonNullable<Step["picture"]>,
  client: ClientId | null,
): string[] {
  if (!isDialogId(picture.dialog)) return [`${where}: no drawing named ${picture.dialog}`];
  const spec = dialogSpec(picture.dialog);
  const problems: string[] = [];
  if (client && spec.client !== client)
    problems.push(`${where}: ${picture.dialog} is a picture of ${spec.client}, not ${client}`);
  const seen = new Set<string>();
  for (const { field, value } of picture.highlight) {
    const f = spec.fields[field];
    if (!f) {
      problems.push(`${where}: ${picture.dialog} has no field ${field}`);
      continue;
    }
    if (seen.has(field)) problems.push(`${where}: ${field} is highlighted twice`);
    seen.add(field);
    // The caption under a picture says the value to type, so a highlight names it — except for
    // password boxes (the customer's secret) and buttons (nothing to type).
    if (value === undefined) {
      if (f.kind !== "button" && !isMaskedField(field))
        problems.push(`${where}: ${field} is highlighted without a value`);
      continue;
    }
    problems.push(...unknownKeys(value).map((k) => `${where}: unknown value {${k}} for ${field}`));
    const can = possibleValues(value);
    const allowed =
      f.kind === "select"
        ? Object.keys(f.options)
        : f.kind === "text"
          ? null
          : f.kind === "button"
            ? []
            : onOff;
    if (allowed && (can === null || can.some((v) => !allowed.includes(v))))
      problems.push(`${where}: ${field} (${f.kind}) cannot show "${value}"`);
  }
  return problems;
}

function checkSteps(where: string, steps: Step[], client: ClientId | null): string[] {
  return steps.flatMap((s, i) => [
    ...checkText(`${where} step ${i + 1}`, s.text),
    ...(s.picture ? checkPicture(`${where} step ${i + 1}`, s.picture, client) : []),
    // The install screens of an automatic-setup step are checked as this program's pictures.
    ...(s.setup ? checkSteps(`${where} step ${i + 1} (${s.setup})`, setupInstallSteps[s.setup], client) : []),
  ]);
}

export function checkFixGuides(): string[] {
  const problems: string[] = [];
  for (const cause of causeIds) {
    const parsed = causeGuideSchema.safeParse(causeGuides[cause]);
    if (!parsed.success) {
      problems.push(
        `${cause}: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`,
      );
      continue;
    }
    const guide = parsed.data;
    problems.push(...checkText(`${cause} meaning`, guide.meaning), ...checkSteps(cause, guide.steps, null));
    if (guide.tell) problems.push(...checkText(`${cause} tell`, guide.tell));
  }
  for (const client of clientIds) {
    for (const cause of settingCauseIds) {
      const where = `${client} × ${cause}`;
      const parsed = programStepsSchema.safeParse(programGuides[client]?.[cause]);
      if (!parsed.success) {
        problems.push(`${where}: no steps (${parsed.error.issues[0]?.message})`);
        continue;
      }
      if (!parsed.data.some((s) => s.picture)) problems.push(`${where}: no step has a picture`);
      problems.push(...checkSteps(where, parsed.data, client));
    }
  }
  return problems;
}

/** Every drawing is shown by at least one guide, and its labels only use known values. */
export function checkDrawingsUsed(): string[] {
  const stepsOf = (steps: Step[]): Step[] =>
    steps.flatMap((s) => [s, ...(s.setup ? stepsOf(setupInstallSteps[s.setup]) : [])]);
  const used = new Set(
    Object.values(programGuides).flatMap((byCause) =>
      Object.values(byCause).flatMap((steps) =>
        stepsOf(steps).flatMap((s) => (s.picture ? [s.picture.dialog] : [])),
      ),
    ),
  );
  const problems = dialogIds.filter((id) => !used.has(id)).map((id) => `${id} is not used by any guide`);
  for (const id of dialogIds)
    for (const [field, spec] of Object.entries(dialogSpec(id).fields))
      problems.push(
        ...checkText(`${id}.${field} label`, spec.label),
        ...checkText(`${id} title`, dialogSpec(id).title),
      );
  return problems;
}
