package org.metaethnography.core.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;
import org.metaethnography.core.compare.Difference.Kind;
import org.metaethnography.core.table.Table;

/** Equivalences: immutable settings, each given once, and what they make the same. */
final class EquivalencesTest {

  @Test
  void strict_acceptsNothing_andEachSettingReturnsNewEquivalences() {
    Equivalences strict = Equivalences.strict();
    assertThat(strict.keyColumns()).isEmpty();
    assertThat(strict.ticked()).isEmpty();
    assertThat(strict.unticked()).isEmpty();
    assertThat(strict.whitespaceIgnored()).isFalse();
    assertThat(strict.caseIgnored()).isFalse();
    assertThat(strict.rowOrderIgnored()).isFalse();
    assertThat(strict.columnOrderIgnored()).isFalse();
    assertThat(strict.renamed()).isEmpty();
    Equivalences all =
        strict
            .keyedBy("group", "reference")
            .ticks("✓", "1")
            .unticked("", "0")
            .ignoringWhitespace()
            .ignoringCase()
            .ignoringRowOrder()
            .ignoringColumnOrder()
            .renamed("Author", "first_author");
    assertThat(strict).isEqualTo(Equivalences.strict());
    assertThat(all.keyColumns()).containsExactly("group", "reference");
    assertThat(all.ticked()).containsExactly("✓", "1");
    assertThat(all.unticked()).containsExactly("", "0");
    assertThat(all.renamed()).containsEntry("Author", "first_author");
    assertThat(all.whitespaceIgnored() && all.caseIgnored()).isTrue();
    assertThat(all.rowOrderIgnored() && all.columnOrderIgnored()).isTrue();
    assertThat(strict).hasToString("rows keyed by the first column");
    assertThat(all)
        .hasToString(
            "rows keyed by [group, reference]; ticks [✓, 1]; unticked [, 0]; whitespace ignored;"
                + " case ignored; row order ignored; column order ignored;"
                + " \"Author\" renamed \"first_author\"");
  }

  @Test
  void settingsGivenTwiceOrContradicting_areRejected_namingTheEarlierValue() {
    Equivalences keyed = Equivalences.strict().keyedBy("reference");
    assertThatThrownBy(() -> keyed.keyedBy("group"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("row key columns were already set to [reference]");
    assertThatThrownBy(() -> Equivalences.strict().keyedBy())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("row key columns: at least one column must be given");
    assertThatThrownBy(() -> Equivalences.strict().keyedBy("a", "a"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("row key columns must be distinct: [a, a]");
    Equivalences ticks = Equivalences.strict().ticks("✓", "1");
    assertThatThrownBy(() -> ticks.ticks("X"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("ticks were already set to [✓, 1]");
    assertThatThrownBy(() -> ticks.unticked("", "1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unticked spellings: \"1\" already means a tick: [✓, 1]");
    assertThatThrownBy(() -> Equivalences.strict().unticked("0").ticks("0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ticks: \"0\" already means not ticked: [0]");
    assertThatThrownBy(() -> Equivalences.strict().ticks())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ticks: at least one spelling must be given");
    assertThatThrownBy(() -> Equivalences.strict().unticked("", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unticked spellings must be distinct: [, ]");
    Equivalences renamed = Equivalences.strict().renamed("Author", "first_author");
    assertThatThrownBy(() -> renamed.renamed("Author", "author"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("published column \"Author\" was already renamed to \"first_author\"");
    assertThatThrownBy(() -> renamed.renamed("Name", "first_author"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "published column \"Author\" was already renamed to \"first_author\"; \"Name\" cannot"
                + " be too");
  }

  @Test
  void ticksThatMeetUntickedOnceCaseIsIgnored_areRejectedWhenCompared() {
    Table table = Table.of(ImmutableList.of("k"), ImmutableList.of());
    Equivalences clash = Equivalences.strict().ticks("X").unticked("x").ignoringCase();
    assertThatThrownBy(() -> TableComparison.of(table, table, clash))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "\"x\" means both a tick [X] and not ticked [x] once whitespace and case are ignored"
                + " as declared");
  }

  @Test
  void normalized_stripsAndCollapsesWhitespace_andFoldsCase_onlyAsDeclared() {
    String text = " \u00a0Changed\t\n Outlook  ";
    assertThat(Equivalences.strict().normalized(text)).isEqualTo(text);
    assertThat(Equivalences.strict().ignoringWhitespace().normalized(text))
        .isEqualTo("Changed Outlook");
    assertThat(Equivalences.strict().ignoringCase().normalized(text))
        .isEqualTo(" \u00a0changed\t\n outlook  ");
    assertThat(Equivalences.strict().ignoringCase().normalized("STRASSE"))
        .isEqualTo(Equivalences.strict().ignoringCase().normalized("Straße"));
  }

  @Test
  void equivalencesAndDifferences_areValues() {
    new EqualsTester()
        .addEqualityGroup(
            Equivalences.strict().ignoringCase().ignoringCase().keyedBy("k"),
            Equivalences.strict().keyedBy("k").ignoringCase())
        .addEqualityGroup(Equivalences.strict())
        .addEqualityGroup(Equivalences.strict().ticks("1", "✓"))
        .addEqualityGroup(Equivalences.strict().unticked("1", "✓"))
        .addEqualityGroup(Equivalences.strict().ignoringWhitespace())
        .addEqualityGroup(Equivalences.strict().ignoringRowOrder())
        .addEqualityGroup(Equivalences.strict().ignoringColumnOrder())
        .addEqualityGroup(Equivalences.strict().renamed("a", "b"))
        .testEquals();
    ImmutableList<String> key = ImmutableList.of("12");
    new EqualsTester()
        .addEqualityGroup(
            Difference.cell(key, "A", "1", "0", 2, 3), Difference.cell(key, "A", "1", "0", 2, 3))
        .addEqualityGroup(Difference.cell(key, "A", "1", "0", 2, 4))
        .addEqualityGroup(Difference.cell(key, "A", "0", "1", 2, 3))
        .addEqualityGroup(Difference.row(Kind.MISSING_ROW, key, 0, 3))
        .addEqualityGroup(Difference.row(Kind.EXTRA_ROW, key, 3, 0))
        .addEqualityGroup(Difference.column(Kind.MISSING_COLUMN, "A", 0, 2))
        .addEqualityGroup(Difference.column(Kind.EXTRA_COLUMN, "A", 2, 0))
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(Equivalences.class);
    tester.testAllPublicInstanceMethods(Equivalences.strict());
    tester.testAllPublicInstanceMethods(
        Difference.cell(ImmutableList.of("12"), "A", "1", "0", 2, 3));
  }
}
