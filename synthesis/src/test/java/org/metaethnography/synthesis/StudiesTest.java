package org.metaethnography.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.metaethnography.model.Citation;
import org.metaethnography.model.Incidence;
import org.metaethnography.model.KeyConcept;
import org.metaethnography.model.Paper;
import org.metaethnography.model.Review;
import org.metaethnography.model.Study;
import org.metaethnography.synthesis.Finding.Kind;

/**
 * Studies reported in several papers: the grid by study, and the audit of papers that ground
 * nothing.
 */
final class StudiesTest {
  private static final KeyConcept BELONGING = Examples.bareKeyConcept("Belonging");
  private static final KeyConcept RESPITE = Examples.bareKeyConcept("Respite");

  private static List<Citation> cited(int... references) {
    return java.util.Arrays.stream(references)
        .mapToObj(Citation::of)
        .collect(java.util.stream.Collectors.toList());
  }

  private static Review.Builder review(int... references) {
    Review.Builder review =
        Review.builder().title("Peer support").addKeyConcepts(BELONGING, RESPITE);
    for (int reference : references) {
      review.addPapers(Examples.bare(reference));
    }
    return review;
  }

  /**
   * Papers in the review's order 12, 3, 8, 5; the PEER trial is reported in 8 (main report) and 3.
   * Ticks: [3] Belonging, [3] Respite, [8] Belonging, [5] Belonging.
   *
   * <p>By hand: the grid by paper has rows 3, 5, 8, 12, Belonging in 3 papers and Respite in 1. By
   * study, 3 is folded into the row of 8, its main report: rows 5, 8, 12; row 8 expresses Belonging
   * (its own and 3's) and Respite (3's); Belonging is in 2 studies, Respite in 1.
   */
  private final Review peer =
      review(12, 3, 8, 5)
          .addStudies(Study.of("PEER trial", Citation.of(8), Citation.of(3)))
          .addIncidences(
              Incidence.of(3, "Belonging"),
              Incidence.of(3, "Respite"),
              Incidence.of(8, "Belonging"),
              Incidence.of(5, "Belonging"))
          .build();

  @Test
  void studyGrid_hasARowPerStudy_atItsMainReport() {
    Synthesis synthesis = Synthesis.of(peer);
    assertThat(synthesis.grid().citations()).containsExactlyElementsOf(cited(3, 5, 8, 12));
    assertThat(synthesis.grid().counts())
        .containsExactly(Map.entry(BELONGING, 3), Map.entry(RESPITE, 1));
    ConceptGrid studies = synthesis.studyGrid();
    assertThat(studies.papers())
        .extracting(Paper::citation)
        .containsExactlyElementsOf(cited(5, 8, 12));
    assertThat(studies.papers())
        .containsExactly(Examples.bare(5), Examples.bare(8), Examples.bare(12));
    assertThat(studies.keyConcepts()).containsExactly(BELONGING, RESPITE);
  }

  @Test
  void studyGrid_ticksAStudyWhereAnyOfItsReportsIsTicked() {
    ConceptGrid studies = Synthesis.of(peer).studyGrid();
    assertThat(studies.keyConceptsOf(Examples.bare(8))).containsExactly(BELONGING, RESPITE);
    assertThat(studies.keyConceptsOf(Examples.bare(5))).containsExactly(BELONGING);
    assertThat(studies.keyConceptsOf(Examples.bare(12))).isEmpty();
    assertThat(studies.counts()).containsExactly(Map.entry(BELONGING, 2), Map.entry(RESPITE, 1));
    assertThat(studies.incidenceCount()).isEqualTo(3);
    assertThat(studies.incidences())
        .containsExactly(
            Incidence.of(5, "Belonging"), Incidence.of(8, "Belonging"), Incidence.of(8, "Respite"));
    assertThat(studies.paper(Citation.of(3))).isEmpty();
  }

