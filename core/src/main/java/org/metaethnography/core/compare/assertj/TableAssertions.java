package org.metaethnography.core.compare.assertj;

import org.metaethnography.core.table.Table;

/**
 * The entry point of the table assertion, to import statically beside AssertJ's own {@code
 * Assertions.assertThat}.
 *
 * <pre>{@code
 * import static org.metaethnography.core.compare.assertj.TableAssertions.assertThat;
 *
 * assertThat(computed).matchesPublished(Path.of("published/grid.csv"),
 *     Equivalences.strict().keyedBy("reference").ticks("✓", "1").unticked("", "0"));
 * }</pre>
 */
public final class TableAssertions {
  private TableAssertions() {}

  /**
   * Starts an assertion about a computed table.
   *
   * @param actual the computed table
   * @return the assertion
   */
  public static TableAssert assertThat(Table actual) {
    return new TableAssert(actual);
  }
}
