package org.metaethnography.core.table;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.metaethnography.core.internal.Labels;
import org.metaethnography.model.Appraisal;
import org.metaethnography.model.Paper;
import org.metaethnography.model.Review;
import org.metaethnography.model.Score;

/**
 * The columns of a table of included studies, in the review's own words: which attributes of a
 * paper it shows, under which headers, and whether it shows the key concepts each paper expresses.
 * Each call returns a new, longer list of columns; a value a paper does not report is an empty
 * cell.
 *
 * <pre>{@code
 * PaperColumns columns = PaperColumns.none()
 *     .citation("Authors")
 *     .attribute("Setting", "setting")
 *     .perspective("Participants")
 *     .keyConcepts("1", "0");
 * Table table = ReviewTables.includedPapers(synthesis, columns);
 * }</pre>
 */
public final class PaperColumns {
  private static final PaperColumns NONE = new PaperColumns(ImmutableList.of());

  private final ImmutableList<Column> columns;

  /** One column, or the key concepts' columns. */
  record Column(
      String header, BiFunction<Review, Paper, Optional<String>> value, Optional<Marks> marks) {}

  /** How the key concepts' columns write a ticked and an empty cell. */
  record Marks(String present, String absent) {}

  private PaperColumns(ImmutableList<Column> columns) {
    this.columns = columns;
  }

  /**
   * No column yet.
   *
   * @return the empty list of columns
   */
  public static PaperColumns none() {
    return NONE;
  }

  /**
   * A column of the papers' citations as the review prints them: the label, or the reference
   * number.
   *
   * @param header the column's header
   * @return the columns with this one added
   */
  public PaperColumns citation(String header) {
    return column(header, p -> Optional.of(Labels.reference(p.citation())));
  }

  /**
   * A column of a further attribute the papers record under {@code name}; several values are joined
   * with {@code "; "}.
   *
   * @param header the column's header
   * @param name the attribute's name in {@link Paper#attributes()}
   * @return the columns with this one added
   */
  public PaperColumns attribute(String header, String name) {
    Objects.requireNonNull(name);
    return column(
        header,
        p ->
            p.attribute(name).isEmpty()
                ? Optional.empty()
                : Optional.of(String.join("; ", p.attribute(name))));
  }

  /**
   * A column of whose views each paper reports, labelled like {@code "Patients and carers"} with
   * the stakeholders in the order the review declares them.
   *
   * @param header the column's header
   * @return the columns with this one added
   */
  public PaperColumns perspective(String header) {
    return with(
        new Column(
            header,
            (review, p) -> p.perspective().map(q -> Labels.perspective(q, review.stakeholders())),
            Optional.empty()));
  }

  /**
   * A column of the papers' appraisal scores as reviews print them ({@code 8/10}, {@code 7-9/10}).
   *
   * @param header the column's header
   * @return the columns with this one added
   */
  public PaperColumns appraisalScore(String header) {
    return column(header, p -> p.appraisal().flatMap(Appraisal::score).map(Score::toString));
  }

  /**
   * A column of the categories the papers' appraisals put them in (key paper, satisfactory, ...).
   *
   * @param header the column's header
   * @return the columns with this one added
   */
  public PaperColumns appraisalCategory(String header) {
    return column(header, p -> p.appraisal().flatMap(Appraisal::category));
  }

  /**
   * A column of any value of a paper.
   *
   * @param header the column's header
   * @param value the cell text of a paper, or empty for an empty cell
   * @return the columns with this one added
   */
  public PaperColumns column(String header, Function<? super Paper, Optional<String>> value) {
    Objects.requireNonNull(value);
    return with(new Column(header, (review, p) -> value.apply(p), Optional.empty()));
  }

  /**
   * One column per key concept of the grid of record, headed by its name, ticked where the paper
   * expresses it.
   *
   * @param present the text of a ticked cell
   * @param absent the text of an empty cell
   * @return the columns with these added
   */
  public PaperColumns keyConcepts(String present, String absent) {
    return with(
        new Column(
            "",
            (review, p) -> Optional.empty(),
            Optional.of(
                new Marks(Objects.requireNonNull(present), Objects.requireNonNull(absent)))));
  }

  private PaperColumns with(Column column) {
    checkArgument(
        column.marks().isPresent() || !column.header().isBlank(),
        "column header must not be blank");
    return new PaperColumns(ImmutableList.<Column>builder().addAll(columns).add(column).build());
  }

  ImmutableList<Column> columns() {
    return columns;
  }
}
