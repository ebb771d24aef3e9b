import type {Node} from 'jsonc-parser';
import {member, scalar} from '../json';
import {forEachCall, hopsDatasets, transformsOf} from '../dtl';
import type {ExampleRule} from '../index';

/** Templates that hop to the dataset named in their `share_dataset` (configuration-transforms-template). */
const HOPPING_TEMPLATES = new Set(['transform-share-rest', 'transform-collect-rest']);

/**
 * A pipe that hops into its own sink dataset sees nothing of the batch it has not flushed and
 * waits for a dataset only it can fill: the reference (dtl-functions-hops, the warning on hops
 * to the sink) requires `batch_size` 1 on the pipe and `set_initial_offset: "onload"` on the sink.
 */
export const hopsIntoOwnSink: ExampleRule = ({pipes, report}) => {
  for (const {node: pipe, id} of pipes) {
    const sink = member(pipe, 'sink');
    const sinkType = scalar(member(sink, 'type')) ?? 'dataset';
    if (sinkType !== 'dataset') continue;
    // Without a sink, or without its `dataset`, the pipe writes to the dataset named after it.
    const own = scalar(member(sink, 'dataset')) ?? id;

    const hops: {node: Node; how: string}[] = [];
    forEachCall(pipe, (call) => {
      for (const dataset of hopsDatasets(call))
        if (dataset.name === own) hops.push({node: dataset.node, how: `"${call.name}" joins`});
    });
    for (const transform of transformsOf(pipe)) {
      const template = scalar(member(transform, 'template'));
      if (typeof template !== 'string' || !HOPPING_TEMPLATES.has(template)) continue;
      const shareDataset = member(member(transform, 'properties'), 'share_dataset');
      if (scalar(shareDataset) === own)
        hops.push({node: shareDataset!, how: `the "${template}" template's "share_dataset" hops to`});
    }
    if (hops.length === 0) continue;

    const missing = [
      scalar(member(pipe, 'batch_size')) === 1 ? undefined : '"batch_size": 1 on the pipe',
      scalar(member(sink, 'set_initial_offset')) === 'onload'
        ? undefined
        : '"set_initial_offset": "onload" on its sink',
    ].filter(Boolean);
    if (missing.length === 0) continue;
    report(
      hops[0]!.node,
      `${hops[0]!.how} "${own}", the pipe's own sink dataset, but the pipe lacks ${missing.join(' and ')}.`,
      `set ${missing.join(' and ')}, as https://docs.sesam.io/hub/dtl/dtl-functions-hops.html requires for hops to the sink.`,
    );
  }
};
