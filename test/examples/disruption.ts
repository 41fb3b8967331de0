/**
 * Examples of the rules of the catalogue's `disruption` part.
 */
import { DISRUPTION_RULES } from '../../lib/engine/catalogue/disruption';
import { Example } from './support';

export const DISRUPTION_EXAMPLES = {} satisfies Record<keyof typeof DISRUPTION_RULES, Example>;
