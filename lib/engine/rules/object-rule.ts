/**
 * The rules of one kind of object beyond its metadata and pod template (a Deployment's strategy,
 * a Job's completions, an Ingress's paths): one function per kind, by `<apiVersion>/<kind>`.
 *
 * @packageDocumentation
 */
import { JsonObject } from '../../values/json';
import { Reporter } from '../reporter';

/** Checks the content of one object of its kind (its metadata and pod template are checked elsewhere). */
export type ObjectRule = (r: Reporter, manifest: JsonObject) => void;
