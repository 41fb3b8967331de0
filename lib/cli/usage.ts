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

const EXIT_CODES = 'Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 usage or input problem.\n';

/** The usage of one command, or of all. */
export function usage(command?: 'check' | 'synth'): string {
  const commands = command === 'check' ? CHECK_USAGE : command === 'synth' ? SYNTH_USAGE : `${CHECK_USAGE}${SYNTH_USAGE}`;
  return `Usage:\n${commands}\n${EXIT_CODES}`;
}

export const HELP_FLAGS: readonly string[] = ['--help', '-h'];
