// Text from servers (banners, replies, certificate names, DNS records) as plain text (SPEC §6): control
// characters, bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069) and every other invisible
// or format character (zero-width spaces and joiners, soft hyphen, Hangul fillers, tag characters, …) are
// removed, so a server cannot reorder or hide what the page shows. A tab reads as a space.
// Unicode: general categories Cc, Cf, Zl, Zp and the Default_Ignorable_Code_Point property (UAX #44).
import "server-only";

const invisible = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]/gu;

export function plainText(text: string): string {
  return text.replace(/\t/g, " ").replace(invisible, "");
}
