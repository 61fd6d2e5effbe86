/**
 * Pure algorithms over a review: the key concept grid, counts per key concept, groupings of papers
 * by any attribute, the review flow and the exclusion tallies, and the agreement between reviewers
 * (inter-rater reliability).
 */
module org.metaethnography.synthesis {
  requires transitive org.metaethnography.model;
  requires static org.immutables.value.annotations;

  exports org.metaethnography.synthesis;
  exports org.metaethnography.synthesis.agreement;
}
