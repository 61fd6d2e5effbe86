package org.metaethnography.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.metaethnography.model.Citation;
import org.metaethnography.model.Concept;
import org.metaethnography.model.Condition;
import org.metaethnography.model.Extraction;
import org.metaethnography.model.Incidence;
import org.metaethnography.model.KeyConcept;
import org.metaethnography.model.Paper;
import org.metaethnography.model.Review;
import org.metaethnography.model.SetAside;
import org.metaethnography.model.Study;
import org.metaethnography.model.Translation;
import org.metaethnography.model.TranslationKind;
import org.metaethnography.synthesis.Finding.Kind;

/**
 * Grids, aggregations and audits of a review that cites papers by author and year (and two by
 * number), written for this test.
 *
 * <p>Papers, in the review's order: "Sav et al. 2013b", [12], "Chalmers and Thompson 1998", "Sav
 * 2012", [3], "Sav et al. 2013a"; nothing is reported of them but their citations. Key concepts
 * Disruption and Adapting. Raw concepts (only names): Juggling and Lost routine into Disruption,
 * Finding a way into Adapting, Stray set aside. Extractions: Juggling in "Sav 2012" and [12], Lost
 * routine in "Sav 2012", Finding a way in "Chalmers and Thompson 1998", Stray in "Sav et al. 2013a"
 * and [3]; no reviewer is named.
 *
 * <p>Worked by hand: rows in citation order are numbers first ([3], [12]), then labels in the order
 * of their text ("Chalmers and Thompson 1998", "Sav 2012" (a space sorts before "e"), "Sav et al.
 * 2013a", "Sav et al. 2013b"). Disruption is expressed by [12] and "Sav 2012", Adapting by
 * "Chalmers and Thompson 1998" alone; [3] and the two Sav et al. papers express nothing.
 */
final class AuthorYearCitationsTest {
  private static final Citation SAV_2013B = Citation.of("Sav et al. 2013b");
  private static final Citation CHALMERS = Citation.of("Chalmers and Thompson 1998");
  private static final Citation SAV_2012 = Citation.of("Sav 2012");
  private static final Citation SAV_2013A = Citation.of("Sav et al. 2013a");
  private static final KeyConcept DISRUPTION = Examples.bareKeyConcept("Disruption");
  private static final KeyConcept ADAPTING = Examples.bareKeyConcept("Adapting");

  private static Extraction found(String concept, Citation paper) {
    return Extraction.builder().concept(concept).paper(paper).build();
  }

  private static Review.Builder review() {
    return Review.builder()
        .title("Living with multimorbidity")
        .addPapers(
            Paper.builder().citation(SAV_2013B).build(),
            Examples.bare(12),
            Paper.builder().citation(CHALMERS).build(),
            Paper.builder().citation(SAV_2012).build(),
            Examples.bare(3),
            Paper.builder().citation(SAV_2013A).build())
        .addKeyConcepts(DISRUPTION, ADAPTING)
        .addConcepts(
            Concept.builder().name("Juggling").build(),
            Concept.builder().name("Lost routine").build(),
            Concept.builder().name("Finding a way").build(),
            Concept.builder().name("Stray").build())
        .extractions(
            java.util.List.of(
                found("Juggling", SAV_2012),
                found("Juggling", Citation.of(12)),
                found("Lost routine", SAV_2012),
                found("Finding a way", CHALMERS),
                found("Stray", SAV_2013A),
                found("Stray", Citation.of(3))))
        .addTranslations(
            Translation.of("Disruption", TranslationKind.RECIPROCAL, "Juggling", "Lost routine"),
            Translation.of("Adapting", TranslationKind.RECIPROCAL, "Finding a way"))
        .addSetAside(SetAside.of("Stray", "Descriptive"));
  }

  private final Review review = review().build();
  private final Synthesis synthesis = Synthesis.of(review);

  private Paper paper(Citation citation) {
    return review.paper(citation).orElseThrow();
  }

