package org.metaethnography.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.metaethnography.core.compare.assertj.TableAssertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.metaethnography.core.compare.Equivalences;
import org.metaethnography.core.table.GridLayout;
import org.metaethnography.core.table.ReviewTables;
import org.metaethnography.core.table.Table;
import org.metaethnography.synthesis.Synthesis;

/**
 * The README's "Checking a published table": the quick start's grid checked against a transcription
 * that writes ticks as the paper prints them ({@code published/quick-start-grid.csv}).
 */
final class CheckingAPublishedTableTest {
  private static final Synthesis SYNTHESIS = QuickStart.synthesis();

  @Test
  void theQuickStartGrid_matchesItsTranscription_withTheTicksDeclared() {
    Synthesis synthesis = SYNTHESIS;
    // check-published:begin
    Table computed = ReviewTables.conceptGrid(synthesis, GridLayout.standard());
    assertThat(computed)
        .matchesPublished(
            Path.of("src/test/resources/published/quick-start-grid.csv"),
            Equivalences.strict().keyedBy("reference").ticks("✓", "1").unticked("", "0"));
    // check-published:end
  }

  @Test
  void withoutTheTicksDeclared_theAssertionListsEachCellWrittenOtherwise() {
    Table computed = ReviewTables.conceptGrid(SYNTHESIS, GridLayout.standard());
    // Papers 12, 17 and 23 have 3 cells each; the 9 are written 1/0 and printed ✓/blank.
    assertThatThrownBy(
            () ->
                assertThat(computed)
                    .matchesPublished(
                        Path.of("src/test/resources/published/quick-start-grid.csv"),
                        Equivalences.strict()))
        .hasMessageStartingWith(
            "computed table does not match the published table: 9 differences: 9 cells differ\n"
                + "  - row \"12\", column \"Relief\": computed \"1\", published \"✓\"\n"
                + "  - row \"12\", column \"Guilt\": computed \"0\", published \"\"\n");
  }

  @Test
  void readme_showsTheCheckAsCompiled() throws IOException {
    assertThat(Readme.text())
        .contains(Readme.testBlock("CheckingAPublishedTableTest.java", "check-published"));
  }
}
