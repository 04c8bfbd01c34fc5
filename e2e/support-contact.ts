// The hosting company's contact the app under test is started with (playwright.config.ts webServer env).
export const supportContact = {
  url: "https://support.hosting.test/mail",
  phone: "1588-0000",
  email: "help@hosting.test",
} as const;
