package org.metaethnography.core.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.metaethnography.core.MetaEthnography;
import org.metaethnography.model.Appraisal;
import org.metaethnography.model.Citation;
import org.metaethnography.model.Paper;
import org.metaethnography.model.Stance;
import org.metaethnography.model.TranslationKind;
import org.metaethnography.synthesis.Sensitivity;
import org.metaethnography.synthesis.Synthesis;

/**
 * Appraisals, multi-valued attributes, stances and a sensitivity analysis in the tables, on small
 * reviews of returning to work with a fatigue illness written for this test. Every cell was worked
 * out by hand from the descriptions below.
 */
final class AppraisalAndStanceTablesTest {
  /**
   * Papers in review order:
   *
   * <ul>
   *   <li>1 (Ng, 2015; Workers; countries UK and Norway; CASP 9/10, key paper): Pacing, Stigma;
   *   <li>2 (Kim, 2018; Managers; UK; CASP 6-7/10, satisfactory): Support, Stigma;
   *   <li>3 (Berg, 2018; Workers and Carers; no country; 3/10, fatally flawed, with a note):
   *       Pacing, Disclosure, Support;
   *   <li>4 (Lund, no year; Managers; Norway; a note only): Support.
   * </ul>
   *
   * Dropping the fatally flawed paper 3: Pacing (1, 3) comes to rest on paper 1 and loses Carers
   * (paper 1 voices Workers only); Disclosure (3) loses its only support; Support (2, 3, 4) keeps
   * two papers, both of Managers, so loses Workers and Carers; Stigma (1, 2) is unchanged.
   */
  private final Synthesis appraised =
      MetaEthnography.review("Returning to work")
          .stakeholders("Workers", "Managers", "Carers")
          .paper(
              1,
              p ->
                  p.by("Ng L")
                      .year(2015)
                      .perspective("Workers")
                      .attribute("country", "UK", "Norway")
                      .appraisal(a -> a.tool("CASP").score(9, 10).category("key paper")))
          .paper(
              2,
              p ->
                  p.by("Kim H")
                      .year(2018)
                      .perspective("Managers")
                      .attribute("country", "UK")
                      .appraisal(
                          a -> a.tool("CASP").scoreBetween(6, 7, 10).category("satisfactory")))
          .paper(
              3,
              p ->
                  p.by("Berg A")
                      .year(2018)
                      .perspective("Workers", "Carers")
                      .appraisal(
                          a -> a.score(3, 10).category("fatally flawed").note("No analysis shown")))
          .paper(
              4,
              p ->
                  p.by("Lund E")
                      .perspective("Managers")
                      .attribute("country", "Norway")
                      .appraisal(a -> a.note("Not scored")))
          .keyConcept("Pacing", k -> {})
          .keyConcept("Disclosure", k -> {})
          .keyConcept("Support", k -> {})
          .keyConcept("Stigma", k -> {})
          .grid(1, "Pacing", "Stigma")
          .grid(2, "Support", "Stigma")
          .grid(3, "Pacing", "Disclosure", "Support")
          .grid(4, "Support")
          .synthesize();

  @Test
  void includedPapers_showAppraisalScoreAndCategory_andEveryValueOfAnAttribute() {
    PaperColumns columns =
        PaperColumns.none()
            .citation("Ref")
            .attribute("Country", "country")
            .appraisalScore("Score")
            .appraisalCategory("Category")
            .perspective("Participants");
    assertThat(ReviewTables.includedPapers(appraised, columns).toCsv())
        .isEqualTo(
            "Ref,Country,Score,Category,Participants\n"
                + "1,UK; Norway,9/10,key paper,Workers\n"
                + "2,UK,6-7/10,satisfactory,Managers\n"
                + "3,,3/10,fatally flawed,Workers and carers\n"
                + "4,Norway,,,Managers\n");
  }

  @Test
  void sensitivity_listsEachKeyConceptsChanges_inTheReviewsOrder() {
    Synthesis withoutFlawed =
        appraised.restrictedTo(
            p -> !p.appraisal().flatMap(Appraisal::category).equals(Optional.of("fatally flawed")));
    assertThat(ReviewTables.sensitivity(Sensitivity.compare(appraised, withoutFlawed)).toCsv())
        .isEqualTo(
            "change,key_concept,papers_before,papers_after,stakeholders_lost\n"
                + "loses stakeholder group,Pacing,2,1,Carers\n"
                + "comes to rest on a single paper,Pacing,2,1,\n"
                + "loses support,Disclosure,1,0,\n"
                + "loses stakeholder group,Support,3,2,Workers; Carers\n");
  }

  @Test
  void sensitivity_ofARestrictionToEveryPaper_hasNoRow() {
    assertThat(
            ReviewTables.sensitivity(
                    Sensitivity.compare(appraised, appraised.restrictedTo(p -> true)))
                .toCsv())
        .isEqualTo("change,key_concept,papers_before,papers_after,stakeholders_lost\n");
  }

