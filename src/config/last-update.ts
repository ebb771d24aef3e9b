import {execFileSync} from 'node:child_process';
import path from 'node:path';

/** One file's last commit, in the shape Docusaurus' VCS hooks return (milliseconds). */
export interface LastUpdate {
  timestamp: number;
  author: string;
}

/** What `future.experimental_vcs` takes (each hook of arity 1: Docusaurus checks): it asks for each page's dates. */
export interface Vcs {
  initialize: (_options?: unknown) => void;
  getFileCreationInfo: (filePath: string) => Promise<LastUpdate | null>;
  getFileLastUpdateInfo: (filePath: string) => Promise<LastUpdate | null>;
}

export interface LastUpdateSource {
  vcs: Vcs;
  /** Why there are no dates, or undefined when they come from a full git history. */
  missing?: string;
}

// Docusaurus asks for creation dates only for features this site does not use.
const noCreationInfo = async (_filePath: string): Promise<null> => null;

function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20});
}

/**
 * The last commit of every file under `dir`, read from git in one `git log` when the source
 * opens. Without git, outside a repository, or in a shallow clone (where every file's last
 * commit would be the clone's one commit: a wrong date) it has no dates, and says why; a page
 * that is not committed yet has none either. Docusaurus then shows no date, and the build goes on.
 */
export function gitLastUpdates(dir: string): LastUpdateSource {
  const none = (missing: string): LastUpdateSource => ({
    vcs: {initialize: () => {}, getFileCreationInfo: noCreationInfo, getFileLastUpdateInfo: noCreationInfo},
    missing,
  });
  let root: string;
  try {
    root = git(dir, ['rev-parse', '--show-toplevel']).trim();
    if (git(dir, ['rev-parse', '--is-shallow-repository']).trim() === 'true')
      return none('the git history is shallow (fetch it with fetch-depth: 0)');
  } catch {
    return none('the site is not in a git repository');
  }
  const latest = new Map<string, LastUpdate>();
  // Newest first, so the first commit that names a file is its last update.
  const log = git(dir, ['-c', 'log.showSignature=false', 'log', '--format=%x00%ct %an', '--name-only', '--', '.']);
  for (const commit of log.split('\0').slice(1)) {
    const [header, ...files] = commit.split('\n');
    const space = header!.indexOf(' ');
    const update = {timestamp: Number(header!.slice(0, space)) * 1000, author: header!.slice(space + 1)};
    for (const file of files) {
      const absolute = path.join(root, file);
      if (file && !latest.has(absolute)) latest.set(absolute, update);
    }
  }
  return {
    vcs: {
      initialize: () => {},
      getFileCreationInfo: noCreationInfo,
      getFileLastUpdateInfo: async (filePath) => latest.get(path.resolve(filePath)) ?? null,
    },
  };
}
