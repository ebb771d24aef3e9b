import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import {
  countRange,
  documentedTypes,
  isPropertyTable,
  pageTitle,
  parseDtlFunctions,
  parseListTables,
  parseSignature,
  tableProperties,
} from '../../scripts/reference/parse-rst';

const readJson = (file: string) =>
  JSON.parse(fs.readFileSync(new URL(`../../src/reference/${file}`, import.meta.url), 'utf8'));
const vocabulary = readJson('vocabulary.json');
const pages = readJson('pages.json');

test('a list-table with multi-line cells, an extra column and a Default column', () => {
  const rst = [
    'Properties',
    '----------',
    '',
    '.. list-table::',
    '   :header-rows: 1',
    '   :widths: 5, 10, 10, 60, 10, 3',
    '',
    '   * - Since',
    '     - Property',
    '     - Type',
    '     - Description',
    '     - Default',
    '     - Req',
    '',
    '   * - 1.0',
    '     - ``batch_size``',
    '     - Integer',
    '     - The number of entities',
    '       per batch.',
    '',
    '       - a nested list item',
    '     - ``100``',
    '     - Yes',
    '',
    '   * - 2.0',
    '     - ``custom_auth`` (experimental)',
    '     - Object',
    '     - Token settings.',
    '     -',
    '     - No',
    '',
    'After the table.',
  ].join('\n');
  const [table] = parseListTables(rst);
  assert.ok(table);
  assert.deepEqual(table.header, ['Since', 'Property', 'Type', 'Description', 'Default', 'Req']);
  assert.equal(table.rows.length, 2);
  assert.equal(table.rows[0]![3], 'The number of entities\nper batch.\n\n- a nested list item');
  assert.ok(isPropertyTable(table));
  assert.deepEqual(tableProperties(table).properties, {
    batch_size: {type: 'Integer', default: '100', required: true},
    custom_auth: {type: 'Object', required: false},
  });
});

test('a page title skips the label before it and an overline', () => {
  assert.equal(pageTitle('.. _pipe_section:\n\nPipes\n=====\n\nText\n\nSub\n---\n', 'x'), 'Pipes');
  assert.equal(pageTitle('.. _DTL:\n\n=====\n DTL \n=====\n', 'x'), 'DTL');
  assert.equal(pageTitle('Too long a title\n====\n\nNo title here.\n', 'fallback'), 'fallback');
  assert.equal(pageTitle('``add``\n-------\n', 'x'), 'add');
});

test('the component type comes from the Prototype block, outermost first', () => {
  const rst = [
    'Prototype',
    '^^^^^^^^^',
    '',
    '.. code-block :: json',
    '',
    '    {"type": "conditional", "alternatives": {"prod": {"type": "sql"}}}',
    '',
  ].join('\n');
  assert.deepEqual(documentedTypes(rst, 'sink'), {types: ['conditional'], from: 'prototype'});
  const example = 'Example\n-------\n\n::\n\n  {"_id": "p", "type": "pipe", "transform": {"type": "emit_children"}\n';
  assert.deepEqual(documentedTypes(example, 'transform'), {types: ['emit_children'], from: 'examples'});
});

test('DTL argument counts in every notation the reference uses', () => {
  assert.deepEqual(countRange('1'), [1, 1]);
  assert.deepEqual(countRange('2'), [2, 2]);
  assert.deepEqual(countRange('0'), [0, 0]);
  assert.deepEqual(countRange('0|1'), [0, 1]);
  assert.deepEqual(countRange('0\\|1'), [0, 1]);
  assert.deepEqual(countRange('>=0'), [0, null]);
  assert.deepEqual(countRange('>=1'), [1, null]);
  assert.deepEqual(countRange('>0'), [1, null]);
  assert.deepEqual(countRange('>1'), [2, null]);
  assert.deepEqual(countRange('0+'), [0, null]);
  assert.throws(() => countRange('few'));
});

test('a DTL function section with its anchor, arguments and examples', () => {
  const rst = [
    '.. _`dtl_transform-discard`:',
    '',
    '``discard``',
    '-----------',
    '',
    '.. list-table::',
    '   :header-rows: 1',
    '',
    '   * - Description',
    '     - Examples',
    '',
    '   * - | *Arguments:*',
    '       |   UNLESS_CONDITION(boolean-expression{0|1})',
    '       |',
    '       | Discards the entity.',
    '     - | ``["discard"]``',
    '',
    '.. _some_dtl_function:',
    '',
    '``some``',
    '--------',
    '',
    '   * - | *Arguments:*',
    '       |   ONE(string{1}),',
    '       |   OPTIONAL(default-value-expression(0|1}',
    '       |   MANY(value-expression{>=1})',
    '       |   ANY(value-expression{0+})',
    '       |',
    '     - | ``["some", "a",``',
    '       |   ``"b", "c"]``',
    '',
    '``eq``',
    '------',
    '',
    '   * - | *Arguments:* value-expression{2}',
    '       |',
  ].join('\n');
  const [discard, some, eq] = parseDtlFunctions(rst);
  assert.deepEqual(discard, {
    name: 'discard',
    anchor: 'dtl_transform-discard',
    arguments: [{name: 'UNLESS_CONDITION', type: 'boolean-expression', count: '0|1'}],
    minArgs: 0,
    maxArgs: 1,
    exampleArgCounts: [0],
  });
  assert.equal(some!.anchor, 'some_dtl_function');
  assert.deepEqual(
    some!.arguments.map((a) => `${a.name}:${a.count}`),
    ['ONE:1', 'OPTIONAL:0|1', 'MANY:>=1', 'ANY:0+'],
  );
  assert.deepEqual([some!.minArgs, some!.maxArgs, some!.exampleArgCounts], [2, null, [3]]);
  assert.deepEqual([eq!.minArgs, eq!.maxArgs, eq!.anchor], [2, 2, undefined]);
});

