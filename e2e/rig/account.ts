// The rig's one mail account with a known password, for tests that must log in (the client-text capture:
// a wrong password needs a right one to differ from, an unknown recipient is only reached after login).
// Loopback only; any other user name, or this one with another password, is refused.
export const testAccount = {
  user: "kim@good.test",
  password: "rig-mail-password",
  /** Accepted by Postfix as a recipient of good.test; every other good.test address is unknown. */
  address: "kim@good.test",
} as const;
