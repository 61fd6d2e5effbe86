package org.metaethnography.core.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.Iterables;
import com.google.common.testing.NullPointerTester;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.metaethnography.core.MetaEthnography;
import org.metaethnography.core.PaperSpec;
import org.metaethnography.model.Citation;
import org.metaethnography.model.Paper;
import org.metaethnography.model.Review;
import org.metaethnography.model.Stance;
import org.metaethnography.synthesis.Audit;
import org.metaethnography.synthesis.ConceptGrid;
import org.metaethnography.synthesis.CrossTab;
import org.metaethnography.synthesis.Dimension;
import org.metaethnography.synthesis.Distributions;
import org.metaethnography.synthesis.Sensitivity;
import org.metaethnography.synthesis.Synthesis;

/**
 * The published tables on small reviews written for this test (support for stroke survivors and
 * their carers, cited by number; living with aphasia, cited by author and year); every expected
 * cell was worked out by hand from the descriptions below.
 */
final class ReviewTablesTest {
  /**
   * Papers in review order 7, 3, 9, 4. Grid: 7 Hope; 9 Hope and Burden; 4 Burden; 3 nothing.
   * Conditions: 7 stroke, 3 aphasia, 9 stroke, 4 stroke.
   */
  private final Synthesis synthesis =
      MetaEthnography.review("Stroke support")
          .stakeholders("Survivors", "Carers")
          .phases("early", "late")
          .search("Stroke", 500, 40, 6, 3)
          .search("Aphasia", 120, 10, 2, 1)
          .exclusion("Thin data", 3)
          .exclusion("Duplicate", 1)
          .paper(7, p -> paper(p, "Ng L", "stroke", "group").perspective("Survivors"))
          .paper(3, p -> paper(p, "Ortiz M", "aphasia", "online").perspective("Carers"))
          .paper(9, p -> paper(p, "Berg A", "stroke", "online").perspective("Survivors", "Carers"))
          .paper(4, p -> paper(p, "Kim H", "stroke", "group").perspective("Carers"))
          .keyConcept("Hope", k -> k.definedAs("Expecting recovery").phase("early").concerns("Survivors"))
          .keyConcept("Burden", k -> k.definedAs("The weight of care").phase("late").concerns("Carers"))
          .grid(7, "Hope")
          .grid(9, "Hope", "Burden")
          .grid(4, "Burden")
          .synthesize();

  /**
   * Papers cited by author and year, in review order "Sav et al. 2013", "Chalmers and Thompson
   * 1998", "Sav 2012" (canonical order: Chalmers, Sav 2012, Sav et al. 2013, since '2' sorts
   * before 'e'). Grid: Sav et al. 2013 Hope and Burden; Sav 2012 Burden. One study, "Aphasia
   * study", reported in Sav 2012 (main report) and Sav et al. 2013.
   */
  private final Synthesis authorYear =
      MetaEthnography.review("Living with aphasia")
          .stakeholders("Survivors", "Carers")
          .paper(
              "Sav et al. 2013",
              p ->
                  p.by("Sav A", "Kendall E")
                      .etAl()
                      .year(2013)
                      .perspective("Survivors", "Carers")
                      .attribute("country", "Australia"))
          .paper(
              "Chalmers and Thompson 1998",
              p -> p.by("Chalmers K", "Thompson K").year(1998).perspective("Carers"))
          .paper(
              "Sav 2012",
              p -> p.by("Sav A").year(2012).attribute("country", "Australia"))
          .study("Aphasia study", "Sav 2012", "Sav et al. 2013")
          .keyConcept("Hope", k -> {})
          .keyConcept("Burden", k -> {})
          .grid("Sav et al. 2013", "Hope", "Burden")
          .grid("Sav 2012", "Burden")
          .synthesize();

  private static PaperSpec paper(PaperSpec p, String author, String condition, String format) {
    return p.by(author)
        .year(2010)
        .titled("A study")
        .in("Stroke")
        .condition(condition)
        .format(format)
        .intervention("Peer visits");
  }

  @Test
  void includedPapers_areGroupedByFormatThenPerspective_inReviewOrder() {
    assertThat(ReviewTables.includedPapers(synthesis).toCsv())
        .isEqualTo(
            "reference,first_author,participant_type,condition,format\n"
                + "7,Ng,Survivors,stroke,group\n"
                + "4,Kim,Carers,stroke,group\n"
                + "3,Ortiz,Carers,aphasia,online\n"
                + "9,Berg,Survivors and carers,stroke,online\n");
  }

