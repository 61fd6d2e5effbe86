package org.metaethnography.core.report;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.metaethnography.core.figure.SvgFigures;
import org.metaethnography.core.io.OutputFiles;
import org.metaethnography.core.report.Section.Figure;
import org.metaethnography.core.report.Section.TableSection;
import org.metaethnography.core.table.AgreementTables;
import org.metaethnography.core.table.GridLayout;
import org.metaethnography.core.table.ReviewTables;
import org.metaethnography.core.table.Table;
import org.metaethnography.core.table.TranslationLayout;
import org.metaethnography.model.Review;
import org.metaethnography.synthesis.Synthesis;

/**
 * A review as one standalone HTML file, for a review team to read, share with co-authors and print:
 * the review's title, a table of contents, every table the library renders for which the review has
 * something (the included papers, the search flow and other sources, the reasons for exclusion, the
 * key concept grid, the translations, the translation table with quotations, the key concept
 * profiles and the audit's findings) and its figures drawn inline as SVG (the conceptual model),
 * and notes on the review where given.
 *
 * <p>The file needs nothing else: its style and its script are inline, and it names no other file
 * and no address on the web, so that it opens offline and anywhere as it was written. A reader
 * sorts a table by a column with a click on the column's heading, or with the keyboard (each
 * heading is a button); numbers sort by value and text as the reader's language orders it, and a
 * totals row stays last. Without a script the tables read as written. Printed, the sort controls
 * disappear, tables are kept on one page where they fit and figures take the page's width.
 *
 * <p>Reports are immutable; each setting returns a new report. Equal syntheses with equal settings
 * give identical text.
 *
 * <pre>{@code
 * ReviewReport report = ReviewReport.of(synthesis)
 *     .withGridLayout(GridLayout.standard().inOrder(12, 3, 27, 8))
 *     .withNotes(List.of("The conceptual model is a reconstruction."));
 * String html = report.html();
 * report.write(Path.of("report/review.html"));
 * }</pre>
 */
public final class ReviewReport {
  private final Synthesis synthesis;
  private final GridLayout gridLayout;
  private final ImmutableList<String> notes;

  private ReviewReport(Synthesis synthesis, GridLayout gridLayout, ImmutableList<String> notes) {
    this.synthesis = synthesis;
    this.gridLayout = gridLayout;
    this.notes = notes;
  }

  /**
   * The report of {@code synthesis}, its key concept grid laid out by {@link
   * GridLayout#standard()}, with no notes.
   *
   * @param synthesis the synthesis of a review
   * @return the report
   */
  public static ReviewReport of(Synthesis synthesis) {
    return new ReviewReport(
        Objects.requireNonNull(synthesis), GridLayout.standard(), ImmutableList.of());
  }

  /**
   * This report with its key concept grid laid out as {@code layout} says: rows of papers or of
   * studies, grouped, in a published order, with other marks.
   *
   * @param layout how to lay the key concept grid out
   * @return the report with that layout
   */
  public ReviewReport withGridLayout(GridLayout layout) {
    return new ReviewReport(synthesis, Objects.requireNonNull(layout), notes);
  }

  /**
   * This report with {@code notes}, each a paragraph of a last section, Notes, for example what a
   * review document says of itself (see {@code ReviewDocument.notes()}).
   *
   * @param notes the notes, in order
   * @return the report with those notes
   */
  public ReviewReport withNotes(Iterable<String> notes) {
    return new ReviewReport(synthesis, gridLayout, ImmutableList.copyOf(notes));
  }

  /**
   * The report as a standalone HTML document.
   *
   * @return the HTML text
   * @throws IllegalArgumentException if the grid layout's row order does not hold every row of the
   *     grid exactly once (see {@link ReviewTables#conceptGrid(Synthesis, GridLayout)})
   */
  public String html() {
    return ReportHtml.document(synthesis.review().title(), notes, sections());
  }

  /**
   * Writes the report ({@link #html()}) in UTF-8 to {@code file}, whole or not at all.
   *
   * @param file the file to write; its directory is created if needed
   * @throws IOException if the file cannot be written
   * @throws IllegalArgumentException if the grid layout's row order does not hold every row of the
   *     grid exactly once
   * @see OutputFiles#write(Path, String) how files are written
   */
  public void write(Path file) throws IOException {
    OutputFiles.write(file, html());
  }

