package org.metaethnography.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.metaethnography.model.Citation;
import org.metaethnography.model.Concept;
import org.metaethnography.model.Extraction;
import org.metaethnography.model.KeyConcept;
import org.metaethnography.model.Paper;
import org.metaethnography.model.Review;
import org.metaethnography.model.SetAside;
import org.metaethnography.model.Stance;
import org.metaethnography.model.Theme;
import org.metaethnography.model.Translation;
import org.metaethnography.model.TranslationKind;

/**
 * The translation table of a hand-made review, in which nothing is in alphabetical or citation
 * order, so that every order the table keeps is visible.
 *
 * <p>Papers in review order 7, 3, 5. Key concepts in review order Burden, Respite, Renewal; theme
 * Coping groups Renewal and Respite (in that order); Burden is in no theme. Raw concepts are
 * defined alphabetically (Break, Fresh start, Juggling, Never enough, Stray, Time off, Unfound).
 * Translations, in this order: Respite from Time off and Break; Burden from Juggling; Respite
 * (refutational) from Never enough; Renewal from Fresh start and Unfound. Stray is set aside.
 * Extractions, in this order: e1 Break in 5; e2 Time off in 7; e3 Juggling in 3; e4 Time off in 3;
 * e5 Never enough in 7; e6 Break in 7; e7 Fresh start in 5; e8 Juggling in 7 (refutes); e9 Stray in
 * 3.
 *
 * <p>Worked by hand. Lines: key concepts in review order; within one, its raw concepts in the order
 * of the translations (Respite: Time off, Break, Never enough; Renewal: Fresh start, Unfound);
 * within one raw concept, its extractions in order:
 *
 * <pre>
 *   -      Burden   Juggling      [3]  e3
 *   -      Burden   Juggling      [7]  e8
 *   Coping Respite  Time off      [7]  e2
 *   Coping Respite  Time off      [3]  e4
 *   Coping Respite  Break         [5]  e1
 *   Coping Respite  Break         [7]  e6
 *   Coping Respite  Never enough  [7]  e5
 *   Coping Renewal  Fresh start   [5]  e7
 * </pre>
 *
 * Unfound is found nowhere and Stray is set aside: neither makes a line. Cells: Respite in 7 is
 * Time off, Break, Never enough (not alphabetical); Respite in 3 is Time off; Respite in 5 is
 * Break; Burden in 3 and in 7 is Juggling, in 5 empty; Renewal in 5 is Fresh start, elsewhere
 * empty. By theme, key concept by key concept in the theme's order (Renewal, then Respite): Coping
 * in 5 is Fresh start, Break; in 7 Time off, Break, Never enough; in 3 Time off.
 */
final class TranslationTableTest {
  private static final KeyConcept BURDEN = Examples.bareKeyConcept("Burden");
  private static final KeyConcept RESPITE = Examples.bareKeyConcept("Respite");
  private static final KeyConcept RENEWAL = Examples.bareKeyConcept("Renewal");
  private static final Theme COPING =
      Theme.builder()
          .name("Coping")
          .definition("Ways of going on")
          .addKeyConcepts("Renewal", "Respite")
          .build();

  private static Extraction found(String concept, int paper) {
    return Extraction.builder().concept(concept).paper(paper).build();
  }

  private static final Extraction E1 = found("Break", 5);
  private static final Extraction E2 = found("Time off", 7);
  private static final Extraction E3 = found("Juggling", 3);
  private static final Extraction E4 = found("Time off", 3);
  private static final Extraction E5 = found("Never enough", 7);
  private static final Extraction E6 = found("Break", 7);
  private static final Extraction E7 = found("Fresh start", 5);
  private static final Extraction E8 =
      Extraction.builder().concept("Juggling").paper(7).stance(Stance.REFUTES).build();
  private static final Extraction E9 = found("Stray", 3);

  private static Review.Builder review() {
    return Review.builder()
        .title("Respite care")
        .addPapers(Examples.bare(7), Examples.bare(3), Examples.bare(5))
        .addKeyConcepts(BURDEN, RESPITE, RENEWAL)
        .addThemes(COPING)
        .addConcepts(
            concept("Break"),
            concept("Fresh start"),
            concept("Juggling"),
            concept("Never enough"),
            concept("Stray"),
            concept("Time off"),
            concept("Unfound"))
        .addTranslations(
            Translation.of("Respite", TranslationKind.RECIPROCAL, "Time off", "Break"),
            Translation.of("Burden", TranslationKind.RECIPROCAL, "Juggling"),
            Translation.of("Respite", TranslationKind.REFUTATIONAL, "Never enough"),
            Translation.of("Renewal", TranslationKind.RECIPROCAL, "Fresh start", "Unfound"))
        .addSetAside(SetAside.of("Stray", "Descriptive"))
        .extractions(java.util.List.of(E1, E2, E3, E4, E5, E6, E7, E8, E9));
  }

  private static Concept concept(String name) {
    return Concept.builder().name(name).definition("Definition of " + name).build();
  }

  private final Review review = review().build();
  private final TranslationTable table = Synthesis.of(review).translationTable();

  private Paper paper(int reference) {
    return review.paper(reference).orElseThrow();
  }

