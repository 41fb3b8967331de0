/**
 * The catalogue: PersistentVolumeClaims, ConfigMaps and Secrets (`pkg/apis/core/validation`).
 *
 * @packageDocumentation
 */
import { RuleMeta } from './rule';

export const STORAGE_CONFIG_RULES = {} as const satisfies Record<string, RuleMeta>;
