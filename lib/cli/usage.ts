/**
 * The usage of the CLI and of each command.
 *
 * @packageDocumentation
 */
import { TOOL } from './io';

const CHECK_USAGE = `  ${TOOL} check [--format human|json|sarif] [--policy baseline|restricted|recommended] <file|folder|->...
      Checks Kubernetes manifests (multi-document YAML or JSON) against the Kubernetes 1.27
      validation rules and the checks the apiserver misses. Folders are searched for .yaml,
      .yml and .json files; '-' (or no argument, with piped input) reads standard input.
      --policy also runs the Pod Security profile (baseline, restricted) or the recommended
      set (restricted plus probes, image tags, resources).
`;

const SYNTH_USAGE = `  ${TOOL} synth [--app <command> | --entry <module>] [--output <folder>] [--kustomization] [--check]
      Synthesizes the cdk8s app of cdk8s.yaml into its output folder, replacing the folder
      only when the app succeeds. --kustomization also writes kustomization.yaml listing the
      manifests. --check changes nothing: it fails, showing a diff, when the folder is stale.
      --entry runs the app module in this process instead of the app command.
`;

const TIMELINE_USAGE = `  ${TOOL} timeline [--format human|json|markdown] [--svg <file>] <file|folder|->...
      Shows the probe timeline of every container of the Pods and workloads of the manifests (the
      same inputs as check), as the kubelet 1.27 runs the probes: when it can first be Ready, when
      a startup probe gives up, and how long the kubelet takes to restart (liveness) or unready
      (readiness) an application that stops answering, as [earliest, latest] seconds. --svg also
      draws them into an SVG file. For a cdk8s app, run cdk8s synth, then timeline dist/.
`;

const DIFF_USAGE = `  ${TOOL} diff [--format human|json|markdown] [--fail-on <conditions>] [--context <lines>] <before> <after>
  ${TOOL} diff --git <ref> [options] [<path>...]
      Compares two manifest sets (files or folders; the files of two folders pair by name) and
      explains each change: objects added, removed and renamed; probe windows before → after;
      ports, images, resources, replicas; the security posture and every exemption added or
      removed; then the text hunks. Reordered lists are no change. --git compares the files
      below the paths (dist by default) committed at <ref> with the working tree's, without
      synthesizing. --format markdown writes a pull-request comment. --fail-on exits 1 when one
      of its comma-separated conditions holds: exemption-added, security-weakened, object-added,
      object-removed, image-changed, any-change, window-grows:<seconds> or window-grows:<percent>%
      (a liveness or readiness detection window whose latest bound grows by more, or that goes).
`;

const CONVERT_USAGE = `  ${TOOL} convert <file|folder|->... --out <folder> [--harden] [--force]
      Writes a cdk8s app of the manifests into the folder: a TypeScript module per file (files
      that refer to each other share one) and main.ts, written with the typed API. Faithful: the
      app synthesizes the same objects, each relaxation of the secure defaults a typed opt-out
      with the reason "converted from <file>". What a cluster added (kubectl get -o yaml) is
      cleaned; certain mistakes (a misspelt field, port:8080, a registry typo) are repaired with
      a comment; anything else wrong becomes a TODO that does not compile (exit code 1). Kinds
      the typed layer does not cover are carried over as L1 classes or ApiObject. --harden keeps
      the secure defaults where the input leaves a setting out, and lists each change. A folder
      that is not empty is written into only with --force; the folder is replaced in one step.
`;

const EXIT_CODES =
  'Exit codes: 0 no errors (warnings allowed), 1 errors found (diff: a --fail-on condition holds; convert: TODOs left), 2 usage or input problem.\n';

/** The commands of the CLI. */
export const COMMANDS = ['check', 'synth', 'timeline', 'diff', 'convert'] as const;

/** A command of the CLI. */
export type Command = (typeof COMMANDS)[number];

const USAGES: Readonly<Record<Command, string>> = {
  check: CHECK_USAGE,
  synth: SYNTH_USAGE,
  timeline: TIMELINE_USAGE,
  diff: DIFF_USAGE,
  convert: CONVERT_USAGE,
};

/** The usage of one command, or of all. */
export function usage(command?: Command): string {
  const commands = command === undefined ? COMMANDS.map(c => USAGES[c]).join('') : USAGES[command];
  return `Usage:\n${commands}\n${EXIT_CODES}`;
}

export const HELP_FLAGS: readonly string[] = ['--help', '-h'];
