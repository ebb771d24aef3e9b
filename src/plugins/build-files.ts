import fs from 'node:fs/promises';
import path from 'node:path';

/** The files under `dir` (a build folder) whose names end with `extension`, at any depth. */
export async function filesUnder(dir: string, extension: string): Promise<string[]> {
  const entries = await fs.readdir(dir, {withFileTypes: true, recursive: true});
  return entries.filter((e) => e.isFile() && e.name.endsWith(extension)).map((e) => path.join(e.parentPath, e.name));
}
