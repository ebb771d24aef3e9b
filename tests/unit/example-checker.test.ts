import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {checkExample} from '../../src/reference/example-checker';

/** The problems of an example as `line: problem` strings, for compact assertions. */
function check(config: unknown): string[] {
  return checkExample(JSON.stringify(config, null, 2)).map((p) => `${p.line}: ${p.problem} Fix: ${p.fix}`);
}

/** A share pipe as the reference's connector template writes it. */
function sharePipe(
  overrides: {batch_size?: number | null; sink?: Record<string, unknown>} = {},
): Record<string, unknown> {
  const pipe: Record<string, unknown> = {
    _id: 'crm-contact-share',
    type: 'pipe',
    batch_size: 1,
    namespaced_identifiers: false,
    source: {type: 'dataset', dataset: 'crm-contact-transform'},
    transform: {
      type: 'template',
      template: 'transform-share-rest',
      properties: {rest_system: 'crm', primary_key: 'id', share_dataset: 'crm-contact-share'},
    },
    sink: overrides.sink ?? {deletion_tracking: false, set_initial_offset: 'onload'},
  };
  if (overrides.batch_size === null) delete pipe.batch_size;
  else if (overrides.batch_size !== undefined) pipe.batch_size = overrides.batch_size;
  return pipe;
}

const dtlPipe = (rules: Record<string, unknown[]>, extra: Record<string, unknown> = {}) => ({
  _id: 'crm-contact-transform',
  type: 'pipe',
  source: {type: 'dataset', dataset: 'crm-contact-collect'},
  transform: {type: 'dtl', rules},
  ...extra,
});

