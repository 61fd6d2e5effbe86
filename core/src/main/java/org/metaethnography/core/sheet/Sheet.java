package org.metaethnography.core.sheet;

import com.google.common.collect.ImmutableList;

/**
 * The spreadsheets a review team keeps, each carrying one part of the review. The standard column
 * names are lower-case words; a header may name a column in the team's own words through {@link
 * Spreadsheets#withHeader(Sheet, String, String)}. An empty cell is a value the review does not
 * report; a cell that lists names (authors, stakeholders, reviewers, raw concepts) separates them
 * with semicolons, or with line breaks when a name holds a semicolon.
 */
public enum Sheet {
  /**
   * The included-studies table: one row per included paper, in the review's order. Columns {@code
   * citation} (a reference number or a label such as {@code Smith 2010a}; required), {@code
   * authors} (each as a reference list writes it, {@code Sav A}), {@code et al} ({@code yes} where
   * the list abbreviates further authors), {@code year}, {@code title}, {@code journal}, {@code
   * condition}, {@code format}, {@code intervention}, {@code duration}, {@code perspective} (the
   * stakeholders whose views the paper reports, or {@code undesignated: } and the paper's own
   * words), {@code appraisal tool}, {@code appraisal score} ({@code 8/10}, {@code 7-9/10}, {@code
   * 8}), {@code appraisal category}, {@code appraisal note}. Every other column is a paper
   * attribute of that name (a column {@code attribute: year} is the attribute {@code year}).
   */
  INCLUDED_STUDIES(
      "included-studies.csv",
      "citation",
      "authors",
      "et al",
      "year",
      "title",
      "journal",
      "condition",
      "format",
      "intervention",
      "duration",
      "perspective",
      "appraisal tool",
      "appraisal score",
      "appraisal category",
      "appraisal note"),

  /**
   * The extraction sheet: raw concepts and where they were found. Each row names a raw concept with
   * its classification ({@code concept} (required), {@code order}: first or second, {@code
   * perspective}, {@code valence}: positive, negative or mixed, {@code phase}, {@code definition},
   * {@code note}) and, unless its {@code paper} is empty, one extraction of it: {@code paper},
   * {@code reviewers}, {@code stance} (supports, partly supports, refutes), {@code quotation},
   * {@code page}. A concept's classification may be repeated on each of its rows or given once;
   * rows that give it differently are a problem. Concepts take the order of their first rows,
   * extractions the order of their rows; the sheet is written with the extractions in the review's
   * order, a raw concept found nowhere (or first found after one listed after it) on a row of its
   * own before.
   */
  EXTRACTIONS(
      "extractions.csv",
      "concept",
      "order",
      "perspective",
      "valence",
      "phase",
      "definition",
      "note",
      "paper",
      "reviewers",
      "stance",
      "quotation",
      "page"),

  /**
   * The key concept grid of record: column {@code paper}, then one column per key concept (named as
   * the review names it); a cell is ticked ({@code x}, {@code X}, {@code ✓}, {@code ✔}, {@code 1},
   * {@code yes}), or gives the paper's stance ({@code supports}, {@code partly supports}, {@code
   * refutes}), or is empty ({@code 0} and {@code no} are empty too). Ticked cells are taken row by
   * row, each row's from left to right; the grid is written with its rows in the order the grid of
   * record first names their papers, then the papers it does not tick.
   */
  GRID("grid.csv", "paper"),

  /**
   * The translation table: one row per translation, in the review's order, with columns {@code key
   * concept} (required), {@code kind} (reciprocal or refutational), {@code index paper}, {@code
   * concepts} (the raw concepts translated, in order), then one column per paper (headed by its
   * citation) whose cell lists, in the study's own words, the raw concepts of the row found in that
   * paper. Without a {@code concepts} column, a row translates the concepts of its cells in the
   * order they first appear. The cells must agree with the extractions; a review that records no
   * extraction elsewhere takes its extractions (and, with no raw concepts elsewhere, its raw
   * concepts) from the cells.
   */
  TRANSLATIONS("translations.csv", "key concept", "kind", "index paper", "concepts");

  private final String fileName;
  private final ImmutableList<String> columns;

  Sheet(String fileName, String... columns) {
    this.fileName = fileName;
    this.columns = ImmutableList.copyOf(columns);
  }

  /** {@return the file name the sheet is written to and read from by default} */
  public String fileName() {
    return fileName;
  }

  /**
   * {@return the sheet's standard columns, in the order they are written; the grid adds one per key
   * concept, the translation table one per paper, and the included-studies table one per attribute}
   */
  public ImmutableList<String> columns() {
    return columns;
  }
}