  @Test
  void includedPapers_ofPapersCitedByLabel_showTheLabel_andLeaveWhatIsNotReportedEmpty() {
    // No paper records a format: one group of papers without format, by perspective in order of
    // first appearance: Survivors and carers (Sav et al.), Carers (Chalmers), none (Sav 2012).
    assertThat(ReviewTables.includedPapers(authorYear).toCsv())
        .isEqualTo(
            "reference,first_author,participant_type,condition,format\n"
                + "Sav et al. 2013,Sav,Survivors and carers,,\n"
                + "Chalmers and Thompson 1998,Chalmers,Carers,,\n"
                + "Sav 2012,Sav,,,\n");
  }

  @Test
  void includedPapers_withTheReviewsOwnColumns_inReviewOrder() {
    PaperColumns columns =
        PaperColumns.none()
            .citation("Study")
            .attribute("Country", "country")
            .perspective("Participants")
            .keyConcepts("✓", "");
    assertThat(ReviewTables.includedPapers(authorYear, columns).toCsv())
        .isEqualTo(
            "Study,Country,Participants,Hope,Burden\n"
                + "Sav et al. 2013,Australia,Survivors and carers,✓,✓\n"
                + "Chalmers and Thompson 1998,,Carers,,\n"
                + "Sav 2012,Australia,,,✓\n");
  }

  @Test
  void includedPapers_withTheReviewsOwnColumns_ofNumberedPapers_writeTheNumber() {
    PaperColumns columns =
        PaperColumns.none()
            .citation("Ref")
            .column("Year", p -> p.year().isPresent() ? Optional.of("y") : Optional.empty())
            .keyConcepts("1", "0");
    assertThat(ReviewTables.includedPapers(synthesis, columns).toCsv())
        .isEqualTo(
            "Ref,Year,Hope,Burden\n"
                + "7,y,1,0\n"
                + "3,y,0,0\n"
                + "9,y,1,1\n"
                + "4,y,0,1\n");
  }

  @Test
  void includedPapers_withTwoColumnsOfOneHeader_isRefused() {
    PaperColumns columns = PaperColumns.none().citation("Hope").keyConcepts("1", "0");
    assertThatThrownBy(() -> ReviewTables.includedPapers(authorYear, columns))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the columns of a table of included papers must have distinct headers: [Hope, Hope,"
                + " Burden]");
  }

  @Test
  void searchFlow_hasATotalRow() {
    assertThat(ReviewTables.searchFlow(synthesis).toCsv())
        .isEqualTo(
            "search,abstracts_reviewed,articles_retrieved,quality_appraisal,articles_included\n"
                + "Stroke,500,40,6,3\n"
                + "Aphasia,120,10,2,1\n"
                + "Total,620,50,8,4\n");
  }

  @Test
  void searchFlow_stageSomeSearchDoesNotReport_hasAnIncompleteTotal() {
    Synthesis partial =
        MetaEthnography.review("Partial counts")
            .search("Medline", s -> s.abstractsReviewed(500).articlesRetrieved(40).articlesIncluded(3))
            .search("CINAHL", 120, 10, 2, 1)
            .search("PsycINFO", s -> s.abstractsReviewed(80).articlesIncluded(0))
            .synthesize();
    // abstracts: 500 + 120 + 80 = 700, all three report it; retrieved: 40 + 10 from Medline and
    // CINAHL; appraised: 2 from CINAHL alone; included: 3 + 1 + 0 = 4, all three report it.
    assertThat(ReviewTables.searchFlow(partial).toCsv())
        .isEqualTo(
            "search,abstracts_reviewed,articles_retrieved,quality_appraisal,articles_included\n"
                + "Medline,500,40,,3\n"
                + "CINAHL,120,10,2,1\n"
                + "PsycINFO,80,,,0\n"
                + "Total,700,incomplete: 50 from 2 of 3 searches,incomplete: 2 from 1 of 3"
                + " searches,4\n");
  }

