import data from '../vocabulary.json';
import {nearest} from '../../catalog/client/suggest';

/**
 * What the Sesam reference documents, as the example checker needs it: the configuration
 * properties of each kind of component and the DTL functions. Generated from a datanav/docs
 * checkout by scripts/reference/generate.ts; never edited by hand.
 */

export interface PropertyInfo {
  type?: string;
  default?: string;
  required?: boolean;
}

export interface PropertySet {
  /** The reference page that documents them (`hub/…` without `.rst`). */
  doc: string;
  properties: Record<string, PropertyInfo>;
}

export interface TypedPropertySets {
  common: PropertySet;
  types: Record<string, PropertySet>;
}

export interface DtlFunctionInfo {
  doc: string;
  anchor?: string;
  kind: 'transform' | 'expression';
  minArgs: number;
  /** null: no upper bound. */
  maxArgs: number | null;
}

export interface Vocabulary {
  repository: string;
  commit: string;
  pipe: PropertySet;
  pump: PropertySet;
  systems: TypedPropertySets;
  sources: TypedPropertySets;
  sinks: TypedPropertySets;
  transforms: TypedPropertySets;
  templates: Record<string, PropertySet>;
  restOperation: PropertySet;
  dtl: Record<string, DtlFunctionInfo>;
}

export const VOCABULARY = data as unknown as Vocabulary;

/** The names a property set allows at one level: `a.b` documents `a` here and `b` inside it. */
export function namesAt(sets: readonly PropertySet[], prefix = ''): Set<string> {
  const names = new Set<string>();
  for (const set of sets)
    for (const name of Object.keys(set.properties))
      if (name.startsWith(prefix)) names.add(name.slice(prefix.length).split('.')[0]!);
  return names;
}

/** ` Did you mean "x"?`-style advice, or the empty string. */
export function didYouMean(input: string, candidates: Iterable<string>): string | undefined {
  return nearest(input, candidates, Math.max(2, Math.floor(input.length / 3)));
}
