/**
 * The objects of this library's constructs compute their JSON once per synthesis: whole-app
 * validation asks for it first, and the synthesis that follows, in the same tick, gets the same
 * JSON instead of resolving the object again. Other objects (L1, cdk8s-plus-27) are left as they are.
 *
 * @packageDocumentation
 */
import { ApiObject, ApiObjectProps } from 'cdk8s';
import { Construct } from 'constructs';
import { registerOwnObject, validateFinalMetadata } from './own-objects';

/** The key of the method that computes an object's JSON for whole-app validation and keeps it for the synthesis. */
export const JSON_FOR_SYNTHESIS: unique symbol = Symbol('cdk8s-pod-patterns.jsonForSynthesis');

/** An object that can hand the JSON computed for validation to the synthesis that follows. */
export interface JsonForSynthesis {
  [JSON_FOR_SYNTHESIS](): unknown;
}

/** Whether an object offers {@link JSON_FOR_SYNTHESIS}. */
export function hasJsonForSynthesis(o: object): o is JsonForSynthesis {
  return typeof (o as Partial<JsonForSynthesis>)[JSON_FOR_SYNTHESIS] === 'function';
}

/**
 * The `ApiObject` of this library's constructs. Its JSON, once computed for whole-app validation,
 * is kept for the next `toJson()` call of the same tick (the synthesis writing it), then dropped.
 */
export class OwnApiObject extends ApiObject implements JsonForSynthesis {
  private kept: { readonly json: unknown } | undefined;

  /**
   * Throws when the construct tree already has an object of this library with the same identity
   * (group, kind, namespace, name); checks the object's final metadata (with its chart's
   * namespace and labels) when the app is synthesized.
   */
  public constructor(scope: Construct, id: string, props: ApiObjectProps) {
    super(scope, id, props);
    registerOwnObject(this);
    validateFinalMetadata(this);
  }

  /** Computes the JSON for whole-app validation and keeps it for the synthesis. */
  public [JSON_FOR_SYNTHESIS](): unknown {
    const json = super.toJson();
    if (this.kept === undefined) queueMicrotask(() => (this.kept = undefined));
    this.kept = { json };
    return json;
  }

  /** The JSON kept for this synthesis, or the object resolved now. */
  public override toJson(): unknown {
    const kept = this.kept;
    if (kept === undefined) return super.toJson();
    this.kept = undefined;
    return kept.json;
  }
}
