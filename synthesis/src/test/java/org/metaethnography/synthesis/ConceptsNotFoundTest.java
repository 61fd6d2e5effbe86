package org.metaethnography.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.metaethnography.model.Citation;
import org.metaethnography.model.Concept;
import org.metaethnography.model.Extraction;
import org.metaethnography.model.Review;
import org.metaethnography.model.SetAside;
import org.metaethnography.model.Translation;
import org.metaethnography.model.TranslationKind;
import org.metaethnography.synthesis.Finding.Kind;

/**
 * The audit of raw concepts that no extraction finds.
 *
 * <p>Papers 1 and 2; key concept Respite (nothing declared). Raw concepts in review order: Rest,
 * Time off, Stray, Unfound. Respite is translated from Time off, Rest and Unfound; Stray is set
 * aside. Extractions: Time off in 1 and in 2.
 *
 * <p>Worked by hand: Respite rests on two papers and every paper expresses it; nothing is declared,
 * so nothing differs. The audit finds Stray set aside (found nowhere) and, last of all, the raw
 * concepts found in no paper, in the review's order (not the translation's): Rest, Stray, Unfound.
 */
final class ConceptsNotFoundTest {
  private static Extraction found(String concept, int paper) {
    return Extraction.builder().concept(concept).paper(paper).build();
  }

  private static Review.Builder review() {
    return Review.builder()
        .title("Respite care")
        .addPapers(Examples.bare(1), Examples.bare(2))
        .addKeyConcepts(Examples.bareKeyConcept("Respite"))
        .addConcepts(
            Concept.builder().name("Rest").build(),
            Concept.builder().name("Time off").build(),
            Concept.builder().name("Stray").build(),
            Concept.builder().name("Unfound").build())
        .addTranslations(
            Translation.of("Respite", TranslationKind.RECIPROCAL, "Time off", "Rest", "Unfound"))
        .addSetAside(SetAside.of("Stray", "Descriptive"))
        .extractions(java.util.List.of(found("Time off", 1), found("Time off", 2)));
  }

  @Test
  void conceptsFoundInNoPaper_areOneFinding_lastOfAll_inTheReviewsOrder() {
    Audit audit = Synthesis.of(review().build()).audit();
    assertThat(audit.findings())
        .extracting(Finding::kind, Finding::keyConcept, Finding::concepts, Finding::papers)
        .containsExactly(
            tuple(Kind.UNTRANSLATED_CONCEPT, Optional.empty(), List.of("Stray"), List.of()),
            tuple(
                Kind.CONCEPTS_NOT_FOUND,
                Optional.empty(),
                List.of("Rest", "Stray", "Unfound"),
                List.of()));
    Finding notFound = audit.findings(Kind.CONCEPTS_NOT_FOUND).get(0);
    assertThat(notFound.message())
        .isEqualTo("3 raw concepts are found in no paper: Rest, Stray, Unfound");
    assertThat(notFound.concept()).contains("Rest");
    assertThat(notFound.aspect()).isEmpty();
  }

  @Test
  void oneConceptFoundInNoPaper_isNamedInTheSingular() {
    Audit audit =
        Synthesis.of(
                review()
                    .extractions(andFound(review().build(), found("Rest", 1), found("Stray", 2)))
                    .build())
            .audit();
    assertThat(audit.findings(Kind.CONCEPTS_NOT_FOUND))
        .extracting(Finding::concepts, Finding::message)
        .containsExactly(tuple(List.of("Unfound"), "1 raw concept is found in no paper: Unfound"));
    // Stray is now found in 2: it is still set aside, and its finding names the paper.
    assertThat(audit.findings(Kind.UNTRANSLATED_CONCEPT))
        .extracting(f -> (List<Citation>) f.papers())
        .containsExactly(List.of(Citation.of(2)));
    assertThat(audit.findings().get(audit.findings().size() - 1).kind())
        .isEqualTo(Kind.CONCEPTS_NOT_FOUND);
  }

  @Test
  void everyConceptFound_givesNoFinding() {
    Audit audit =
        Synthesis.of(
                review()
                    .extractions(
                        andFound(
                            review().build(),
                            found("Rest", 1),
                            found("Stray", 2),
                            found("Unfound", 2)))
                    .build())
            .audit();
    assertThat(audit.findings(Kind.CONCEPTS_NOT_FOUND)).isEmpty();
  }

  @Test
  void reviewRecordingNoExtraction_givesNoFinding_thoughNoConceptIsFound() {
    Audit audit = Synthesis.of(review().extractions(List.of()).build()).audit();
    assertThat(audit.findings(Kind.CONCEPTS_NOT_FOUND)).isEmpty();
    // By hand: Respite is expressed by no paper, neither paper expresses a key concept, and Stray
    // is set aside.
    assertThat(audit.findings())
        .extracting(Finding::kind, Finding::papers)
        .containsExactly(
            tuple(Kind.NO_PAPER, List.of()),
            tuple(Kind.PAPER_WITHOUT_KEY_CONCEPT, List.of(Citation.of(1))),
            tuple(Kind.PAPER_WITHOUT_KEY_CONCEPT, List.of(Citation.of(2))),
            tuple(Kind.UNTRANSLATED_CONCEPT, List.of()));
  }

  @Test
  void reviewWithoutRawConcepts_givesNoFinding() {
    Review ticks =
        Review.builder()
            .title("Respite care")
            .addPapers(Examples.bare(1))
            .addKeyConcepts(Examples.bareKeyConcept("Respite"))
            .addIncidences(org.metaethnography.model.Incidence.of(1, "Respite"))
            .build();
    assertThat(Synthesis.of(ticks).audit().findings(Kind.CONCEPTS_NOT_FOUND)).isEmpty();
  }

  @Test
  void manyConceptsFoundInNoPaper_listAsManyAsFitInAbout800Characters_andSayHowManyMore() {
    // 200 further raw concepts "Unseen 100" to "Unseen 299", translated into Respite and found
    // nowhere: with Rest, Stray and Unfound, 203 concepts are not found.
    List<String> unseen =
        java.util.stream.IntStream.range(100, 300).mapToObj(i -> "Unseen " + i).toList();
    Review.Builder many = review();
    unseen.forEach(n -> many.addConcepts(Concept.builder().name(n).build()));
    many.translations(
        List.of(
            Translation.of(
                "Respite",
                TranslationKind.RECIPROCAL,
                java.util.stream.Stream.concat(
                        java.util.stream.Stream.of("Time off", "Rest", "Unfound"), unseen.stream())
                    .toList())));
    Finding notFound = Synthesis.of(many.build()).audit().findings(Kind.CONCEPTS_NOT_FOUND).get(0);
    assertThat(notFound.concepts()).hasSize(203);
    // By hand: "Rest, Stray, Unfound" is 20 characters; each Unseen name adds 12 (", " + 10).
    // 20 + 12k <= 800 gives k = 65 Unseen names (800 exactly), so 68 names are listed and 135
    // are counted.
    assertThat(notFound.message())
        .startsWith("203 raw concepts are found in no paper: Rest, Stray, Unfound, Unseen 100, ")
        .endsWith("Unseen 163, Unseen 164, and 135 more")
        .hasSizeLessThan(1000);
  }

  /** {@return the extractions of {@code base} followed by {@code more}} */
  private static java.util.List<Extraction> andFound(Review base, Extraction... more) {
    return com.google.common.collect.ImmutableList.<Extraction>builder()
        .addAll(base.extractions())
        .add(more)
        .build();
  }
}
