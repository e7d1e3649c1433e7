/** What the first screen knows of the files that load with the panels (scripts/data-digest-plugin.ts). */
declare module "virtual:data-digest" {
  import type { DataDigest } from "../domain/data-digest";
  const digest: DataDigest;
  export default digest;
}