  @Test
  void otherSources_showWhatEachReports() {
    Synthesis sourced =
        MetaEthnography.review("Other sources")
            .search("Medline", 500, 40, 6, 3)
            .otherSource("Citation chasing", OptionalInt.of(12), OptionalInt.of(2))
            .otherSource("Experts", OptionalInt.empty(), OptionalInt.of(1))
            .otherSource("Hand search", OptionalInt.of(30), OptionalInt.empty())
            .synthesize();
    assertThat(ReviewTables.otherSources(sourced).toCsv())
        .isEqualTo(
            "source,records_found,papers_included\n"
                + "Citation chasing,12,2\n"
                + "Experts,,1\n"
                + "Hand search,30,\n");
    assertThat(ReviewTables.otherSources(synthesis).toCsv())
        .isEqualTo("source,records_found,papers_included\n");
  }

  @Test
  void searchFlowAndExclusions_ofAReviewReportingNone_haveNoTotalRow() {
    // The review of aphasia reports no search and no exclusion tally: a total of 0 would report
    // counts the review never gave.
    assertThat(ReviewTables.searchFlow(authorYear).toCsv())
        .isEqualTo(
            "search,abstracts_reviewed,articles_retrieved,quality_appraisal,articles_included\n");
    assertThat(ReviewTables.exclusions(authorYear).toCsv()).isEqualTo("reason,papers\n");
  }

  @Test
  void includedPapers_writePerspectivesWithStakeholdersInDeclaredOrder() {
    // Declared: Survivors, Carers. Paper 2 gives them the other way round; the table writes them
    // in the declared order, in both renderers.
    Synthesis given =
        MetaEthnography.review("Order given")
            .stakeholders("Survivors", "Carers")
            .paper(2, p -> p.by("Ng L").perspective("Carers", "Survivors"))
            .synthesize();
    assertThat(ReviewTables.includedPapers(given).toCsv())
        .isEqualTo(
            "reference,first_author,participant_type,condition,format\n"
                + "2,Ng,Survivors and carers,,\n");
    assertThat(
            ReviewTables.includedPapers(given, PaperColumns.none().perspective("Participants"))
                .toCsv())
        .isEqualTo("Participants\nSurvivors and carers\n");
  }

  @Test
  void exclusions_haveATotalRow() {
    assertThat(ReviewTables.exclusions(synthesis).toCsv())
        .isEqualTo("reason,papers\nThin data,3\nDuplicate,1\nTotal,4\n");
  }

  @Test
  void conceptGrid_standardLayout_isInTheReviewsOrder() {
    assertThat(ReviewTables.conceptGrid(synthesis, GridLayout.standard()).toCsv())
        .isEqualTo(
            "reference,first_author,Hope,Burden\n"
                + "7,Ng,1,0\n"
                + "3,Ortiz,0,0\n"
                + "9,Berg,1,1\n"
                + "4,Kim,0,1\n"
                + "Total,,2,2\n");
  }

  @Test
  void conceptGrid_sortedByCitation_isByReference() {
    GridLayout layout = GridLayout.standard().sortedBy(Comparator.comparing(Paper::citation));
    assertThat(ReviewTables.conceptGrid(synthesis, layout).toCsv())
        .isEqualTo(
            "reference,first_author,Hope,Burden\n"
                + "3,Ortiz,0,0\n"
                + "4,Kim,0,1\n"
                + "7,Ng,1,0\n"
                + "9,Berg,1,1\n"
                + "Total,,2,2\n");
  }

  @Test
  void conceptGrid_groupedAndOrdered_keepsGroupsTogether() {
    GridLayout layout =
        GridLayout.standard().groupedBy("condition", Paper::condition).inOrder(9, 3, 4, 7).marks("x", "");
    assertThat(ReviewTables.conceptGrid(synthesis, layout).toCsv())
        .isEqualTo(
            "condition,reference,first_author,Hope,Burden\n"
                + "stroke,9,Berg,x,x\n"
                + "stroke,4,Kim,,x\n"
                + "stroke,7,Ng,x,\n"
                + "aphasia,3,Ortiz,,\n"
                + "Total,,,2,2\n");
  }

