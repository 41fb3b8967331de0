/**
 * Validation of a whole cdk8s app through the rules engine, at synth time: switched on explicitly,
 * with one line, for any app.
 *
 * @packageDocumentation
 */
import { ApiObject, App } from 'cdk8s';
import { IConstruct } from 'constructs';
import { engineOptions } from '../check/validate';
import { EngineRun } from '../engine/validate';
import { checkArguments } from '../engine/options/check-options';
import { Finding, formatFindingWithRule } from '../engine/finding';
import { PolicyProfile } from '../policy/profiles';
import { markWholeAppValidated } from './own-objects';

/** What to do with findings below error level. */
export type WarningMode = 'print' | 'ignore' | 'fail';

/** Options of {@link ManifestValidation.enable}. */
export interface ManifestValidationOptions {
  /**
   * What to do with warnings: print them on stderr, ignore them, or fail synthesis like errors.
   *
   * @default 'print'
   */
  readonly warnings?: WarningMode;

  /**
   * A policy profile to run besides the Kubernetes 1.27 API rules (see {@link ValidateOptions.policy}).
   *
   * @default - none
   */
  readonly policy?: PolicyProfile;
}

interface State {
  options: ManifestValidationOptions;
  /** The objects that already carry a validation of ours. */
  readonly attached: WeakSet<ApiObject>;
  /** The error messages of the current synthesis, by object; dropped when the synthesis is over. */
  current?: Map<ApiObject, string[]>;
  /** How many constructs the app had when `current` was computed. */
  size?: number;
}

const STATES = new WeakMap<App, State>();

/**
 * Validates every manifest of a cdk8s app with the rules engine when the app is synthesized: the
 * objects of this library, plain cdk8s L1 objects and cdk8s-plus-27 objects alike, across charts
 * (a Service's selector and named `targetPort` are checked against the pods of the whole app).
 *
 * It is off until an app switches it on, with `ManifestValidation.enable(app)` (or through the
 * validation plugin in `cdk8s.yaml`); the constructs of this library validate their own objects
 * in any case. Each error is reported by cdk8s' own validation, on the construct that owns the
 * object, all at once: `[chart/GoProxy/Service] spec.ports[0].targetPort: Invalid value: "htp": ...`.
 */
export class ManifestValidation {
  /**
   * Turns validation on for the app that `scope` belongs to. Calling it again keeps it on; options
   * given again are merged into the earlier ones.
   */
  public static enable(scope: IConstruct, options: ManifestValidationOptions = {}): void {
    checkArguments('ManifestValidation.enable', 'ManifestValidation.enable', [scope, options]);
    const app = App.of(scope);
    const existing = STATES.get(app);
    if (existing) {
      existing.options = { ...existing.options, ...options };
      return;
    }
    const state: State = { options, attached: new WeakSet() };
    STATES.set(app, state);
    // it reports the final metadata of this library's objects too: they need not report it again
    markWholeAppValidated(app);
    // cdk8s validates the app in pre-order, so this runs before the validations of the objects
    app.node.addValidation({ validate: () => ManifestValidation.run(app, state) });
  }

  /** Whether validation is on for the app that `scope` belongs to. */
  public static isEnabled(scope: IConstruct): boolean {
    checkArguments('ManifestValidation.isEnabled', 'ManifestValidation.isEnabled', [scope]);
    return STATES.has(App.of(scope));
  }

  /**
   * Runs the engine over the app once per synthesis (a synthesis may validate the app again for
   * each chart it writes) and hands each object its findings.
   */
  private static run(app: App, state: State): string[] {
    const all = app.node.findAll();
    // the same synthesis validates again: reuse the result unless constructs were added since
    if (state.current && state.size === all.length) return [];
    const objects = all.filter((c): c is ApiObject => ApiObject.isApiObject(c));
    const mode = state.options.warnings ?? 'print';
    const byObject = new Map<ApiObject, string[]>();
    // each object is resolved, checked and let go, one at a time: the engine keeps only a compact
    // index for the rules across objects, so a large app never holds every object's JSON at once
    // (the synthesis that follows resolves each object again as it writes it)
    const run = new EngineRun(engineOptions({ policy: state.options.policy, placeOf: i => objects[i].node.path }));
    const findings: Finding[] = [];
    objects.forEach((o, i) => run.add(o.toJson(), i, findings));
    findings.push(...run.finish());
    for (const f of findings) {
      const obj = objects[f.object];
      const text = formatFindingWithRule(f);
      if (isError(f, mode)) {
        const list = byObject.get(obj);
        if (list) list.push(text);
        else byObject.set(obj, [text]);
      } else if (f.severity === 'warning' && mode === 'print') {
        process.stderr.write(`warning: [${obj.node.path}] ${text}\n`);
      }
    }
    state.current = byObject;
    state.size = all.length;
    forgetAfterSynthesis(state);
    // only the objects with errors get a validation of their own: a large app keeps no closure per object
    for (const obj of byObject.keys()) {
      if (state.attached.has(obj)) continue;
      state.attached.add(obj);
      obj.node.addValidation({ validate: () => state.current?.get(obj) ?? [] });
    }
    return [];
  }
}

/**
 * The synthesis runs synchronously: the findings are kept until it is over. (A closure of its own:
 * one made in `run` would share run's scope, and keep the engine's index alive while the app is
 * written.)
 */
function forgetAfterSynthesis(state: State): void {
  queueMicrotask(() => (state.current = undefined));
}

function isError(f: Finding, mode: WarningMode): boolean {
  return f.severity === 'error' || (f.severity === 'warning' && mode === 'fail');
}