  @Test
  void rows_areNumbersFirst_thenLabelsInTheOrderOfTheirText() {
    List<Citation> canonical =
        List.of(Citation.of(3), Citation.of(12), CHALMERS, SAV_2012, SAV_2013A, SAV_2013B);
    assertThat(synthesis.grid().papers())
        .extracting(Paper::citation)
        .containsExactlyElementsOf(canonical);
    assertThat(synthesis.grid().citations()).containsExactlyElementsOf(canonical);
    assertThat(synthesis.aggregation().papers())
        .extracting(Paper::citation)
        .containsExactlyElementsOf(canonical);
    assertThat(ConceptGrid.of(review).citations()).containsExactlyElementsOf(canonical);
  }

  @Test
  void aggregatedGrid_ticksLabelledPapers() {
    ConceptGrid grid = synthesis.grid();
    assertThat(grid).isEqualTo(synthesis.aggregation().grid());
    assertThat(grid.papersWith(DISRUPTION))
        .extracting(Paper::citation)
        .containsExactly(Citation.of(12), SAV_2012);
    assertThat(grid.papersWith(ADAPTING)).extracting(Paper::citation).containsExactly(CHALMERS);
    assertThat(grid.contains(paper(SAV_2012), DISRUPTION)).isTrue();
    assertThat(grid.contains(paper(SAV_2012), ADAPTING)).isFalse();
    assertThat(grid.keyConceptsOf(paper(SAV_2013A))).isEmpty();
    assertThat(grid.counts()).containsExactly(Map.entry(DISRUPTION, 2), Map.entry(ADAPTING, 1));
    assertThat(grid.incidences())
        .containsExactly(
            Incidence.of(12, "Disruption"),
            Incidence.of(CHALMERS, "Adapting"),
            Incidence.of(SAV_2012, "Disruption"));
    assertThat(grid.paper(SAV_2012)).contains(paper(SAV_2012));
    assertThat(grid.paper(Citation.of("Sav 2013"))).isEmpty();
  }

  @Test
  void aggregation_keepsTheSupportOfLabelledCells() {
    Support cell = synthesis.aggregation().support(paper(SAV_2012), DISRUPTION).orElseThrow();
    assertThat(cell.concepts()).containsExactly("Juggling", "Lost routine");
    assertThat(cell.orders()).isEmpty();
    assertThat(cell.reviewers()).isEmpty();
    assertThat(synthesis.support(SAV_2012, "Disruption")).contains(cell);
    assertThat(synthesis.support(Citation.of("Sav 2013"), "Disruption")).isEmpty();
    assertThat(synthesis.support(SAV_2013A, "Disruption")).isEmpty();
    assertThat(synthesis.aggregation().supports().keySet())
        .containsExactly(
            Incidence.of(12, "Disruption"),
            Incidence.of(CHALMERS, "Adapting"),
            Incidence.of(SAV_2012, "Disruption"));
  }

  @Test
  void aggregations_ofLabelledHalves_merge() {
    Review left =
        review()
            .papers(List.of(paper(SAV_2013B), paper(SAV_2012), paper(Citation.of(3))))
            .extractions(
                List.of(
                    found("Juggling", SAV_2012),
                    found("Lost routine", SAV_2012),
                    found("Stray", Citation.of(3))))
            .build();
    Review right =
        review()
            .papers(List.of(paper(Citation.of(12)), paper(CHALMERS), paper(SAV_2013A)))
            .extractions(
                List.of(
                    found("Juggling", Citation.of(12)),
                    found("Finding a way", CHALMERS),
                    found("Stray", SAV_2013A)))
            .build();
    assertThat(Aggregation.of(right).merge(Aggregation.of(left)))
        .isEqualTo(synthesis.aggregation());
    assertThat(ConceptGrid.of(left).merge(ConceptGrid.of(right))).isEqualTo(ConceptGrid.of(review));
  }

