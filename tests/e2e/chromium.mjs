// Find the system Chromium; install Debian's package when we are root, else say exactly what to run.
import { existsSync } from "node:fs";
import { execSync } from "node:child_process";

const CANDIDATES = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean);

export function findChromium() {
  return CANDIDATES.find((p) => existsSync(p));
}

export function ensureChromium() {
  let found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot) {
    throw new Error(
      "Chromium is not installed. Run: sudo apt-get update && sudo apt-get install -y chromium",
    );
  }
  console.log("Installing Debian's chromium (apt-get)…");
  execSync("apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium", {
    stdio: "inherit",
  });
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
