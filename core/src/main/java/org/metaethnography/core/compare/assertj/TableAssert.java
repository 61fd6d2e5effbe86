package org.metaethnography.core.compare.assertj;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import org.metaethnography.core.compare.Equivalences;
import org.metaethnography.core.compare.TableComparison;
import org.metaethnography.core.sheet.Spreadsheets;
import org.metaethnography.core.table.Table;

/**
 * AssertJ assertions about a computed table, for a test suite that checks the tables a review
 * computes against those its paper publishes. A failure lists every difference at once (at most 50,
 * then how many more) after their summary, as {@link TableComparison#toString()} writes them. Start
 * one with {@link TableAssertions#assertThat(Table)}.
 *
 * <pre>{@code
 * assertThat(computed).matchesPublished(published, Equivalences.strict().keyedBy("reference"));
 * }</pre>
 */
public final class TableAssert extends AbstractAssert<TableAssert, Table> {
  /**
   * Makes the assertion about {@code actual}.
   *
   * @param actual the computed table
   */
  TableAssert(Table actual) {
    super(actual, TableAssert.class);
  }

  /**
   * Verifies that the computed table is the published one, exactly ({@link Equivalences#strict()}).
   *
   * @param published the table as the paper publishes it
   * @return this assertion
   * @throws AssertionError if the computed table is null or differs, listing the differences
   * @throws NullPointerException if {@code published} is null
   */
  public TableAssert matchesPublished(Table published) {
    return matchesPublished(published, Equivalences.strict());
  }

  /**
   * Verifies that the computed table is the published one, accepting as the same what {@code
   * equivalences} declares.
   *
   * <pre>{@code
   * assertThat(computed).matchesPublished(published,
   *     Equivalences.strict().ticks("✓", "1").unticked("", "0"));
   * }</pre>
   *
   * @param published the table as the paper publishes it
   * @param equivalences what counts as the same
   * @return this assertion
   * @throws AssertionError if the computed table is null or differs, listing the differences
   * @throws NullPointerException if {@code published} or {@code equivalences} is null
   * @throws IllegalArgumentException if the equivalences name a column the tables do not have (see
   *     {@link TableComparison#of})
   */
  public TableAssert matchesPublished(Table published, Equivalences equivalences) {
    Objects.requireNonNull(published);
    Objects.requireNonNull(equivalences);
    isNotNull();
    TableComparison comparison = TableComparison.of(actual, published, equivalences);
    if (!comparison.matches()) {
      failWithMessage("%s", "computed table does not match the published table: " + comparison);
    }
    return this;
  }

  /**
   * Verifies that the computed table is the one transcribed in a CSV file, read with {@link
   * Spreadsheets#readTable(Path)}, accepting as the same what {@code equivalences} declares.
   *
   * <pre>{@code
   * assertThat(computed).matchesPublished(Path.of("src/test/resources/published/grid.csv"),
   *     Equivalences.strict().keyedBy("reference"));
   * }</pre>
   *
   * @param publishedCsv the transcription of the published table, UTF-8 CSV with a header row
   * @param equivalences what counts as the same
   * @return this assertion
   * @throws AssertionError if the computed table is null or differs, listing the differences
   * @throws NullPointerException if {@code publishedCsv} or {@code equivalences} is null
   * @throws UncheckedIOException if the file cannot be read
   * @throws org.metaethnography.core.sheet.InvalidSheetException if the file is not a well-formed
   *     table, with every problem
   * @throws IllegalArgumentException if the equivalences name a column the tables do not have (see
   *     {@link TableComparison#of})
   */
  public TableAssert matchesPublished(Path publishedCsv, Equivalences equivalences) {
    Objects.requireNonNull(publishedCsv);
    Objects.requireNonNull(equivalences);
    Table published;
    try {
      published = Spreadsheets.readTable(publishedCsv);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the published table " + publishedCsv, e);
    }
    return matchesPublished(published, equivalences);
  }
}
