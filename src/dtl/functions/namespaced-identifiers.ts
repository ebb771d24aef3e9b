import {DtlError, type Call, type FunctionTable} from '../evaluate';
import {isNi, ni as makeNi, Tagged, type Value} from '../values';
import {arity, eachValue, firstValue, SKIP, stringArg} from './shared';

/**
 * Namespaced identifiers (hub/dtl/dtl-functions-namespaced-identifiers). An NI is held as
 * `Tagged(':', 'namespace:identifier')`; the namespace is the part before the first colon, so
 * `["ni", "foo", "x:y"]` (`~:foo:x:y`) has namespace `foo` and identifier `x:y`. An NI in the
 * global namespace (`~:bar`) has the namespace `""`.
 */

/** The text of an NI or a string, or undefined for any other value (those are ignored). */
const niText = (value: Value): string | undefined =>
  isNi(value) ? value.text : typeof value === 'string' ? value : undefined;

// Reference ambiguity: no example has two colons; the namespace ends at the first one, so ni-ns/ni-id undo `["ni", "foo", "x:y"]`.
const part = (which: 'ns' | 'id') => (call: Call) => {
  arity(call, 1);
  return eachValue(call.arg(0), (value) => {
    const text = niText(value);
    if (text === undefined) return SKIP;
    const colon = text.indexOf(':');
    if (which === 'ns') return colon === -1 ? '' : text.slice(0, colon);
    return colon === -1 ? text : text.slice(colon + 1);
  });
};

export const namespacedIdentifiers: FunctionTable = {
  // Strings become NIs, in NAMESPACE when it is given. URIs are refused with a NAMESPACE (the
  // entry's example gives null); without one they need the pipe's namespace declarations, which
  // the evaluator does not have. Other values are ignored.
  ni: (call) => {
    const n = arity(call, 1, 2);
    const namespace = n === 2 ? stringArg(call, 0, 'NAMESPACE') : undefined;
    return eachValue(call.arg(n - 1), (value) => {
      if (typeof value === 'string') return makeNi(namespace === undefined ? value : `${namespace}:${value}`);
      if (value instanceof Tagged && value.tag === 'r') {
        if (namespace !== undefined) return SKIP;
        throw new DtlError(
          `"ni" of the URI "${value.text}" collapses it with the pipe's namespace declarations, which the evaluator does not cover.`,
          'ni',
        );
      }
      return SKIP;
    });
  },
  'ni-ns': part('ns'),
  'ni-id': part('id'),
  'is-ni': (call) => {
    arity(call, 1);
    const first = firstValue(call.arg(0));
    return first !== undefined && isNi(first);
  },
};
