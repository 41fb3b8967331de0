/**
 * Examples of the rules of the catalogue's `apps` part.
 */
import { APPS_RULES } from '../../lib/engine/catalogue/apps';
import { Example } from './support';

export const APPS_EXAMPLES = {} satisfies Record<keyof typeof APPS_RULES, Example>;
