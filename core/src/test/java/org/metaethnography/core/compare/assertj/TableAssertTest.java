package org.metaethnography.core.compare.assertj;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.metaethnography.core.compare.assertj.TableAssertions.assertThat;

import com.google.common.testing.NullPointerTester;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metaethnography.core.compare.Equivalences;
import org.metaethnography.core.sheet.InvalidSheetException;
import org.metaethnography.core.table.Table;

/** The assertion passes on matching tables and fails listing every difference. */
final class TableAssertTest {
  @TempDir Path dir;

  private static final Table PUBLISHED =
      Table.of(
          List.of("reference", "Sharing", "Hope"),
          List.of(List.of("12", "✓", ""), List.of("17", "", "✓"), List.of("23", "✓", "✓")));

  private static final Table COMPUTED =
      Table.of(
          List.of("reference", "Sharing", "Hope"),
          List.of(List.of("12", "1", "0"), List.of("17", "1", "1"), List.of("31", "0", "0")));

  @Test
  void matchingTables_pass() {
    assertThat(PUBLISHED).matchesPublished(PUBLISHED);
    assertThat(COMPUTED)
        .matchesPublished(Table.of(COMPUTED.columns(), COMPUTED.rows()), Equivalences.strict())
        .isEqualTo(COMPUTED);
  }

  @Test
  void differingTables_fail_listingEachCellWithItsRowKeyColumnAndValues_thenTheSummary() {
    Equivalences ticks = Equivalences.strict().ticks("✓", "1").unticked("", "0");
    assertThatThrownBy(() -> assertThat(COMPUTED).matchesPublished(PUBLISHED, ticks))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "computed table does not match the published table: 3 differences: 1 cell differs,"
                + " 1 row missing, 1 extra row\n"
                + "  - row \"17\", column \"Sharing\": computed \"1\", published \"\"\n"
                + "  - row \"23\" (published row 4) is missing from the computed table\n"
                + "  - row \"31\" (computed row 4) is not in the published table");
  }

  @Test
  void withoutDeclaredTicks_everyTickSpelledOtherwiseDiffers() {
    Table computed = Table.of(PUBLISHED.columns(), List.of(List.of("12", "1", "0")));
    Table published = Table.of(PUBLISHED.columns(), List.of(List.of("12", "✓", "")));
    assertThatThrownBy(() -> assertThat(computed).matchesPublished(published))
        .hasMessage(
            "computed table does not match the published table: 2 differences: 2 cells differ\n"
                + "  - row \"12\", column \"Sharing\": computed \"1\", published \"✓\"\n"
                + "  - row \"12\", column \"Hope\": computed \"0\", published \"\"");
  }

  @Test
  void aPublishedCsvFile_isReadAndCompared() throws IOException {
    Path file = dir.resolve("published.csv");
    Files.writeString(file, "reference,Sharing,Hope\n12,1,0\n17,1,1\n31,0,0\n");
    assertThat(COMPUTED).matchesPublished(file, Equivalences.strict());
    Files.writeString(file, "reference,Sharing,Hope\n12,1,0\n17,1,1\n31,0,1\n");
    assertThatThrownBy(() -> assertThat(COMPUTED).matchesPublished(file, Equivalences.strict()))
        .hasMessage(
            "computed table does not match the published table: 1 difference: 1 cell differs\n"
                + "  - row \"31\", column \"Hope\": computed \"0\", published \"1\"");
  }

  @Test
  void anUnreadableOrInvalidFile_isAnError_notAFailure() throws IOException {
    Path missing = dir.resolve("missing.csv");
    assertThatThrownBy(() -> assertThat(COMPUTED).matchesPublished(missing, Equivalences.strict()))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("cannot read the published table " + missing);
    Path ragged = dir.resolve("ragged.csv");
    Files.writeString(ragged, "reference,Sharing\n12\n");
    assertThatThrownBy(() -> assertThat(COMPUTED).matchesPublished(ragged, Equivalences.strict()))
        .isInstanceOf(InvalidSheetException.class);
  }

  @Test
  void aNullTable_fails() {
    assertThatThrownBy(() -> assertThat(null).matchesPublished(PUBLISHED))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting actual not to be null");
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(Table.class, PUBLISHED)
            .setDefault(Equivalences.class, Equivalences.strict())
            .setDefault(Path.class, Path.of("published.csv"));
    tester.testAllPublicInstanceMethods(assertThat(PUBLISHED));
  }
}
