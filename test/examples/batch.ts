/**
 * Examples of the rules of the catalogue's `batch` part.
 */
import { BATCH_RULES } from '../../lib/engine/catalogue/batch';
import { Example } from './support';

export const BATCH_EXAMPLES = {} satisfies Record<keyof typeof BATCH_RULES, Example>;
