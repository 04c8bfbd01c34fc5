// vitest globalSetup of the "rig" test project: starts the loopback rig once for all integration tests
// and hands its addresses to them (inject("rig")). Runs only when a rig test is selected.
import type { TestProject } from "vitest/node";
import { startRig, type Rig } from "./index";

export type RigInfo = Omit<Rig, "stop" | "connections">;

declare module "vitest" {
  interface ProvidedContext {
    rig: RigInfo;
  }
}

export default async function setup(project: TestProject) {
  const rig = await startRig();
  // Workers are forked after this point and inherit it; Node reads it only at process start.
  process.env.NODE_EXTRA_CA_CERTS = rig.caFile;
  const { stop, dnsServer, allowCidrs, caFile, zones } = rig;
  project.provide("rig", { dnsServer, allowCidrs, caFile, zones });
  return stop;
}
