import {defineFunctions} from './evaluate';
import {booleanLogic} from './functions/boolean-logic';
import {comparisons} from './functions/comparisons';
import {conditionals} from './functions/conditionals';
import {dateAndTime} from './functions/date-and-time';
import {dictionaries} from './functions/dictionaries';
import {json} from './functions/json';
import {lists} from './functions/lists';
import {misc} from './functions/misc';
import {namespacedIdentifiers} from './functions/namespaced-identifiers';
import {nulls} from './functions/nulls';
import {rules} from './functions/rules';
import {strings} from './functions/strings';

/**
 * The DTL evaluator: runs the rules of a DTL transform on sample entities, in Node or in the
 * browser, with no Sesam node. Each module under functions/ holds one group of the reference's
 * functions (hub/dtl/dtl-functions-*.rst) and is registered here.
 */
defineFunctions(rules);
defineFunctions(comparisons);
defineFunctions(booleanLogic);
defineFunctions(conditionals);
defineFunctions(nulls);
defineFunctions(lists);
defineFunctions(strings);
defineFunctions(dictionaries);
defineFunctions(namespacedIdentifiers);
defineFunctions(dateAndTime);
defineFunctions(json);
defineFunctions(misc);

export {evaluate, functionNames, DtlError, type Expression, type Scope} from './evaluate';
export {runDtl, type Outcome, type PipeOptions} from './run';
export {transformNames} from './transforms';
export {decode, encode, truthy, type Value} from './values';
