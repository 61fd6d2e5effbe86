package org.metaethnography.synthesis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.metaethnography.model.Citation;
import org.metaethnography.model.Concept;
import org.metaethnography.model.Extraction;
import org.metaethnography.model.Incidence;
import org.metaethnography.model.KeyConcept;
import org.metaethnography.model.Paper;
import org.metaethnography.model.Review;
import org.metaethnography.model.Search;
import org.metaethnography.model.StageCounts;
import org.metaethnography.model.Stance;
import org.metaethnography.model.Study;
import org.metaethnography.model.Translation;
import org.metaethnography.model.TranslationKind;

/**
 * A synthesis restricted to some of its papers, on a hand-made review.
 *
 * <p>Papers in review order 5, 2, 7, 3. Key concepts Respite and Renewal. Time off is translated
 * into Respite with index paper [7]; Fresh start into Renewal with index paper [2]. Study Alpha is
 * reported in 2 (main) and 7; study Beta in 3. Extractions: Time off in 5, Time off in 7, Fresh
 * start in 2, Fresh start in 7, Time off in 3. One search included 4 papers.
 *
 * <p>Worked by hand, without paper 7: papers 5, 2, 3; extractions Time off in 5, Fresh start in 2,
 * Time off in 3; Alpha is reported in 2 alone, Beta in 3; Respite's translation names no index
 * paper any more, Renewal's still names [2]; the search stays. The aggregated grid ticks Respite in
 * 3 and 5, Renewal in 2. Without 2 and 7 as well: Alpha has no report left and goes; neither
 * translation names an index paper; Renewal is expressed by no paper.
 */
final class RestrictionTest {
  private static final Citation SEVEN = Citation.of(7);
  private static final Citation TWO = Citation.of(2);
  private static final Search SEARCH = Search.of("Medline", StageCounts.of(100, 20, 10, 4));

  private static Extraction found(String concept, int paper) {
    return Extraction.builder().concept(concept).paper(paper).build();
  }

  private static Review.Builder review() {
    return Review.builder()
        .title("Respite care")
        .addPapers(Examples.bare(5), Examples.bare(2), Examples.bare(7), Examples.bare(3))
        .addKeyConcepts(Examples.bareKeyConcept("Respite"), Examples.bareKeyConcept("Renewal"))
        .addConcepts(
            Concept.builder().name("Time off").build(),
            Concept.builder().name("Fresh start").build())
        .addTranslations(
            Translation.of("Respite", TranslationKind.RECIPROCAL, SEVEN, List.of("Time off")),
            Translation.of("Renewal", TranslationKind.RECIPROCAL, TWO, List.of("Fresh start")))
        .addStudies(Study.of("Alpha", TWO, SEVEN), Study.of("Beta", Citation.of(3)))
        .extractions(
            java.util.List.of(
                found("Time off", 5),
                found("Time off", 7),
                found("Fresh start", 2),
                found("Fresh start", 7),
                found("Time off", 3)))
        .addSearches(SEARCH);
  }

  private final Review review = review().build();
  private final Synthesis synthesis = Synthesis.of(review);

  @Test
  void restriction_dropsThePapersLeftOut_withTheirExtractionsStudyReportsAndIndexPaperRole() {
    Synthesis without7 = synthesis.restrictedTo(p -> !p.citation().equals(SEVEN));
    Review expected =
        Review.builder()
            .from(review)
            .papers(List.of(Examples.bare(5), Examples.bare(2), Examples.bare(3)))
            .extractions(
                List.of(found("Time off", 5), found("Fresh start", 2), found("Time off", 3)))
            .studies(List.of(Study.of("Alpha", TWO), Study.of("Beta", Citation.of(3))))
            .translations(
                List.of(
                    Translation.of("Respite", TranslationKind.RECIPROCAL, "Time off"),
                    Translation.of(
                        "Renewal", TranslationKind.RECIPROCAL, TWO, List.of("Fresh start"))))
            .build();
    assertThat(without7.review()).isEqualTo(expected);
    assertThat(without7).isEqualTo(Synthesis.of(expected));
    assertThat(without7.review().searches()).containsExactly(SEARCH);
    assertThat(without7.flow().total()).isEqualTo(synthesis.flow().total());
    assertThat(without7.grid().citations())
        .containsExactly(Citation.of(2), Citation.of(3), Citation.of(5));
    assertThat(without7.grid().incidences())
        .containsExactly(
            Incidence.of(2, "Renewal"), Incidence.of(3, "Respite"), Incidence.of(5, "Respite"));
    // Study rows: Alpha at 2, Beta at 3, and 5, a study of its own.
    assertThat(without7.studyGrid().citations())
        .containsExactly(Citation.of(2), Citation.of(3), Citation.of(5));
    assertThat(without7.translationTable().papers())
        .extracting(Paper::citation)
        .containsExactly(Citation.of(5), TWO, Citation.of(3));
  }

