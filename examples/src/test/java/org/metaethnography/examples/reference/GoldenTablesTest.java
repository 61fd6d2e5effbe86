package org.metaethnography.examples.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.metaethnography.core.compare.assertj.TableAssertions.assertThat;

import com.google.common.collect.ImmutableMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.metaethnography.core.MetaEthnography;
import org.metaethnography.core.compare.Equivalences;
import org.metaethnography.core.compare.TableComparison;
import org.metaethnography.core.table.Table;
import org.metaethnography.model.StageCounts;
import org.metaethnography.synthesis.Synthesis;

/**
 * Each table computed from the reference dataset equals, cell for cell, the transcription made by
 * hand from the paper and kept in {@code src/test/resources/golden/}: same columns and rows in the
 * same order, same cells, checked through the library's own table assertion so that a failure lists
 * every difference.
 */
final class GoldenTablesTest {
  private static final Synthesis SYNTHESIS = MetaEthnography.synthesize(ReproducePaper.review());
  private static final ImmutableMap<String, Table> TABLES =
      ReproducePaper.tables(SYNTHESIS, "1", "0");

  @ParameterizedTest
  @ValueSource(strings = {"table1", "table2a", "table2b", "table3"})
  void computedTable_equalsTheTranscriptionOfThePaper(String table) {
    assertThat(TABLES.get(table)).matchesPublished(Golden.table(table), keyOf(table));
  }

  /**
   * The row key of a golden table: its first column, except in Table 3, whose first column (the
   * disease) repeats down each group and whose Total row has no reference.
   */
  private static Equivalences keyOf(String table) {
    return table.equals("table3")
        ? Equivalences.strict().keyedBy("disease", "reference")
        : Equivalences.strict();
  }

  @Test
  void table3WithThePapersOwnMarks_matchesTheTranscription_onlyWithTheTicksDeclared() {
    // The paper prints a tick and leaves a blank; the transcription writes 1 and 0.
    Table printedMarks = ReproducePaper.tables(SYNTHESIS, "✓", "").get("table3");
    Equivalences key = keyOf("table3");
    assertThat(printedMarks)
        .matchesPublished(Golden.table("table3"), key.ticks("✓", "1").unticked("", "0"));
    // Undeclared, each of the 325 cells of the 25 papers differs: 161 ticks and 164 blanks.
    assertThat(TableComparison.of(printedMarks, Golden.table("table3"), key).summary())
        .isEqualTo("325 differences: 325 cells differ");
  }

  @Test
  void reviewFlow_givesThePapersOwnTotals() {
    // Section 3: "Of 21,489 abstracts identified, 1412 qualified for full-length article review,
    // and 58 for quality appraisal ... Twenty-five papers ... were included."
    assertThat(SYNTHESIS.flow().total()).isEqualTo(StageCounts.of(21_489, 1412, 58, 25));
    // Section 3: "thirty-three papers were rejected".
    assertThat(SYNTHESIS.exclusions().total()).isEqualTo(33);
    assertThat(SYNTHESIS.flow().total().articlesExcluded()).hasValue(33);
    // Abstract: "25 papers".
    assertThat(SYNTHESIS.review().papers()).hasSize(25);
  }
}
