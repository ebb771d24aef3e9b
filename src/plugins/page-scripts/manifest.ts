/** The client manifest react-loadable-ssr-addon writes (`client-manifest.json`, generated files folder). */
export interface ClientManifest {
  entrypoints: string[];
  /** A chunk name (or id) to the ids of the chunks it needs. */
  origins: Record<string, string[]>;
  assets: Record<string, Record<string, {file: string}[]>>;
}

/** What a bundler tells of a named chunk group: the `import()` requests that create it. */
export interface NamedChunkGroup {
  origins: readonly {request?: string}[];
}

/**
 * The manifest with each chunk's `import()` requests (`@theme/DocItem`,
 * `@site/docs/delete-pattern.mdx`) as further keys of its origins: those are the names the
 * server render reports for the modules a page used.
 */
export function aliasOrigins(
  manifest: ClientManifest,
  namedChunkGroups: Iterable<[string, NamedChunkGroup]>,
): ClientManifest {
  const origins = {...manifest.origins};
  for (const [name, group] of namedChunkGroups) {
    const chunks = manifest.origins[name];
    if (!chunks) continue;
    for (const {request} of group.origins) {
      if (request && !(request in origins)) origins[request] = chunks;
    }
  }
  return {...manifest, origins};
}
