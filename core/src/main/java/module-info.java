/**
 * What users import: the fluent entry point {@link org.metaethnography.core.MetaEthnography} that
 * builds and synthesizes a review, and the tables that render a synthesis as CSV and Markdown, its
 * figures as standalone SVG (and the conceptual model as Graphviz DOT and Mermaid), a review's
 * report as one standalone HTML file ({@link org.metaethnography.core.report.ReviewReport}), review
 * documents (JSON) and the spreadsheets review teams keep (CSV), the exchange of codebooks and
 * projects with qualitative data analysis tools in the REFI-QDA format ({@link
 * org.metaethnography.core.refi.RefiQda}), the writing of their files whole or not at all ({@link
 * org.metaethnography.core.io.OutputFiles}), and the checking of a computed table against a
 * published one ({@link org.metaethnography.core.compare.TableComparison}). AssertJ is optional:
 * only the assertion of {@code org.metaethnography.core.compare.assertj} needs it.
 */
module org.metaethnography.core {
  requires transitive org.metaethnography.synthesis;
  requires com.fasterxml.jackson.databind;
  requires org.apache.commons.csv;
  requires org.eclipse.elk.core;
  requires org.eclipse.elk.graph;
  requires org.eclipse.elk.alg.layered;
  requires org.eclipse.emf.common;
  requires static org.assertj.core;
  requires java.xml;

  exports org.metaethnography.core;
  exports org.metaethnography.core.table;
  exports org.metaethnography.core.figure;
  exports org.metaethnography.core.report;
  exports org.metaethnography.core.io;
  exports org.metaethnography.core.document;
  exports org.metaethnography.core.sheet;
  exports org.metaethnography.core.refi;
  exports org.metaethnography.core.compare;
  exports org.metaethnography.core.compare.assertj;
}
