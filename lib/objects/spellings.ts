/**
 * The manifest's spelling of metadata, which users copy from YAML: a key that the props declare
 * only to reject it, typed as the message that says what to write instead (see
 * `probes/spellings.ts`). The run-time check of the props gives the same advice.
 *
 * @packageDocumentation
 */

/** The manifest's `metadata`, which the props flatten: an error that says what to write instead. */
export interface MetadataSpellings {
  /** Not a prop: a manifest's field. Give `name`, `namespace`, `labels` and `annotations` as props. */
  readonly metadata?: 'error: give name, namespace, labels and annotations as props';
}
