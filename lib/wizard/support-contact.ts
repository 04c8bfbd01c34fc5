// The hosting company's own support contact (SPEC §5 MAILDOC_SUPPORT_URL / _PHONE / _EMAIL, validated at
// start-up by lib/env.ts), read by the page on the server and handed to the "still not working" screen.
export type SupportContact = { url: string | null; phone: string | null; email: string | null };

export const noSupportContact: SupportContact = { url: null, phone: null, email: null };

export const hasContact = (c: SupportContact) => c.url !== null || c.phone !== null || c.email !== null;

/** A phone number as a tel: link (RFC 3966 keeps digits, +, and visual separators are dropped). */
export const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, "")}`;