  @Test
  void conceptGrid_groupedInReviewOrder_groupsByFirstAppearance() {
    // Review order 7 (stroke), 3 (aphasia), 9 (stroke), 4 (stroke): stroke first, then aphasia.
    GridLayout layout = GridLayout.standard().groupedBy("condition", Paper::condition);
    assertThat(ReviewTables.conceptGrid(synthesis, layout).toCsv())
        .isEqualTo(
            "condition,reference,first_author,Hope,Burden\n"
                + "stroke,7,Ng,1,0\n"
                + "stroke,9,Berg,1,1\n"
                + "stroke,4,Kim,0,1\n"
                + "aphasia,3,Ortiz,0,0\n"
                + "Total,,,2,2\n");
  }

  @Test
  void conceptGrid_ofPapersCitedByLabel_holdsTheLabelInTheReferenceColumn() {
    assertThat(ReviewTables.conceptGrid(authorYear, GridLayout.standard()).toCsv())
        .isEqualTo(
            "reference,first_author,Hope,Burden\n"
                + "Sav et al. 2013,Sav,1,1\n"
                + "Chalmers and Thompson 1998,Chalmers,0,0\n"
                + "Sav 2012,Sav,0,1\n"
                + "Total,,1,2\n");
  }

  @Test
  void conceptGrid_sortedBy_keepsTheReviewsOrderAmongEquals() {
    // By first author: Chalmers, then the two papers by Sav in the review's order.
    GridLayout layout =
        GridLayout.standard().sortedBy(Comparator.comparing(p -> p.firstAuthor().orElse("")));
    assertThat(ReviewTables.conceptGrid(authorYear, layout).toCsv())
        .isEqualTo(
            "reference,first_author,Hope,Burden\n"
                + "Chalmers and Thompson 1998,Chalmers,0,0\n"
                + "Sav et al. 2013,Sav,1,1\n"
                + "Sav 2012,Sav,0,1\n"
                + "Total,,1,2\n");
    GridLayout byCitation = GridLayout.standard().sortedBy(Comparator.comparing(Paper::citation));
    assertThat(ReviewTables.conceptGrid(authorYear, byCitation).toCsv())
        .isEqualTo(
            "reference,first_author,Hope,Burden\n"
                + "Chalmers and Thompson 1998,Chalmers,0,0\n"
                + "Sav 2012,Sav,0,1\n"
                + "Sav et al. 2013,Sav,1,1\n"
                + "Total,,1,2\n");
  }

  @Test
  void conceptGrid_inOrderOfCitations_followsTheList() {
    GridLayout layout =
        GridLayout.standard()
            .inOrder(
                List.of(
                    Citation.of("Sav 2012"),
                    Citation.of("Sav et al. 2013"),
                    Citation.of("Chalmers and Thompson 1998")));
    assertThat(ReviewTables.conceptGrid(authorYear, layout).toCsv())
        .isEqualTo(
            "reference,first_author,Hope,Burden\n"
                + "Sav 2012,Sav,0,1\n"
                + "Sav et al. 2013,Sav,1,1\n"
                + "Chalmers and Thompson 1998,Chalmers,0,0\n"
                + "Total,,1,2\n");
    GridLayout numbered =
        GridLayout.standard()
            .inOrder(List.of(Citation.of(4), Citation.of(9), Citation.of(3), Citation.of(7)));
    assertThat(ReviewTables.conceptGrid(synthesis, numbered).toCsv())
        .isEqualTo(
            "reference,first_author,Hope,Burden\n"
                + "4,Kim,0,1\n"
                + "9,Berg,1,1\n"
                + "3,Ortiz,0,0\n"
                + "7,Ng,1,0\n"
                + "Total,,2,2\n");
  }

  @Test
  void conceptGrid_byStudy_hasOneRowPerStudy_andCountsStudies() {
    // The study's main report, Sav 2012, is its row, ticked where either report is: Hope (from
    // Sav et al. 2013) and Burden (both). Burden is in two papers but one study.
    assertThat(ReviewTables.conceptGrid(authorYear, GridLayout.standard().byStudy()).toCsv())
        .isEqualTo(
            "study,reference,first_author,Hope,Burden\n"
                + "Chalmers and Thompson 1998,Chalmers and Thompson 1998,Chalmers,0,0\n"
                + "Aphasia study,Sav 2012,Sav,1,1\n"
                + "Total,,,1,1\n");
  }