describe('the example checker', () => {
  it('accepts a share pipe configured as the reference configures it', () => {
    assert.deepEqual(check([sharePipe()]), []);
  });

  it('accepts a REST system with documented operation properties', () => {
    const system = {
      _id: 'crm',
      type: 'system:rest',
      url_pattern: 'https://crm.example.com/api/%s',
      operations: {'contact-delete': {method: 'DELETE', url: 'contacts/{{ entity.id }}'}},
    };
    assert.deepEqual(check([system]), []);
  });

  describe('vocabulary', () => {
    it('rejects an unknown pipe property and names the nearest one', () => {
      const pipe = {...sharePipe(), batchsize: 1};
      const [problem, ...rest] = check([pipe]);
      assert.deepEqual(rest, []);
      assert.match(
        problem!,
        /^\d+: "batchsize" is not a documented property of a pipe\. Fix: rename it to "batch_size"/,
      );
    });

    it('rejects an unknown source type', () => {
      const pipe = {...sharePipe(), source: {type: 'datset', dataset: 'x'}};
      assert.match(check([pipe]).join('\n'), /"datset" is not a documented source type\. Fix: use "dataset"\./);
    });

    it('rejects a property the sink type does not document', () => {
      const pipe = sharePipe({sink: {deletion_tracking: false, set_initial_offset: 'onload', set_intial_offset: 'x'}});
      assert.match(
        check([pipe]).join('\n'),
        /"set_intial_offset" is not a documented property of a "dataset" sink\. Fix: rename it to "set_initial_offset"/,
      );
    });

    it('rejects an unknown template and an unknown template property', () => {
      const unknownTemplate = sharePipe();
      (unknownTemplate.transform as {template: string}).template = 'transform-share-rst';
      assert.match(
        check([unknownTemplate]).join('\n'),
        /"transform-share-rst" is not a documented template\. Fix: use "transform-share-rest"\./,
      );

      const unknownProperty = sharePipe();
      (unknownProperty.transform as {properties: Record<string, unknown>}).properties.operation_delet = 'x';
      assert.match(
        check([unknownProperty]).join('\n'),
        /"operation_delet" is not a documented property of the "transform-share-rest" template\. Fix: rename it to "operation_delete"/,
      );
    });

    it('rejects an unknown REST operation property', () => {
      const system = {_id: 'crm', type: 'system:rest', operations: {list: {method: 'GET', ulr: 'contacts'}}};
      assert.match(
        check([system]).join('\n'),
        /"ulr" is not a documented property of a REST operation\. Fix: rename it to "url"/,
      );
    });

    it('rejects an unknown transform type and an unknown pump property', () => {
      const pipe = {...dtlPipe({default: [['copy', '*']]}), pump: {schedule_intervall: 60}};
      (pipe.transform as {type: string}).type = 'dtll';
      const problems = check([pipe]).join('\n');
      assert.match(problems, /"dtll" is not a documented transform type\. Fix: use "dtl"\./);
      assert.match(
        problems,
        /"schedule_intervall" is not a documented property of a pump\. Fix: rename it to "schedule_interval"/,
      );
    });

    it('rejects an unknown system type', () => {
      assert.match(
        check([{_id: 'crm', type: 'system:rst'}]).join('\n'),
        /"system:rst" is not a documented system type\. Fix: use "system:rest"\./,
      );
    });

    it('rejects an unknown DTL function and names the nearest one', () => {
      const pipe = dtlPipe({
        default: [
          ['copy', '*'],
          ['discard', ['is-nul', '_S.id']],
        ],
      });
      assert.match(check([pipe]).join('\n'), /"is-nul" is not a DTL function of the reference\. Fix: use "is-null"/);
    });

    it('finds DTL functions inside hops conditions', () => {
      const pipe = dtlPipe({
        default: [['add', 'x', ['hops', {datasets: ['crm-company c'], where: [['eqq', '_S.company', 'c._id']]}]]],
      });
      assert.match(check([pipe]).join('\n'), /"eqq" is not a DTL function of the reference\. Fix: use "eq"/);
    });

    it('rejects a DTL call with more or fewer arguments than the reference allows', () => {
      const pipe = dtlPipe({
        default: [
          ['add', 'name'],
          ['discard', ['eq', '_S.a', 1], 'extra'],
        ],
      });
      const problems = check([pipe]).join('\n');
      assert.match(problems, /"add" is given 1 argument; the reference allows 2\./);
      assert.match(problems, /"discard" is given 2 arguments; the reference allows 0 to 1\./);
    });

    it('does not read a literal as a function call', () => {
      assert.deepEqual(check([dtlPipe({default: [['add', 'x', ['literal', ['not-a-function', 1]]]]})]), []);
    });

    it('rejects an apply of a rule the transform does not define', () => {
      const pipe = dtlPipe({default: [['apply', 'ordr', '_S.order']], order: [['copy', '*']]});
      assert.match(check([pipe]).join('\n'), /"apply" names the rule "ordr", which the transform does not define/);
    });
  });

  describe("hops into the pipe's own sink", () => {
    it('require batch_size 1 when the share template hops to the sink', () => {
      const problems = check([sharePipe({batch_size: null})]);
      assert.equal(problems.length, 1);
      assert.match(
        problems[0]!,
        /the "transform-share-rest" template's "share_dataset" hops to "crm-contact-share", the pipe's own sink dataset, but the pipe lacks "batch_size": 1 on the pipe\./,
      );
    });

    it('require set_initial_offset onload on the sink', () => {
      const [problem] = check([sharePipe({sink: {deletion_tracking: false}})]);
      assert.match(
        problem!,
        /lacks "set_initial_offset": "onload" on its sink\. Fix: set "set_initial_offset": "onload" on its sink, as https:\/\/docs\.sesam\.io\/hub\/dtl\/dtl-functions-hops\.html requires/,
      );
    });

    it('apply to a DTL hops to the dataset named after the pipe', () => {
      const pipe = dtlPipe({
        default: [['add', 'prev', ['hops', {datasets: ['crm-contact-transform t'], where: ['eq', '_S._id', 't._id']}]]],
      });
      const [problem, ...rest] = check([pipe]);
      assert.deepEqual(rest, []);
      assert.match(
        problem!,
        /"hops" joins "crm-contact-transform", the pipe's own sink dataset, but the pipe lacks "batch_size": 1 on the pipe and "set_initial_offset": "onload" on its sink\./,
      );
    });

    it('leave hops to other datasets alone', () => {
      const pipe = dtlPipe({
        default: [['add', 'c', ['hops', {datasets: ['crm-company c'], where: ['eq', '_S.company', 'c._id']}]]],
      });
      assert.deepEqual(check([pipe]), []);
    });

    it('point at the line of the hop', () => {
      const text = JSON.stringify([sharePipe({batch_size: null})], null, 2);
      const line = text.split('\n').findIndex((l) => l.includes('"share_dataset"')) + 1;
      assert.equal(checkExample(text)[0]!.line, line);
    });
  });

  describe('namespace mode', () => {
    const collect = {
      _id: 'crm-contact-collect',
      type: 'pipe',
      add_namespaces: true,
      namespaced_identifiers: false,
      source: {type: 'dataset', dataset: 'crm-contact-all'},
    };

    it('requires a pipe that adds namespaces to say whether namespaced identifiers are on', () => {
      const unstated: Record<string, unknown> = {...collect};
      delete unstated.namespaced_identifiers;
      assert.match(
        check([unstated]).join('\n'),
        /the pipe "crm-contact-collect" handles namespaced properties but does not say whether namespaced identifiers are on\./,
      );
    });

    it('rejects an unqualified path to namespaced properties with namespaced identifiers off', () => {
      const transform = dtlPipe(
        {
          default: [
            ['copy', '*'],
            ['discard', ['is-not-null', '_S.email']],
          ],
        },
        {namespaced_identifiers: false},
      );
      const problems = check([collect, transform]);
      assert.equal(problems.length, 1);
      assert.match(
        problems[0]!,
        /"_S\.email" names "email" without a namespace, but the source entities carry "crm-contact-collect:email" and namespaced identifiers are off, so it matches nothing\. Fix: write "_S\.crm-contact-collect:email"/,
      );
    });

    it('accepts the same path with namespaced identifiers on, and a qualified path with them off', () => {
      const on = dtlPipe({default: [['discard', ['is-not-null', '_S.email']]]}, {namespaced_identifiers: true});
      assert.deepEqual(check([{...collect, namespaced_identifiers: true}, on]), []);
      const qualified = dtlPipe(
        {default: [['discard', ['is-not-null', '_S.crm-contact-collect:email']]]},
        {namespaced_identifiers: false},
      );
      assert.deepEqual(check([collect, qualified]), []);
    });
  });

  it('reports invalid JSON with its line', () => {
    assert.deepEqual(checkExample('[\n  {"_id": "a",}\n]'), [
      {
        line: 2,
        problem: 'is not valid JSON (PropertyNameExpected).',
        fix: 'write plain JSON: double quotes, no comments, no trailing commas.',
      },
    ]);
  });
});

