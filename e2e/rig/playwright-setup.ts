// Playwright globalSetup: starts the loopback rig for the e2e tests and stops it afterwards.
// Playwright starts webServer BEFORE globalSetup, so playwright.config.ts must give the app the rig's
// settings up front (see e2e/rig/README.md): the DNS server address, MAILDOC_ALLOW_CIDRS and
// NODE_EXTRA_CA_CERTS = ensureRigCa().caFile (the CA is kept between runs for exactly this reason).
import { startRig } from "./index";

export default async function globalSetup() {
  const rig = await startRig();
  return () => rig.stop();
}
