// Helpers that keep the fix-guide content short: a step is text in both languages and, usually, a picture
// naming a drawing and the fields to highlight (in order: callout 1, 2, …) with the value each should show.
import type { DialogId, FieldId } from "@/lib/dialogs/registry";
import type { SettingCauseId } from "@/lib/fix/guide-types";
import type { Step } from "@/lib/content/fix-guide-schema";

type HighlightArg<D extends DialogId> = FieldId<D> | readonly [FieldId<D>, string];

/** A picture of `dialog` with these fields highlighted; `[field, value]` also sets the value to show. */
export function pic<D extends DialogId>(
  dialog: D,
  ...highlight: HighlightArg<D>[]
): NonNullable<Step["picture"]> {
  return {
    dialog,
    highlight: highlight.map((h) => (typeof h === "string" ? { field: h } : { field: h[0], value: h[1] })),
  };
}

export function step(ko: string, en: string, picture?: Step["picture"]): Step {
  return picture ? { text: { ko, en }, picture } : { text: { ko, en } };
}

/** One program's steps for every setting cause (the compiler insists on all fourteen). */
export type ProgramGuides = Record<SettingCauseId, Step[]>;
