package org.metaethnography.core.report;

import org.metaethnography.core.table.Table;

/** A part of a report, a table or a figure, with the title its table of contents lists. */
sealed interface Section permits Section.TableSection, Section.Figure {
  /** {@return the section's title, as the table of contents lists it} */
  String title();

  /**
   * A table: the anchor the table of contents links to, its title, a sentence on what it shows, the
   * table, how many of its leading columns are named in the library's words (shown with spaces for
   * underscores; the others, such as a key concept's column, are named by the review and shown as
   * named), and whether its last row is a totals row, which stays last when the rows are sorted.
   */
  record TableSection(
      String id,
      String title,
      String description,
      Table table,
      int libraryColumns,
      boolean totalRow)
      implements Section {}

  /** A figure: its title and its standalone SVG document, as the figure renderers write it. */
  record Figure(String title, String svg) implements Section {}
}