  @Test
  void audit_namesLabelledPapers_quotedInMessages_andTypedInFields() {
    Audit audit = synthesis.audit();
    assertThat(audit.findings(Kind.SINGLE_PAPER))
        .extracting(Finding::keyConcept, Finding::papers, Finding::message)
        .containsExactly(
            tuple(
                Optional.of("Adapting"),
                List.of(CHALMERS),
                "key concept \"Adapting\" rests on a single paper, [\"Chalmers and Thompson"
                    + " 1998\"]"));
    assertThat(audit.findings(Kind.PAPER_WITHOUT_KEY_CONCEPT))
        .extracting(f -> (List<Citation>) f.papers())
        .containsExactlyInAnyOrder(List.of(Citation.of(3)), List.of(SAV_2013A), List.of(SAV_2013B));
    // Stray was found in "Sav et al. 2013a" and then in [3]; papers are in citation order.
    assertThat(audit.findings(Kind.UNTRANSLATED_CONCEPT))
        .extracting(Finding::concept, Finding::papers)
        .containsExactly(tuple(Optional.of("Stray"), List.of(Citation.of(3), SAV_2013A)));
  }

  @Test
  void audit_listsNumberedAndLabelledPapersTogether() {
    // The review ticks only Chalmers and Thompson's Adapting: Disruption's raw support in [12]
    // and "Sav 2012" is not in the grid of record, and no paper expresses Disruption there.
    Synthesis ticked =
        Synthesis.of(review().addIncidences(Incidence.of(CHALMERS, "Adapting")).build());
    assertThat(ticked.audit().findings(Kind.RAW_SUPPORT_NOT_IN_GRID))
        .extracting(Finding::keyConcept, Finding::papers, Finding::message)
        .containsExactly(
            tuple(
                Optional.of("Disruption"),
                List.of(Citation.of(12), SAV_2012),
                "raw concepts of key concept \"Disruption\" were found in papers [12, \"Sav"
                    + " 2012\"], which the key concept grid does not tick"));
    assertThat(ticked.audit().findings(Kind.NO_PAPER))
        .extracting(Finding::message)
        .containsExactly("key concept \"Disruption\" is expressed by no paper");
  }

  @Test
  void studyOfLabelledReports_isOneRow_atItsMainReport() {
    // Sav's study: "Sav et al. 2013b" (main) and "Sav 2012", which expresses Disruption.
    Synthesis studied =
        Synthesis.of(review().addStudies(Study.of("Sav study", SAV_2013B, SAV_2012)).build());
    ConceptGrid studies = studied.studyGrid();
    assertThat(studies.citations())
        .containsExactly(Citation.of(3), Citation.of(12), CHALMERS, SAV_2013A, SAV_2013B);
    assertThat(studies.keyConceptsOf(paper(SAV_2013B))).containsExactly(DISRUPTION);
    assertThat(studies.counts()).containsExactly(Map.entry(DISRUPTION, 2), Map.entry(ADAPTING, 1));
    // "Sav et al. 2013b" is no longer a paper without key concept: its study expresses one.
    assertThat(studied.audit().findings(Kind.PAPER_WITHOUT_KEY_CONCEPT))
        .extracting(f -> (List<Citation>) f.papers())
        .containsExactlyInAnyOrder(List.of(Citation.of(3)), List.of(SAV_2013A));
  }

  @Test
  void groupingLabelledPapers_keepsTheReviewsOrder() {
    // Nothing but citations is reported: every paper is in the group of no condition.
    PaperGroups<Optional<Condition>> groups = synthesis.papersBy(Paper::condition);
    assertThat(groups.keys()).containsExactly(Optional.empty());
    assertThat(groups.papers())
        .extracting(Paper::citation)
        .containsExactly(SAV_2013B, Citation.of(12), CHALMERS, SAV_2012, Citation.of(3), SAV_2013A);
    assertThat(synthesis.papersByFormatAndPerspective().keySet()).containsExactly(Optional.empty());
    assertThat(synthesis.papersByFormatAndPerspective().get(Optional.empty()).keys())
        .containsExactly(Optional.empty());
  }
}