  private static List<String> names(List<Concept> concepts) {
    return concepts.stream().map(Concept::name).toList();
  }

  @Test
  void lines_areKeyConceptsInReviewOrder_conceptsInTranslationOrder_extractionsInOrder() {
    assertThat(table.lines())
        .extracting(
            TranslationTable.Line::theme,
            l -> l.keyConcept().name(),
            l -> l.concept().name(),
            l -> l.paper().citation(),
            TranslationTable.Line::extraction)
        .containsExactly(
            tuple(Optional.empty(), "Burden", "Juggling", Citation.of(3), E3),
            tuple(Optional.empty(), "Burden", "Juggling", Citation.of(7), E8),
            tuple(Optional.of(COPING), "Respite", "Time off", Citation.of(7), E2),
            tuple(Optional.of(COPING), "Respite", "Time off", Citation.of(3), E4),
            tuple(Optional.of(COPING), "Respite", "Break", Citation.of(5), E1),
            tuple(Optional.of(COPING), "Respite", "Break", Citation.of(7), E6),
            tuple(Optional.of(COPING), "Respite", "Never enough", Citation.of(7), E5),
            tuple(Optional.of(COPING), "Renewal", "Fresh start", Citation.of(5), E7));
  }

  @Test
  void lines_carryTheReviewsValues() {
    TranslationTable.Line first = table.lines().get(0);
    assertThat(first.keyConcept()).isEqualTo(BURDEN);
    assertThat(first.concept()).isEqualTo(review.concept("Juggling").orElseThrow());
    assertThat(first.concept().definition()).contains("Definition of Juggling");
    assertThat(first.paper()).isEqualTo(paper(3));
    // The refuting extraction keeps its stance in its line.
    assertThat(table.lines().get(1).extraction().stance()).contains(Stance.REFUTES);
  }

  @Test
  void papers_areTheColumns_inTheReviewsOrder() {
    assertThat(table.papers()).containsExactly(paper(7), paper(3), paper(5));
  }

  @Test
  void cellOfAKeyConcept_holdsThePapersConcepts_inTheReviewsOrder() {
    assertThat(names(table.cell(RESPITE, paper(7))))
        .containsExactly("Time off", "Break", "Never enough");
    assertThat(names(table.cell(RESPITE, paper(3)))).containsExactly("Time off");
    assertThat(names(table.cell(RESPITE, paper(5)))).containsExactly("Break");
    assertThat(names(table.cell(BURDEN, paper(3)))).containsExactly("Juggling");
    assertThat(names(table.cell(BURDEN, paper(7)))).containsExactly("Juggling");
    assertThat(table.cell(BURDEN, paper(5))).isEmpty();
    assertThat(names(table.cell(RENEWAL, paper(5)))).containsExactly("Fresh start");
    assertThat(table.cell(RENEWAL, paper(7))).isEmpty();
    assertThat(table.cell(RENEWAL, paper(3))).isEmpty();
    assertThat(table.cell(RESPITE, paper(7)).get(0))
        .isEqualTo(review.concept("Time off").orElseThrow());
  }

  @Test
  void cellOfATheme_holdsItsKeyConceptsCells_inTheThemesOrder() {
    assertThat(names(table.cell(COPING, paper(5)))).containsExactly("Fresh start", "Break");
    assertThat(names(table.cell(COPING, paper(7))))
        .containsExactly("Time off", "Break", "Never enough");
    assertThat(names(table.cell(COPING, paper(3)))).containsExactly("Time off");
  }

  @Test
  void reviewWithoutExtractions_hasNoLines_andEmptyCells() {
    Review none = review().extractions(List.of()).build();
    TranslationTable empty = Synthesis.of(none).translationTable();
    assertThat(empty.lines()).isEmpty();
    assertThat(empty.papers()).containsExactly(paper(7), paper(3), paper(5));
    assertThat(empty.cell(RESPITE, paper(7))).isEmpty();
    assertThat(empty.cell(COPING, paper(7))).isEmpty();
  }

  @Test
  void reviewWithoutThemes_hasNoThemeInAnyLine() {
    TranslationTable unthemed = Synthesis.of(review().themes(List.of()).build()).translationTable();
    assertThat(unthemed.lines()).hasSize(8).allSatisfy(l -> assertThat(l.theme()).isEmpty());
  }

  @Test
  void tables_areEqualByLinesAndPapers_andRejectNulls() {
    new EqualsTester()
        .addEqualityGroup(table, Synthesis.of(review().build()).translationTable())
        .addEqualityGroup(Synthesis.of(review().themes(List.of()).build()).translationTable())
        .addEqualityGroup(
            Synthesis.of(review().extractions(List.of(E1, E2)).build()).translationTable())
        .testEquals();
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(KeyConcept.class, RESPITE)
            .setDefault(Theme.class, COPING)
            .setDefault(Paper.class, paper(7))
            .setDefault(Review.class, review)
            .setDefault(Concept.class, review.concept("Break").orElseThrow())
            .setDefault(Extraction.class, E1);
    tester.testAllPublicInstanceMethods(table);
    tester.testAllPublicStaticMethods(TranslationTable.class);
    tester.testAllPublicConstructors(TranslationTable.Line.class);
  }
}