describe('what the example checker reads as configuration', () => {
  it('leaves a lone object that is not a configuration entity alone (a manifest, a response body)', () => {
    assert.deepEqual(check({datatypes: {contact: {label: 'Contact'}}}), []);
  });

  it('reports a list item that is not an entity', () => {
    assert.match(check([{datatypes: {}}]).join('\n'), /^2: is not a Sesam configuration entity/);
  });
});

describe('scheduled rescans', () => {
  const collect = (pipe: Record<string, unknown>, pump: Record<string, unknown>) => ({
    _id: 'crm-contact-all',
    type: 'pipe',
    source: {type: 'rest', system: 'crm', operation: 'contact-list'},
    pump,
    ...pipe,
  });

  it('need the pipe to enable background rescans', () => {
    const problems = check([collect({}, {rescan_cron_expression: '0 2 * * 0'})]);
    assert.equal(problems.length, 1);
    assert.match(
      problems[0]!,
      /schedules rescans with "rescan_cron_expression", but background rescans are off unless the pipe sets "enable_background_rescan": true\./,
    );
    assert.deepEqual(check([collect({enable_background_rescan: true}, {rescan_cron_expression: '0 2 * * 0'})]), []);
  });

  it('take a count or a cron expression, not both', () => {
    const pipe = collect({enable_background_rescan: true}, {rescan_cron_expression: '0 2 * * 0', rescan_run_count: 2});
    assert.match(
      check([pipe]).join('\n'),
      /sets both "rescan_run_count" and "rescan_cron_expression", which exclude each other\./,
    );
  });
});
