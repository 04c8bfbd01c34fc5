// Size limits of SPEC §2, kept apart from the zod schemas so browser code can use them without zod.
export const MAX_TEXT_CHARS = 20_000;
export const MAX_BODY_BYTES = 32 * 1024;
