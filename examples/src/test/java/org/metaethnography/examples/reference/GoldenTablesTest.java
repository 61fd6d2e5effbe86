package org.metaethnography.examples.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.metaethnography.core.MetaEthnography;
import org.metaethnography.core.table.Table;
import org.metaethnography.model.StageCounts;
import org.metaethnography.synthesis.Synthesis;

/**
 * Each table computed from the reference dataset equals, cell for cell, the transcription made by
 * hand from the paper and kept in {@code src/test/resources/golden/}.
 */
final class GoldenTablesTest {
  private static final Synthesis SYNTHESIS = MetaEthnography.synthesize(ReproducePaper.review());
  private static final ImmutableMap<String, Table> TABLES =
      ReproducePaper.tables(SYNTHESIS, "1", "0");

  @ParameterizedTest
  @ValueSource(strings = {"table1", "table2a", "table2b", "table3"})
  void computedTable_equalsTheTranscriptionOfThePaper(String table) {
    assertThat(TABLES.get(table).toCsv()).isEqualTo(Golden.csv(table));
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
