/**
 * One example per rule of the catalogue, gathered from the files of each part: a rule added to
 * the catalogue without an example does not compile.
 */
import { RuleId } from '../../lib';
import { APPS_EXAMPLES } from './apps';
import { BATCH_EXAMPLES } from './batch';
import { CORE_EXAMPLES } from './core';
import { DISRUPTION_EXAMPLES } from './disruption';
import { NETWORKING_EXAMPLES } from './networking';
import { STORAGE_CONFIG_EXAMPLES } from './storage-config';
import { Example } from './support';
import { TIMELINE_EXAMPLES } from './timeline';
import { WORKLOAD_EXAMPLES } from './workloads';

export const EXAMPLES: Readonly<Record<RuleId, Example>> = {
  ...CORE_EXAMPLES,
  ...WORKLOAD_EXAMPLES,
  ...APPS_EXAMPLES,
  ...BATCH_EXAMPLES,
  ...DISRUPTION_EXAMPLES,
  ...STORAGE_CONFIG_EXAMPLES,
  ...NETWORKING_EXAMPLES,
  ...TIMELINE_EXAMPLES,
};
