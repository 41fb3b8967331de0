/**
 * The manifest's spellings of a Service, which users copy from YAML: a key that the props declare
 * only to reject it, typed as the message that says what to write instead (see
 * `probes/spellings.ts`). The run-time check of the props gives the same advice.
 *
 * @packageDocumentation
 */

/** The manifest's fields of a Service that the props replace: each is an error that says what to write instead. */
export interface ServiceSpellings {
  /** Not a prop: a manifest's field. Write `headless: true` for `clusterIP: None`; the cluster allocates an IP otherwise. */
  readonly clusterIP?: 'error: write headless: true for clusterIP: None; the cluster allocates the IP otherwise';
}
