import {members, scalar} from '../json';
import {forEachCall} from '../dtl';
import {VOCABULARY, didYouMean} from '../vocabulary';
import type {ExampleRule} from '../index';

const page = (doc: string, anchor?: string) => `https://docs.sesam.io/${doc}.html${anchor ? `#${anchor}` : ''}`;

const plural = (n: number) => `${n} argument${n === 1 ? '' : 's'}`;

/**
 * Every DTL call names a function the reference documents, with as many arguments as the
 * reference allows, and every `apply` names a rule that exists.
 */
export const dtlFunctions: ExampleRule = ({pipes, report}) => {
  for (const pipe of pipes) {
    forEachCall(pipe.node, ({name, node, args, rules}) => {
      // Point at the function's name, not at the bracket that opens the call.
      const at = node.children?.[0] ?? node;
      const info = VOCABULARY.dtl[name];
      if (!info) {
        const meant = didYouMean(name, Object.keys(VOCABULARY.dtl));
        report(
          at,
          `"${name}" is not a DTL function of the reference.`,
          meant
            ? `use "${meant}" (${page(VOCABULARY.dtl[meant]!.doc, VOCABULARY.dtl[meant]!.anchor)}).`
            : 'use a function listed under https://docs.sesam.io/hub/dtl/.',
        );
        return;
      }
      const {minArgs, maxArgs} = info;
      if (args.length < minArgs || (maxArgs !== null && args.length > maxArgs)) {
        const allowed =
          maxArgs === null ? `at least ${minArgs}` : minArgs === maxArgs ? `${minArgs}` : `${minArgs} to ${maxArgs}`;
        report(
          at,
          `"${name}" is given ${plural(args.length)}; the reference allows ${allowed}.`,
          `see ${page(info.doc, info.anchor)}.`,
        );
      }
      if (name === 'apply' || name === 'apply-hops') {
        const rule = scalar(args[0]);
        const defined = members(rules).map((m) => m.key);
        if (typeof rule === 'string' && !defined.includes(rule))
          report(
            at,
            `"${name}" names the rule "${rule}", which the transform does not define.`,
            `define "${rule}" next to "default" in the same "rules", or name one of: ${defined.join(', ')}.`,
          );
      }
    });
  }
};
