/**
 * What users import: the fluent entry point {@link org.metaethnography.core.MetaEthnography}
 * that builds and synthesizes a review, and the tables that render a synthesis as CSV and
 * Markdown, the figure of its conceptual model as Graphviz DOT and Mermaid, and the writing of
 * their files whole or not at all ({@link org.metaethnography.core.io.OutputFiles}).
 */
module org.metaethnography.core {
  requires transitive org.metaethnography.synthesis;
  requires com.fasterxml.jackson.databind;
  requires org.apache.commons.csv;

  exports org.metaethnography.core;
  exports org.metaethnography.core.table;
  exports org.metaethnography.core.figure;
  exports org.metaethnography.core.io;
  exports org.metaethnography.core.document;
  exports org.metaethnography.core.sheet;
}
