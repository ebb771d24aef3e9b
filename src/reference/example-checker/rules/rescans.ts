import {member, scalar} from '../json';
import type {ExampleRule} from '../index';

const PUMP_PAGE = 'https://docs.sesam.io/hub/documentation/service-configuration/pipes/configuration-pump.html';
const SCHEDULES = ['rescan_cron_expression', 'rescan_run_count', 'partial_rescan_run_count'];

/**
 * Rescans scheduled in the pump run only where the pipe enables them: background rescans are off
 * by default (configuration-pump, "Rescans"; configuration-pipes, `enable_background_rescan`), and
 * `rescan_run_count` and `rescan_cron_expression` exclude each other (configuration-pump).
 */
export const rescans: ExampleRule = ({pipes, report}) => {
  for (const {node: pipe, id} of pipes) {
    const pump = member(pipe, 'pump');
    const scheduled = SCHEDULES.filter((name) => member(pump, name));
    if (scheduled.length === 0) continue;
    const first = member(pump, scheduled[0]!)!;
    if (member(pump, 'rescan_run_count') && member(pump, 'rescan_cron_expression'))
      report(
        first,
        `the pump of "${id}" sets both "rescan_run_count" and "rescan_cron_expression", which exclude each other.`,
        `keep one of them (${PUMP_PAGE}).`,
      );
    if (scalar(member(pipe, 'enable_background_rescan')) !== true)
      report(
        first,
        `the pump of "${id}" schedules rescans with "${scheduled[0]}", but background rescans are off unless the pipe sets "enable_background_rescan": true.`,
        `set "enable_background_rescan": true on the pipe (or say that the service metadata turns it on) (${PUMP_PAGE}).`,
      );
  }
};
