// Find the system Chromium; install Debian's package when we are root, else say exactly what to run.
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";

const CANDIDATES = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean);

export function findChromium() {
  return CANDIDATES.find((p) => existsSync(p));
}

/** Whether this process may install system packages. */
export function isRoot() {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

/** Installs Debian's `pkg` with apt-get (root only, the caller checks); true when apt-get succeeded. */
export function aptInstall(pkg) {
  console.log(`Installing Debian's ${pkg} (apt-get)…`);
  const r = spawnSync("sh", ["-c", `apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q ${pkg}`], {
    stdio: "inherit",
  });
  return r.status === 0;
}

export function ensureChromium() {
  let found = findChromium();
  if (found) return found;
  if (!isRoot()) {
    throw new Error(
      "Chromium is not installed. Run: sudo apt-get update && sudo apt-get install -y chromium",
    );
  }
  if (!aptInstall("chromium")) throw new Error("apt-get install chromium failed");
  found = findChromium();
  if (!found) throw new Error("apt-get install chromium finished but no chromium binary was found");
  return found;
}

/** Launch flags for headless Chromium on this machine kind (closed network, root, no GPU). */
export const CHROMIUM_ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];