test('DTL alternatives and repeated groups take the loosest counts', () => {
  const caseSig = parseSignature(
    '(VALUE(value-expression{1},\n THEN(value-expression{1}))+,\nELSE(value-expression{0\\|1})',
  );
  assert.deepEqual([caseSig.minArgs, caseSig.maxArgs], [2, null]);
  const replace = parseSignature(
    '(REPLACEMENTS(dict{1}) or\n (OLD_STRING(string{1})\n NEW_STRING(string{1})))\nVALUES(value-expression{1})',
  );
  assert.deepEqual([replace.minArgs, replace.maxArgs], [2, 3]);
  assert.ok(replace.signature);
  const dict = parseSignature('EMPTY{0} or ITEMS(value-expression{1}) or (KEY, VALUE){>=0)');
  assert.deepEqual([dict.minArgs, dict.maxArgs], [0, null]);
});

test('the committed data names its source commit', () => {
  for (const data of [vocabulary, pages]) {
    assert.equal(data.repository, 'datanav/docs');
    assert.match(data.commit, /^[0-9a-f]{40}$/);
  }
  assert.equal(vocabulary.commit, pages.commit);
  assert.equal(pages.pages['hub/dtl/dtl-functions-transforms'], 'Transform Functions');
});

test('the committed vocabulary has the DTL functions as documented', () => {
  const {dtl} = vocabulary;
  assert.deepEqual([dtl.discard.minArgs, dtl.discard.maxArgs, dtl.discard.kind], [0, 1, 'transform']);
  assert.equal(dtl.discard.anchor, 'dtl_transform-discard');
  assert.deepEqual([dtl.add.minArgs, dtl.add.maxArgs], [2, 2]);
  assert.ok(dtl.hops);
  assert.equal(dtl.hops.minArgs, 1);
  assert.equal(dtl['apply-hops'].minArgs, 2);
  assert.equal(dtl.apply.kind, 'expression');
  // Documented both as a transform and as a list expression.
  assert.equal(dtl.filter.kind, 'transform');
  assert.equal(dtl.filter.expression.doc, 'hub/dtl/dtl-functions-lists');
});

test('the committed vocabulary has the configuration properties as documented', () => {
  assert.ok(vocabulary.pipe.properties.batch_size);
  assert.ok(vocabulary.pipe.properties['dependency_tracking.dependency_warning_threshold']);
  const dataset = vocabulary.sinks.types.dataset;
  assert.ok(dataset.properties.set_initial_offset);
  // deletion_tracking is a property of the dataset sink (configuration-sinks-dataset).
  assert.deepEqual(dataset.properties.deletion_tracking, {type: 'Boolean', default: 'true', required: false});
  assert.equal(dataset.doc, 'hub/documentation/service-configuration/pipes/configuration-sinks-dataset');
  assert.equal(vocabulary.sources.types.merge.properties.identity.default, '"composite"');
  const rest = vocabulary.systems.types['system:rest'];
  assert.ok(rest.properties.operations);
  assert.ok(rest.properties.url_pattern, 'the REST system extends the URL system');
  assert.ok(vocabulary.restOperation.properties.method);
  for (const type of [
    'dataset',
    'rest',
    'merge',
    'union_datasets',
    'merge_datasets',
    'http_endpoint',
    'conditional',
    'embedded',
    'json',
  ])
    assert.ok(vocabulary.sources.types[type], `source ${type}`);
  for (const type of ['dataset', 'rest', 'http_endpoint', 'conditional', 'json'])
    assert.ok(vocabulary.sinks.types[type], `sink ${type}`);
  for (const type of ['dtl', 'rest', 'template']) assert.ok(vocabulary.transforms.types[type], `transform ${type}`);
  const share = vocabulary.templates['transform-share-rest'].properties;
  assert.ok(share.share_dataset && share.operation_delete);
  assert.deepEqual(Object.keys(vocabulary.templates).sort(), [
    'transform-collect-rest',
    'transform-defaults-rest',
    'transform-share-rest',
  ]);
});