  @Test
  void conceptGrid_byStudy_inOrder_namesTheStudiesRows() {
    GridLayout layout =
        GridLayout.standard()
            .byStudy()
            .inOrder(List.of(Citation.of("Sav 2012"), Citation.of("Chalmers and Thompson 1998")));
    assertThat(ReviewTables.conceptGrid(authorYear, layout).toCsv())
        .isEqualTo(
            "study,reference,first_author,Hope,Burden\n"
                + "Aphasia study,Sav 2012,Sav,1,1\n"
                + "Chalmers and Thompson 1998,Chalmers and Thompson 1998,Chalmers,0,0\n"
                + "Total,,,1,1\n");
  }

  @Test
  void conceptGrid_rowOrderThatIsNotAPermutation_isRefused() {
    assertThatThrownBy(
            () -> ReviewTables.conceptGrid(synthesis, GridLayout.standard().inOrder(9, 3, 5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the row order must name every row of the grid once; missing [4, 7], not in the"
                + " grid [5]");
  }

  @Test
  void conceptGrid_rowOrderNamingAPaperTwice_isRefused() {
    assertThatThrownBy(
            () ->
                ReviewTables.conceptGrid(
                    synthesis, GridLayout.standard().inOrder(9, 3, 4, 7, 9)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the row order names a paper more than once: [9, 3, 4, 7, 9]");
  }

  @Test
  void conceptGrid_keyConceptNamedLikeAColumn_isRefused() {
    Synthesis clash =
        MetaEthnography.review("Clash")
            .stakeholders("Carers")
            .phases("early")
            .keyConcept("condition", k -> k.definedAs("x").phase("early").concerns("Carers"))
            .synthesize();
    assertThatThrownBy(
            () ->
                ReviewTables.conceptGrid(
                    clash, GridLayout.standard().groupedBy("condition", Paper::condition)))
        .hasMessage(
            "key concept \"condition\" has the name of the grid table's column \"condition\";"
                + " a key concept's column must not share its name with another column");
  }

  @Test
  void conceptGrid_groupWithoutValue_isRefused() {
    // The first paper in the review's order, Ng [7], is the first asked for its group.
    GridLayout layout =
        GridLayout.standard()
            .groupedBy("country", p -> Iterables.getFirst(p.attribute("country"), null));
    assertThatThrownBy(() -> ReviewTables.conceptGrid(synthesis, layout))
        .hasMessage("the grouping attribute has no value for paper Ng [7]");
  }

  @Test
  void conceptGrid_groupedByAnAttributeSomePapersLack_showsAnEmptyGroupCell() {
    GridLayout layout = GridLayout.standard().groupedBy("condition", Paper::condition);
    assertThat(ReviewTables.conceptGrid(authorYear, layout).toCsv())
        .isEqualTo(
            "condition,reference,first_author,Hope,Burden\n"
                + ",Sav et al. 2013,Sav,1,1\n"
                + ",Chalmers and Thompson 1998,Chalmers,0,0\n"
                + ",Sav 2012,Sav,0,1\n"
                + "Total,,,1,2\n");
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(Synthesis.class, synthesis)
            .setDefault(GridLayout.class, GridLayout.standard())
            .setDefault(PaperColumns.class, PaperColumns.none().citation("Ref"))
            .setDefault(ConceptGrid.class, synthesis.grid())
            .setDefault(Distributions.class, synthesis.distributions())
            .setDefault(CrossTab.class, synthesis.distributions().crossTab(Dimension.PHASE, Dimension.VALENCE))
            .setDefault(Audit.class, synthesis.audit())
            .setDefault(Review.class, synthesis.review())
            .setDefault(TranslationLayout.class, TranslationLayout.standard())
            .setDefault(Sensitivity.class, Sensitivity.compare(synthesis, synthesis))
            .setDefault(Stance.class, Stance.SUPPORTS);
    tester.testAllPublicStaticMethods(ReviewTables.class);
    tester.testAllPublicStaticMethods(GridLayout.class);
    tester.testAllPublicInstanceMethods(GridLayout.standard());
    tester.testAllPublicStaticMethods(PaperColumns.class);
    tester.testAllPublicInstanceMethods(PaperColumns.none());
    tester.testAllPublicStaticMethods(TranslationLayout.class);
    tester.testAllPublicInstanceMethods(TranslationLayout.standard());
  }
}
