/**
 * `npm run package:app`: writes dist/app-source.zip, the sources that `.funcignore` lets through,
 * for a remote build on Flex Consumption (az functionapp deployment source config-zip
 * --build-remote true; the Agents Toolkit's deploy step). azd builds the same upload itself.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import JSZip from "jszip";
import { appSourceFiles } from "./app-source-files";
import { findRepoRoot } from "./repo-root";

export const APP_SOURCE_ZIP = path.join("dist", "app-source.zip");

export async function buildAppSourceZip(root = findRepoRoot()): Promise<{ outFile: string; files: string[] }> {
  const files = appSourceFiles(root);
  const zip = new JSZip();
  for (const file of files) zip.file(file, fs.readFileSync(path.join(root, file)));
  const bytes = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  const outFile = path.join(root, APP_SOURCE_ZIP);
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, bytes);
  return { outFile, files };
}

if (require.main === module) {
  buildAppSourceZip().then(
    ({ outFile, files }) => process.stdout.write(`Wrote ${outFile} (${files.length} files)\n`),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