  /** The report's tables, then its figures, each only where the review has something for it. */
  private List<Section> sections() {
    Review review = synthesis.review();
    List<Section> sections = new ArrayList<>();
    sections.add(
        all(
            "included-papers",
            "Included papers",
            "The papers included in the synthesis, grouped by format and by participants'"
                + " perspective.",
            ReviewTables.includedPapers(synthesis),
            false));
    if (!review.searches().isEmpty()) {
      sections.add(
          all(
              "search-flow",
              "Search flow",
              "The records each search kept at each stage of screening, and their totals.",
              ReviewTables.searchFlow(synthesis),
              true));
    }
    if (!review.otherSources().isEmpty()) {
      sections.add(
          all(
              "other-sources",
              "Other sources",
              "Where papers were found other than by searching, such as by citation chasing.",
              ReviewTables.otherSources(synthesis),
              false));
    }
    if (!review.exclusions().isEmpty()) {
      sections.add(
          all(
              "exclusions",
              "Reasons for exclusion",
              "The reasons for which quality appraisal excluded papers.",
              ReviewTables.exclusions(synthesis),
              true));
    }
    if (!synthesis.recordFlow().isEmpty()) {
      sections.add(
          all(
              "record-flow",
              "Records of the review process",
              "The records of the review process at each step of selection, as a PRISMA 2020 flow"
                  + " diagram counts them: found, duplicates removed, assessed, kept, excluded with"
                  + " reasons, awaiting, and the reviewers' disagreements and how they were"
                  + " settled.",
              ReviewTables.recordFlow(synthesis),
              false));
    }
    Table agreement = AgreementTables.of(synthesis);
    if (!agreement.rows().isEmpty()) {
      sections.add(
          all(
              "agreement",
              "Agreement between reviewers",
              "How far the reviewers agreed when they decided on their own, at each stage the"
                  + " review records: each statistic with its standard error and interval, or why"
                  + " it is undefined.",
              agreement,
              false));
      sections.add(
          all(
              "agreement-by-category",
              "Agreement by category",
              "Each category against the rest, at each stage.",
              AgreementTables.byCategory(synthesis),
              false));
    }
    Table grid = ReviewTables.conceptGrid(synthesis, gridLayout);
    sections.add(
        new TableSection(
            "key-concept-grid",
            "Key concept grid",
            "Which key concepts each paper (or study) expresses, and how many express each.",
            grid,
            // The key concepts' columns, last, are named by the review.
            grid.columns().size() - synthesis.grid().keyConcepts().size(),
            true));
    if (!review.translations().isEmpty() || !review.setAside().isEmpty()) {
      sections.add(
          all(
              "translations",
              "Translations",
              "Each raw concept with its order, the key concept it is translated into, the kind of"
                  + " translation and the papers it was found in; raw concepts set aside last.",
              ReviewTables.translations(synthesis),
              false));
      sections.add(
          all(
              "translation-table",
              "Translation table",
              "The raw concepts behind each key concept, each with the study it comes from and the"
                  + " quotation that grounds it.",
              ReviewTables.translationList(synthesis, TranslationLayout.standard().withQuotes()),
              false));
    }
    sections.add(
        all(
            "key-concept-profiles",
            "Key concept profiles",
            "Each key concept's phases, stakeholders and valence, the papers expressing it and"
                + " the raw concepts behind it.",
            ReviewTables.keyConcepts(synthesis),
            false));
    sections.add(
        all(
            "audit",
            "Audit",
            "What the audit of the synthesis found for the review team to check.",
            ReviewTables.audit(synthesis.audit()),
            false));
    sections.addAll(figures());
    return sections;
  }

  /** A table whose columns are all named in the library's words. */
  private static TableSection all(
      String id, String title, String description, Table table, boolean totalRow) {
    return new TableSection(id, title, description, table, table.columns().size(), totalRow);
  }

  /**
   * The figures, each a title and an SVG document, in the order the report shows them: the
   * conceptual model, the key concept grid as a heat map (in the report's grid layout) and, for a
   * review with searches or other sources, the flow of records.
   */
  private List<Figure> figures() {
    Review review = synthesis.review();
    List<Figure> figures = new ArrayList<>();
    if (!review.keyConcepts().isEmpty() || !review.interpretations().isEmpty()) {
      figures.add(new Figure("Conceptual model", SvgFigures.conceptualModel(synthesis)));
    }
    if (!review.keyConcepts().isEmpty() && !review.papers().isEmpty()) {
      figures.add(
          new Figure("Key concept grid as a heat map", SvgFigures.heatMap(synthesis, gridLayout)));
    }
    if (!review.searches().isEmpty() || !review.otherSources().isEmpty()) {
      figures.add(new Figure("Flow of records", SvgFigures.flow(synthesis)));
    }
    return figures;
  }
}
