// Builds what the fix page shows for one cause and program: texts with the customer's values filled in,
// and for each picture its name and a caption that says every highlighted field's value in words.
import { isMaskedField, type Highlight } from "@/lib/dialogs/field-state";
import { dialogSpec, type DialogId } from "@/lib/dialogs/registry";
import { causeTitles } from "@/content/causes";
import { causeGuides, programGuides } from "@/content/fixes";
import { setupInstallSteps } from "@/content/fixes/auto-setup";
import { uiMessages } from "@/content/ui";
import { settingCauseIds, type CauseId } from "@/lib/causes";
import type { ClientId } from "@/lib/clients";
import type { Step } from "@/lib/content/fix-guide-schema";
import type { Locale } from "@/lib/i18n/locales";
import type { SetupKind } from "@/lib/setup/links";
import type { SettingCauseId } from "./guide-types";
import { fillTemplate } from "./template";
import type { FixValues } from "./values";

export type CaptionItem = { n: number; label: string; value: string };
export type PictureView = { dialog: DialogId; name: string; highlights: Highlight[]; caption: CaptionItem[] };
/** An automatic-setup step: the download (built by the page from the address) and its install screens. */
export type SetupView = { kind: SetupKind; steps: StepView[] };
export type StepView = { text: string; picture?: PictureView; setup?: SetupView };
export type FixGuideView = {
  cause: CauseId;
  title: string;
  meaning: string;
  /** The program whose screens are shown (the checklist when the link names none); null: no per-program steps. */
  program: ClientId | null;
  programSteps: StepView[];
  steps: StepView[];
  tell?: string;
};

export function isSettingCause(cause: CauseId): cause is SettingCauseId {
  return (settingCauseIds as readonly string[]).includes(cause);
}

function captionValue(dialog: DialogId, h: Highlight, values: FixValues, locale: Locale): string {
  const words = uiMessages.fix[locale].caption;
  const field = dialogSpec(dialog).fields[h.field];
  const value = fillTemplate(h.value ?? "", values, locale);
  if (!field) return value;
  if (field.kind === "button") return words.press;
  if (isMaskedField(h.field)) return words.password;
  if (field.kind === "checkbox") return value === "on" ? words.checked : words.unchecked;
  if (field.kind === "toggle") return value === "on" ? words.on : words.off;
  if (field.kind === "radio") return value === "on" ? words.selected : words.notSelected;
  if (field.kind === "select") return field.options[value]?.[locale] ?? value;
  return value;
}

function pictureView(picture: NonNullable<Step["picture"]>, values: FixValues, locale: Locale): PictureView {
  const dialog = picture.dialog as DialogId;
  const spec = dialogSpec(dialog);
  return {
    dialog,
    name: fillTemplate(spec.title[locale], values, locale),
    highlights: picture.highlight,
    caption: picture.highlight.map((h, i) => ({
      n: i + 1,
      label: fillTemplate(spec.fields[h.field]?.label[locale] ?? h.field, values, locale),
      value: captionValue(dialog, h, values, locale),
    })),
  };
}

function stepViews(steps: Step[], values: FixValues, locale: Locale): StepView[] {
  return steps.map((s) => ({
    text: fillTemplate(s.text[locale], values, locale),
    ...(s.picture ? { picture: pictureView(s.picture, values, locale) } : {}),
    ...(s.setup
      ? { setup: { kind: s.setup, steps: stepViews(setupInstallSteps[s.setup], values, locale) } }
      : {}),
  }));
}

export function buildFixGuide(input: {
  cause: CauseId;
  client?: ClientId;
  values: FixValues;
  locale: Locale;
}): FixGuideView {
  const { cause, values, locale } = input;
  const guide = causeGuides[cause];
  const program = isSettingCause(cause) ? (input.client ?? "other") : null;
  return {
    cause,
    title: causeTitles[cause][locale],
    meaning: fillTemplate(guide.meaning[locale], values, locale),
    program,
    programSteps:
      program && isSettingCause(cause) ? stepViews(programGuides[program][cause], values, locale) : [],
    steps: stepViews(guide.steps, values, locale),
    ...(guide.tell ? { tell: fillTemplate(guide.tell[locale], values, locale) } : {}),
  };
}
