/**
 * Examples of the rules of the catalogue's `storage-config` part.
 */
import { STORAGE_CONFIG_RULES } from '../../lib/engine/catalogue/storage-config';
import { Example } from './support';

export const STORAGE_CONFIG_EXAMPLES = {} satisfies Record<keyof typeof STORAGE_CONFIG_RULES, Example>;
