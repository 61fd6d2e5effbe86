package org.metaethnography.core.sheet;

import com.google.common.collect.ImmutableList;
import java.util.regex.Pattern;

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
  TRANSLATIONS("translations.csv", "key concept", "kind", "index paper", "concepts"),

  /**
   * The screening log: one row per record the searches found, in the review's order, as a team
   * keeps it in a spreadsheet and as screening tools export it (Covidence and Rayyan give one row
   * per record with each reviewer's decision). Columns {@code record} (its identifier; required),
   * {@code doi}, {@code title}, {@code found by} (the searches or other sources that found it),
   * {@code also recorded as} (identifiers of duplicates merged into it), then for each step, {@code
   * title and abstract} and {@code full text}: three columns per reviewer's independent vote,
   * numbered from 1 ({@code title and abstract reviewer 1}, {@code title and abstract decision 1},
   * {@code title and abstract reason 1}, then {@code ... reviewer 2}, ...), and {@code ...
   * consensus}, {@code ... resolution}, {@code ... third reviewer}, {@code ... reason} (the reason
   * of the final decision); last {@code paper}, the included paper the record became. Reviewers are
   * numbered rather than named in the headers so that each record may have its own pair, and their
   * votes keep their order. A decision is {@code include}, {@code exclude} or {@code unsure}
   * ({@code included}, {@code yes}, {@code excluded}, {@code no} and {@code maybe} read as these,
   * as screening tools write them), a consensus include or exclude, a resolution {@code agreement},
   * {@code discussion} or {@code third reviewer}. A step whose columns are all empty was not
   * recorded. A record's steps read back title and abstract first. The appraisal sheet carries the
   * records' appraisals; read without it, each record keeps the appraisal the base gives the record
   * of its identifier.
   */
  SCREENING(
      "screening.csv",
      "record",
      "doi",
      "title",
      "found by",
      "also recorded as",
      "title and abstract consensus",
      "title and abstract resolution",
      "title and abstract third reviewer",
      "title and abstract reason",
      "full text consensus",
      "full text resolution",
      "full text third reviewer",
      "full text reason",
      "paper"),

  /**
   * The quality appraisal sheet: one row per record and reviewer, each a reviewer's completed form,
   * rows of one record in the order its reviewers appraised it. Columns {@code record} (required),
   * {@code form} (the appraisal form's name, one the review declares), {@code role} (empty, or
   * {@code third reviewer} on the row of the reviewer who settled a dispute), {@code reviewer},
   * {@code decision} (include, exclude or unsure), {@code reason} (the exclusion reason the
   * reviewer gives), {@code note}; then what the record states of the whole appraisal, on each of
   * its rows or once: {@code final decision}, {@code resolution}, {@code final reason}, {@code
   * category}; and one column per item of the review's appraisal forms, headed by the item's
   * identifier (or {@code item: } and the identifier, where that is the name of a column above),
   * whose cell is the reviewer's answer (in any case). The forms themselves are declared in the
   * base document. Read without the screening sheet, the appraisals replace those of the base's
   * records.
   */
  APPRAISAL(
      "appraisal.csv",
      "record",
      "form",
      "role",
      "reviewer",
      "decision",
      "reason",
      "note",
      "final decision",
      "resolution",
      "final reason",
      "category");

  /** The steps of screening as the screening sheet's headers name them. */
  static final ImmutableList<String> LEVELS = ImmutableList.of("title and abstract", "full text");

  /** A column of a reviewer's vote on the screening sheet: step, part and number. */
  static final Pattern VOTE_COLUMN =
      Pattern.compile(
          "(title and abstract|full text) (reviewer|decision|reason) ([1-9][0-9]{0,2})");

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
   * {@return the sheet's standard columns; the grid adds one per key concept, the translation table
   * one per paper, the included-studies table one per attribute, the screening sheet three per
   * reviewer's vote at each step, and the appraisal sheet one per item of the appraisal forms}
   */
  public ImmutableList<String> columns() {
    return columns;
  }

  /**
   * Whether {@code word} (a header as a word) is one of the sheet's standard columns, or a column
   * of a reviewer's vote on the screening sheet.
   */
  boolean isStandard(String word) {
    return columns.contains(word) || (this == SCREENING && VOTE_COLUMN.matcher(word).matches());
  }
}
