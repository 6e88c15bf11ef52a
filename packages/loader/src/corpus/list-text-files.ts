import { readdirSync, statSync, type Dirent } from "node:fs";
import { join } from "node:path";
import { compareCodeUnits } from "./order.js";

/**
 * Every `*.txt` file under `dir`, recursively, as `/`-separated paths relative to `dir`, sorted by
 * code unit so that load order (and so every id and tie-break) is the same on every machine.
 * Other files are ignored, and so are hidden directories (`.git`, `.cache`). Symbolic links to
 * files are followed; links to directories are not, so a link cycle cannot loop.
 * Throws the file system's error when `dir` itself cannot be read.
 */
export function listTextFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (relative: string) => {
    const entries: Dirent[] = readdirSync(relative === "" ? dir : join(dir, relative), { withFileTypes: true });
    for (const entry of entries) {
      const path = relative === "" ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!entry.name.startsWith(".")) walk(path);
      } else if (/\.txt$/i.test(entry.name) && (entry.isFile() || (entry.isSymbolicLink() && isFile(join(dir, path))))) {
        found.push(path);
      }
    }
  };
  walk("");
  return found.sort(compareCodeUnits);
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