  @Test
  void conceptGrid_groupedByYear_writesTheYear_andAnEmptyCellWhereThereIsNone() {
    // Review order 1 (2015), 2 (2018), 3 (2018), 4 (no year): groups 2015, 2018, then none.
    GridLayout layout = GridLayout.standard().groupedBy("year", Paper::year);
    assertThat(ReviewTables.conceptGrid(appraised, layout).toCsv())
        .isEqualTo(
            "year,reference,first_author,Pacing,Disclosure,Support,Stigma\n"
                + "2015,1,Ng,1,0,0,1\n"
                + "2018,2,Kim,0,0,1,1\n"
                + "2018,3,Berg,1,1,1,0\n"
                + ",4,Lund,0,0,1,0\n"
                + "Total,,,2,1,3,2\n");
  }

  @Test
  void conceptGrid_groupedByEach_listsAPaperUnderEachOfItsValues_andCountsItOnce() {
    // Countries: 1 UK and Norway, 2 UK, 3 none, 4 Norway. Groups in the order of their first paper:
    // paper 1 opens UK then Norway, paper 3 opens the empty group. So UK (1, 2), Norway (1, 4),
    // then the empty group (3). The totals count paper 1 once: Pacing 1 and 3, Stigma 1 and 2.
    GridLayout layout = GridLayout.standard().groupedByEach("country", p -> p.attribute("country"));
    assertThat(ReviewTables.conceptGrid(appraised, layout).toCsv())
        .isEqualTo(
            "country,reference,first_author,Pacing,Disclosure,Support,Stigma\n"
                + "UK,1,Ng,1,0,0,1\n"
                + "UK,2,Kim,0,0,1,1\n"
                + "Norway,1,Ng,1,0,0,1\n"
                + "Norway,4,Lund,0,0,1,0\n"
                + ",3,Berg,1,1,1,0\n"
                + "Total,,,2,1,3,2\n");
    // groupedBy keeps each paper in one group, of its values joined.
    assertThat(
            ReviewTables.conceptGrid(
                    appraised,
                    GridLayout.standard().groupedBy("country", p -> p.attribute("country")))
                .toCsv())
        .startsWith(
            "country,reference,first_author,Pacing,Disclosure,Support,Stigma\n"
                + "UK; Norway,1,Ng,1,0,0,1\n"
                + "UK,2,Kim,0,0,1,1\n"
                + ",3,Berg,1,1,1,0\n"
                + "Norway,4,Lund,0,0,1,0\n");
  }

  @Test
  void conceptGrid_groupedByEach_refusesANullValue_namingThePaper() {
    GridLayout nulls =
        GridLayout.standard()
            .groupedByEach(
                "country",
                p -> p.citation().equals(Citation.of(2)) ? Arrays.asList("UK", null) : List.of());
    assertThatThrownBy(() -> ReviewTables.conceptGrid(appraised, nulls))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("null value for paper")
        .hasMessageContaining("2");
  }

  /**
   * Papers 1 (Ng), 2 (Kim), 3 (Berg). Grid: 1 ticks Pacing without a stance and Disclosure as
   * supporting; 2 partly supports Pacing; 3 refutes both.
   */
  private final Synthesis stances =
      MetaEthnography.review("Stances")
          .paper(1, p -> p.by("Ng L"))
          .paper(2, p -> p.by("Kim H"))
          .paper(3, p -> p.by("Berg A"))
          .keyConcept("Pacing", k -> {})
          .keyConcept("Disclosure", k -> {})
          .grid(1, "Pacing")
          .grid(1, Stance.SUPPORTS, "Disclosure")
          .grid(2, Stance.PARTLY_SUPPORTS, "Pacing")
          .grid(3, Stance.REFUTES, "Pacing", "Disclosure")
          .synthesize();

  @Test
  void conceptGrid_standardMarks_tickEveryStance_andTheTotalsCountThemAll() {
    assertThat(ReviewTables.conceptGrid(stances, GridLayout.standard()).toCsv())
        .isEqualTo(
            "reference,first_author,Pacing,Disclosure\n"
                + "1,Ng,1,1\n"
                + "2,Kim,1,0\n"
                + "3,Berg,1,1\n"
                + "Total,,3,2\n");
  }

  @Test
  void conceptGrid_stanceMarks_writeEachCellsStance_aTickWithoutOneSupporting() {
    GridLayout layout = GridLayout.standard().stanceMarks("✓", "(✓)", "✗");
    assertThat(ReviewTables.conceptGrid(stances, layout).toCsv())
        .isEqualTo(
            "reference,first_author,Pacing,Disclosure\n"
                + "1,Ng,✓,✓\n"
                + "2,Kim,(✓),0\n"
                + "3,Berg,✗,✗\n"
                + "Total,,3,2\n");
  }