  @Test
  void studyGrid_ofAReviewWithoutStudies_isTheGrid() {
    Review review =
        review(12, 3, 8, 5)
            .addIncidences(Incidence.of(3, "Belonging"), Incidence.of(5, "Respite"))
            .build();
    Synthesis synthesis = Synthesis.of(review);
    assertThat(synthesis.studyGrid()).isEqualTo(synthesis.grid());
  }

  /**
   * Papers 3, 5, 8, 12, 20, 21, 30. Studies: PEER trial (8 main, 3), Carer study (12 main, 5),
   * Quiet study (21 main, 20). Ticks: [8] Belonging, [5] Respite.
   *
   * <p>By hand: PEER trial is grounded by its main report, so its silent associated report 3 is not
   * reported; Carer study is grounded by its associated report 5, so its silent main report 12 is
   * not reported either; none of Quiet study's reports expresses a key concept, so it is reported
   * once, with both reports (20, 21); paper 30, in no study, is reported on its own.
   */
  private final Review silent =
      review(3, 5, 8, 12, 20, 21, 30)
          .addStudies(
              Study.of("PEER trial", Citation.of(8), Citation.of(3)),
              Study.of("Carer study", Citation.of(12), Citation.of(5)),
              Study.of("Quiet study", Citation.of(21), Citation.of(20)))
          .addIncidences(Incidence.of(8, "Belonging"), Incidence.of(5, "Respite"))
          .build();

  @Test
  void audit_judgesAStudysReportsTogether() {
    assertThat(Synthesis.of(silent).audit().findings(Kind.PAPER_WITHOUT_KEY_CONCEPT))
        .extracting(Finding::keyConcept, Finding::concept, Finding::papers)
        .containsExactlyInAnyOrder(
            tuple(Optional.empty(), Optional.empty(), cited(20, 21)),
            tuple(Optional.empty(), Optional.empty(), cited(30)));
  }

  @Test
  void audit_reportsAStudyNoReportOfWhichExpressesAKeyConcept_onceWithAllItsReports() {
    assertThat(Synthesis.of(silent).audit().findings(Kind.PAPER_WITHOUT_KEY_CONCEPT))
        .filteredOn(f -> f.papers().size() > 1)
        .extracting(Finding::message)
        .containsExactly("study \"Quiet study\" (papers [20, 21]) expresses no key concept");
  }

  @Test
  void audit_doesNotReportAnAssociatedReport_whoseMainReportExpressesAKeyConcept() {
    // Only the PEER trial, grounded by its main report 8; its report 3 expresses nothing.
    Review review =
        review(3, 8)
            .addStudies(Study.of("PEER trial", Citation.of(8), Citation.of(3)))
            .addIncidences(Incidence.of(8, "Belonging"), Incidence.of(8, "Respite"))
            .build();
    assertThat(Synthesis.of(review).audit().findings(Kind.PAPER_WITHOUT_KEY_CONCEPT)).isEmpty();
    // Without the study, paper 3 is a study of its own and is reported.
    Review unstudied =
        review(3, 8)
            .addIncidences(Incidence.of(8, "Belonging"), Incidence.of(8, "Respite"))
            .build();
    assertThat(Synthesis.of(unstudied).audit().findings(Kind.PAPER_WITHOUT_KEY_CONCEPT))
        .extracting(f -> (List<Citation>) f.papers())
        .containsExactly(cited(3));
  }

  @Test
  void studyGrid_ofSilentStudies_keepsTheirMainReportsAsEmptyRows() {
    // Rows: 8 (PEER trial), 12 (Carer study, ticked through 5), 21 (Quiet study), 30.
    ConceptGrid studies = Synthesis.of(silent).studyGrid();
    assertThat(studies.citations()).containsExactlyElementsOf(cited(8, 12, 21, 30));
    assertThat(studies.keyConceptsOf(Examples.bare(12))).containsExactly(RESPITE);
    assertThat(studies.keyConceptsOf(Examples.bare(21))).isEmpty();
    assertThat(studies.counts()).containsExactly(Map.entry(BELONGING, 1), Map.entry(RESPITE, 1));
  }
}
