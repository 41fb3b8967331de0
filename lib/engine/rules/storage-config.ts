/**
 * PersistentVolumeClaims, ConfigMaps and Secrets (`pkg/apis/core/validation`).
 *
 * @packageDocumentation
 */
import { ObjectRule } from './object-rule';

/** The rules of each kind, by `<apiVersion>/<kind>`. */
export const STORAGE_CONFIG_OBJECT_RULES: Readonly<Record<string, ObjectRule>> = {};