  @Test
  void conceptGrid_stanceMarks_keepTheEmptyMarkSetBeforeOrAfter() {
    String expected =
        "reference,first_author,Pacing,Disclosure\n"
            + "1,Ng,+,+\n"
            + "2,Kim,~,\n"
            + "3,Berg,-,-\n"
            + "Total,,3,2\n";
    assertThat(
            ReviewTables.conceptGrid(
                    stances, GridLayout.standard().marks("x", "").stanceMarks("+", "~", "-"))
                .toCsv())
        .isEqualTo(expected);
    assertThat(
            ReviewTables.conceptGrid(
                    stances, GridLayout.standard().stanceMarks("+", "~", "-").marks("x", ""))
                .toCsv())
        .isEqualTo(expected);
  }

  @Test
  void conceptGrid_counting_totalsOnlyTheStancesCounted_andSaysWhichItCounts() {
    GridLayout supporting =
        GridLayout.standard()
            .stanceMarks("✓", "(✓)", "✗")
            .counting(Stance.SUPPORTS, Stance.PARTLY_SUPPORTS);
    assertThat(ReviewTables.conceptGrid(stances, supporting).toCsv())
        .isEqualTo(
            "reference,first_author,Pacing,Disclosure\n"
                + "1,Ng,✓,✓\n"
                + "2,Kim,(✓),0\n"
                + "3,Berg,✗,✗\n"
                + "Total (supports or partly supports),,2,1\n");
    GridLayout refuting = GridLayout.standard().counting(Stance.REFUTES);
    assertThat(ReviewTables.conceptGrid(stances, refuting).toCsv())
        .isEqualTo(
            "reference,first_author,Pacing,Disclosure\n"
                + "1,Ng,1,1\n"
                + "2,Kim,1,0\n"
                + "3,Berg,1,1\n"
                + "Total (refutes),,1,1\n");
  }

  @Test
  void conceptGrid_ofRawConcepts_marksTheStanceTheirExtractionsCombineTo() {
    // The review ticks no cell: its grid is the one the extractions give. Paper 1 finds
    // "Rationing" (refutes) and "Energy budget" (no stance, so supports) for Pacing: partly
    // supports. Paper 2 finds "Rationing" refuting only: refutes. Paper 3 finds "Energy budget"
    // supporting: supports.
    Synthesis derived =
        MetaEthnography.review("Derived stances")
            .paper(1, p -> p.by("Ng L"))
            .paper(2, p -> p.by("Kim H"))
            .paper(3, p -> p.by("Berg A"))
            .keyConcept("Pacing", k -> {})
            .concept("Rationing", c -> {})
            .concept("Energy budget", c -> {})
            .translate("Pacing", TranslationKind.RECIPROCAL, "Rationing", "Energy budget")
            .found("Rationing", 1, e -> e.refutes())
            .found("Energy budget", 1)
            .found("Rationing", 2, e -> e.refutes())
            .found("Energy budget", 3, e -> e.supports())
            .synthesize();
    GridLayout layout =
        GridLayout.standard().stanceMarks("✓", "(✓)", "✗").counting(Stance.SUPPORTS);
    assertThat(ReviewTables.conceptGrid(derived, layout).toCsv())
        .isEqualTo(
            "reference,first_author,Pacing\n"
                + "1,Ng,(✓)\n"
                + "2,Kim,✗\n"
                + "3,Berg,✓\n"
                + "Total (supports),,1\n");
  }

  @Test
  void conceptGrid_byStudy_marksAStudyWhoseReportsDisagree_asPartlySupporting() {
    // Study "Trial" is reported in 1 (main report; supports Pacing and Disclosure) and 3 (refutes
    // both): a study whose reports take different stances partly supports, as a cell whose raw
    // concepts do. Paper 2 is a study of its own.
    Synthesis studies =
        MetaEthnography.review("Stances by study")
            .paper(1, p -> p.by("Ng L"))
            .paper(2, p -> p.by("Kim H"))
            .paper(3, p -> p.by("Berg A"))
            .study("Trial", 1, 3)
            .keyConcept("Pacing", k -> {})
            .keyConcept("Disclosure", k -> {})
            .grid(1, "Pacing")
            .grid(1, Stance.SUPPORTS, "Disclosure")
            .grid(2, Stance.PARTLY_SUPPORTS, "Pacing")
            .grid(3, Stance.REFUTES, "Pacing", "Disclosure")
            .synthesize();
    GridLayout layout = GridLayout.standard().byStudy().stanceMarks("✓", "(✓)", "✗");
    assertThat(ReviewTables.conceptGrid(studies, layout).toCsv())
        .isEqualTo(
            "study,reference,first_author,Pacing,Disclosure\n"
                + "Trial,1,Ng,(✓),(✓)\n"
                + "2,2,Kim,(✓),0\n"
                + "Total,,,2,1\n");
    assertThat(ReviewTables.conceptGrid(studies, layout.counting(Stance.REFUTES)).toCsv())
        .endsWith("Total (refutes),,,0,0\n");
  }
}
