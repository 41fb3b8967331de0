/**
 * Examples of the rules of the catalogue's `networking` part.
 */
import { NETWORKING_RULES } from '../../lib/engine/catalogue/networking';
import { Example } from './support';

export const NETWORKING_EXAMPLES = {} satisfies Record<keyof typeof NETWORKING_RULES, Example>;
