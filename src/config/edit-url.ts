/**
 * The docs plugin's `editUrl` from `EDIT_URL`: the address a page's path in the repository is
 * appended to, e.g. `https://github.com/owner/repo/edit/main/` gives
 * `…/edit/main/docs/continuation-pattern.mdx`. Unset or empty: no "Edit this page" link at all.
 */
export function editUrlOf(env: NodeJS.ProcessEnv): string | undefined {
  const value = env.EDIT_URL?.trim();
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    url = new URL('invalid:');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(
      `EDIT_URL: "${value}" is not an http(s) address. Fix: set it to the repository's edit address ending in the branch, e.g. https://github.com/owner/repo/edit/main/, or leave it unset.`,
    );
  return value.endsWith('/') ? value : `${value}/`;
}
