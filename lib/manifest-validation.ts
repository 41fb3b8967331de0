/**
 * Validation of a whole cdk8s app through the manifest rules engine, at synth time.
 */
import { ApiObject, App } from 'cdk8s';
import { IConstruct } from 'constructs';
import { PolicyProfile } from './policy';
import { validateManifests } from './engine';
import { Finding, formatFinding } from './finding';

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
  /** Set by {@link ManifestValidation.disable}: nothing is validated. */
  disabled?: boolean;
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
 * Each error is reported by cdk8s' own validation, on the construct that owns the object, all
 * at once: `[chart/GoProxy/Service] spec.ports[0].targetPort: Invalid value: "htp": ...`.
 * The constructs of this library enable it on their app; call {@link ManifestValidation.enable}
 * for an app that uses none of them.
 */
export class ManifestValidation {
  /**
   * Turns validation on for the app that `scope` belongs to. Calling it again keeps it on; options
   * given again are merged into the earlier ones.
   */
  public static enable(scope: IConstruct, options: ManifestValidationOptions = {}): void {
    const app = App.of(scope);
    const existing = STATES.get(app);
    if (existing) {
      existing.options = { ...existing.options, ...options };
      return;
    }
    ManifestValidation.attach(app, { options, attached: new WeakSet() });
  }

  /**
   * Turns validation off for the app that `scope` belongs to, also for the constructs created
   * after this call. For measurements and emergencies: the manifests are then not checked.
   */
  public static disable(scope: IConstruct): void {
    const app = App.of(scope);
    const existing = STATES.get(app);
    if (existing) existing.disabled = true;
    else ManifestValidation.attach(app, { options: {}, attached: new WeakSet(), disabled: true });
  }

  private static attach(app: App, state: State): void {
    STATES.set(app, state);
    // cdk8s validates the app in pre-order, so this runs before the validations of the objects
    app.node.addValidation({ validate: () => ManifestValidation.run(app, state) });
  }

  /**
   * Runs the engine over the app once per synthesis (cdk8s validates the whole app again for
   * each chart it writes) and hands each object its findings.
   */
  private static run(app: App, state: State): string[] {
    if (state.disabled) return [];
    const all = app.node.findAll();
    // the same synthesis validates again for each chart: reuse the result unless constructs were added since
    if (state.current && state.size === all.length) return [];
    const objects = all.filter((c): c is ApiObject => ApiObject.isApiObject(c));
    const mode = state.options.warnings ?? 'print';
    const byObject = new Map<ApiObject, string[]>();
    // drop the copies of an earlier synthesis in the same tick: the app may have changed since
    for (const o of objects) delete (o as { toJson?: unknown }).toJson;
    const manifests = objects.map(o => o.toJson());
    // cdk8s asks every object for its JSON again to write it: answer from this synthesis' copy
    objects.forEach((o, i) => Object.defineProperty(o, 'toJson', { value: () => manifests[i], configurable: true, writable: true }));
    queueMicrotask(() => objects.forEach(o => delete (o as { toJson?: unknown }).toJson));
    for (const f of validateManifests(manifests, { policy: state.options.policy })) {
      const obj = objects[f.object];
      if (isError(f, mode)) {
        const list = byObject.get(obj);
        if (list) list.push(formatFinding(f));
        else byObject.set(obj, [formatFinding(f)]);
      } else if (f.severity === 'warning' && mode === 'print') {
        process.stderr.write(`warning: [${obj.node.path}] ${formatFinding(f)}\n`);
      }
    }
    state.current = byObject;
    state.size = all.length;
    // the synthesis runs synchronously: the findings are kept until it is over
    queueMicrotask(() => (state.current = undefined));
    for (const obj of objects) {
      if (state.attached.has(obj)) continue;
      state.attached.add(obj);
      obj.node.addValidation({ validate: () => state.current?.get(obj) ?? [] });
    }
    return [];
  }
}

function isError(f: Finding, mode: WarningMode): boolean {
  return f.severity === 'error' || (f.severity === 'warning' && mode === 'fail');
}
