/**
 * What users import: the fluent entry point {@link org.metaethnography.core.MetaEthnography}
 * that builds and synthesizes a review, and the tables that render a synthesis as CSV and
 * Markdown, and the figure of its conceptual model as Graphviz DOT and Mermaid.
 */
module org.metaethnography.core {
  requires transitive org.metaethnography.synthesis;

  exports org.metaethnography.core;
  exports org.metaethnography.core.table;
  exports org.metaethnography.core.figure;
}
