// The capture runs in a network namespace of its own (unshare -n): its only interface is loopback, so no
// program under test can reach any address outside the machine, whatever it tries (update checks, DNS,
// certificate revocation). A private mount namespace gives it a resolv.conf that points at the rig's DNS
// server, started on 127.0.0.1:53 inside the namespace; the rig's fixed addresses do not collide with a
// rig another checkout runs outside it.
import { spawnSync } from "node:child_process";
import { networkInterfaces } from "node:os";

const MARK = "MAILDOC_CAPTURE_NAMESPACE";

// glibc skips DNS for AI_ADDRCONFIG look-ups when a host has loopback addresses only, so the namespace's
// loopback also carries one address from 10/8 (local to the namespace; nothing routes it anywhere).
const setup = `set -e
ip link set lo up
ip addr add 10.254.254.254/32 dev lo
resolv=$(mktemp)
echo "nameserver 127.0.0.1" > "$resolv"
mount --bind "$resolv" /etc/resolv.conf
exec "$@"`;

/** Re-runs this script inside the namespace; returns false when already inside (go on with the capture). */
export function reexecInNamespace(): boolean {
  if (process.env[MARK] === "1") return false;
  if (process.getuid?.() !== 0) throw new Error("the capture needs root (network and mount namespaces)");
  const result = spawnSync(
    "unshare",
    [
      "-n",
      "-m",
      "--propagation",
      "private",
      "sh",
      "-c",
      setup,
      "sh",
      process.execPath,
      ...process.execArgv,
      ...process.argv.slice(1),
    ],
    { stdio: "inherit", env: { ...process.env, [MARK]: "1" } },
  );
  process.exitCode = result.status ?? 1;
  return true;
}

/** Refuses to run any program unless loopback is the only interface. */
export function assertLoopbackOnly() {
  const names = Object.keys(networkInterfaces());
  if (names.some((name) => name !== "lo"))
    throw new Error(`the capture must run with loopback only, found interfaces: ${names.join(", ")}`);
}