  @Test
  void restriction_dropsAStudyLeftWithoutReports() {
    Synthesis only5And3 = synthesis.restrictedTo(p -> Set.of(5, 3).contains(number(p)));
    Review restricted = only5And3.review();
    assertThat(restricted.papers()).containsExactly(Examples.bare(5), Examples.bare(3));
    assertThat(restricted.studies()).containsExactly(Study.of("Beta", Citation.of(3)));
    assertThat(restricted.translations())
        .containsExactly(
            Translation.of("Respite", TranslationKind.RECIPROCAL, "Time off"),
            Translation.of("Renewal", TranslationKind.RECIPROCAL, "Fresh start"));
    assertThat(restricted.extractions())
        .containsExactly(found("Time off", 5), found("Time off", 3));
    KeyConcept renewal = restricted.keyConcept("Renewal").orElseThrow();
    assertThat(only5And3.grid().count(renewal)).isZero();
    assertThat(only5And3.grid().keyConcepts()).isEqualTo(synthesis.grid().keyConcepts());
  }

  @Test
  void restriction_dropsTheGridCellsOfThePapersLeftOut_keepingTheStancesOfTheOthers() {
    Synthesis ticked =
        Synthesis.of(
            review()
                .addIncidences(
                    Incidence.of(SEVEN, "Respite"),
                    Incidence.of(2, "Renewal"),
                    Incidence.of(Citation.of(5), "Respite", Stance.REFUTES))
                .build());
    Synthesis without7 = ticked.restrictedTo(p -> !p.citation().equals(SEVEN));
    assertThat(without7.review().incidences())
        .containsExactly(
            Incidence.of(2, "Renewal"), Incidence.of(Citation.of(5), "Respite", Stance.REFUTES));
    KeyConcept respite = without7.review().keyConcept("Respite").orElseThrow();
    assertThat(without7.grid().papersWith(respite))
        .extracting(Paper::citation)
        .containsExactly(Citation.of(5));
    assertThat(without7.grid().stance(without7.review().paper(5).orElseThrow(), respite))
        .contains(Stance.REFUTES);
  }

  @Test
  void restriction_leavingNoTickedPaper_keepsTheReviewsGridAsTheGridOfRecord() {
    // The review ticks only [7] Respite: its own grid is the grid of record, and the raw
    // concepts' support in 2, 3 and 5 is an audit finding, not a tick. Without paper 7 nothing
    // of the grid of record is left: restricting never adds a tick, so no paper expresses
    // anything (rather than the raw concepts' support becoming the grid of record).
    Synthesis ticked = Synthesis.of(review().addIncidences(Incidence.of(SEVEN, "Respite")).build());
    Synthesis without7 = ticked.restrictedTo(p -> !p.citation().equals(SEVEN));
    assertThat(ticked.grid().incidences()).containsExactly(Incidence.of(SEVEN, "Respite"));
    assertThat(without7.grid().incidenceCount()).isZero();
    assertThat(Sensitivity.compare(ticked, without7).changes())
        .extracting(Sensitivity.Change::kind)
        .containsExactly(Sensitivity.Kind.LOSES_SUPPORT);
  }

  @Test
  void restrictionToEveryPaper_isAnEqualSynthesis() {
    Synthesis all = synthesis.restrictedTo(p -> true);
    assertThat(all).isEqualTo(synthesis);
    assertThat(all.review()).isEqualTo(review);
    assertThat(all.grid()).isEqualTo(synthesis.grid());
    assertThat(all.aggregation()).isEqualTo(synthesis.aggregation());
    assertThat(all.translationTable()).isEqualTo(synthesis.translationTable());
  }

  @Test
  void restrictionToNoPaper_leavesTheKeyConceptsWithoutSupport() {
    Synthesis none = synthesis.restrictedTo(p -> false);
    assertThat(none.review().papers()).isEmpty();
    assertThat(none.review().extractions()).isEmpty();
    assertThat(none.review().studies()).isEmpty();
    assertThat(none.review().keyConcepts()).isEqualTo(review.keyConcepts());
    assertThat(none.review().concepts()).isEqualTo(review.concepts());
    assertThat(none.grid().incidenceCount()).isZero();
    assertThat(none.translationTable().lines()).isEmpty();
  }

  private static int number(Paper paper) {
    return paper.citation().number().orElseThrow();
  }
}
