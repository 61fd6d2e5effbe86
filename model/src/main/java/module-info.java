/**
 * The immutable value types of a meta-ethnography: the review, its searches and exclusion
 * tallies, the included papers, the stakeholders and phases it speaks of, the concepts
 * extracted from the papers, the key concepts they are translated into, and the key concept
 * grid.
 */
module org.metaethnography.model {
  requires transitive com.google.common;
  requires static org.immutables.value.annotations;

  exports org.metaethnography.model;
}
