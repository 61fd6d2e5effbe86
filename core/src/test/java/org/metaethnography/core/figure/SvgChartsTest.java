package org.metaethnography.core.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.metaethnography.model.Decision.INCLUDE;

import com.google.common.testing.NullPointerTester;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.metaethnography.core.MetaEthnography;
import org.metaethnography.core.RecordedReviews;
import org.metaethnography.core.table.GridLayout;
import org.metaethnography.model.AppraisalForms;
import org.metaethnography.model.Paper;
import org.metaethnography.model.Stance;
import org.metaethnography.synthesis.RecordFlow;
import org.metaethnography.synthesis.Synthesis;
import org.w3c.dom.Element;

/**
 * The charts of small reviews written for this test; every expected cell, count and box was worked
 * out by hand from the descriptions below.
 */
final class SvgChartsTest {
  /**
   * Papers in review order 5 (Ng, alpha), 2 (Ortiz, beta), 8 (Berg, alpha), 3 (Kim, beta). Grid: 5
   * Hope and Burden; 2 Hope, partly supporting; 8 Hope, and Respite refuting; 3 Burden. Grouped by
   * condition: alpha holds 5 and 8 (Hope 2, Burden 1, Respite 1), beta holds 2 and 3 (Hope 1,
   * Burden 1, Respite 0); in all Hope 3, Burden 2, Respite 1, and 6 ticks.
   */
  private final Synthesis grid =
      MetaEthnography.review("Small grid")
          .paper(5, p -> p.by("Ng L").condition("alpha"))
          .paper(2, p -> p.by("Ortiz M").condition("beta"))
          .paper(8, p -> p.by("Berg A").condition("alpha"))
          .paper(3, p -> p.by("Kim H").condition("beta"))
          .keyConcept("Hope", k -> {})
          .keyConcept("Burden", k -> {})
          .keyConcept("Respite", k -> {})
          .grid(5, "Hope", "Burden")
          .grid(2, Stance.PARTLY_SUPPORTS, "Hope")
          .grid(8, "Hope")
          .grid(8, Stance.REFUTES, "Respite")
          .grid(3, "Burden")
          .synthesize();

  private final GridLayout byCondition =
      GridLayout.standard().groupedBy("condition", Paper::condition);

  @Test
  void heatMap_fillsTheTickedCellsByStance_groupByGroup() {
    ChartGeometry svg = new ChartGeometry(SvgFigures.heatMap(grid, byCondition)).isReadable();

    assertThat(svg.contents("key-concept")).containsExactly("Hope", "Burden", "Respite");
    assertThat(svg.contents("group-label")).containsExactly("alpha (2)", "beta (2)");
    assertThat(svg.contents("row-label"))
        .containsExactly("Ng [5]", "Berg [8]", "Ortiz [2]", "Kim [3]");
    assertThat(svg.elements("g", "cell").stream().map(SvgChartsTest::title))
        .containsExactly(
            "Ng [5]: Hope (supports)",
            "Ng [5]: Burden (supports)",
            "Berg [8]: Hope (supports)",
            "Berg [8]: Respite (refutes)",
            "Ortiz [2]: Hope (partly supports)",
            "Kim [3]: Burden (supports)");
    assertThat(svg.elements("rect", "supports")).hasSize(4 + 1); // and the legend's
    assertThat(svg.elements("polygon", "partly-supports")).hasSize(1 + 1);
    assertThat(svg.contents("legend"))
        .containsExactly("supports (or ticked without a stance)", "partly supports", "refutes");
  }

  @Test
  void heatMap_countsEachGroupTheTotalsAndEachRow() {
    ChartGeometry svg = new ChartGeometry(SvgFigures.heatMap(grid, byCondition));

    assertThat(svg.contents("group-count")).containsExactly("2", "1", "1", "1", "1", "0");
    assertThat(svg.contents("total-label")).containsExactly("All 4 papers");
    assertThat(svg.contents("total-count")).containsExactly("3", "2", "1");
    assertThat(svg.contents("row-key-concepts")).containsExactly("2", "2", "1", "1");
    assertThat(svg.contents("total-key-concepts")).containsExactly("6");
    assertThat(svg.contents("subtitle"))
        .containsExactly("4 papers by 3 key concepts, grouped by condition");
    assertThat(svg.texts("note")).isEmpty();
  }

  @Test
  void heatMap_countsOnlyTheStancesTheLayoutCounts_andSaysSo() {
    ChartGeometry svg =
        new ChartGeometry(
                SvgFigures.heatMap(
                    grid, byCondition.counting(Stance.SUPPORTS, Stance.PARTLY_SUPPORTS)))
            .isReadable();

    assertThat(svg.contents("group-count")).containsExactly("2", "1", "0", "1", "1", "0");
    assertThat(svg.contents("total-count")).containsExactly("3", "2", "0");
    assertThat(svg.contents("row-key-concepts")).containsExactly("2", "1", "1", "1");
    assertThat(svg.contents("note"))
        .containsExactly("Counts include only the cells marked supports or partly supports.");
  }

  @Test
  void heatMap_ungrouped_followsTheLayoutsOrder_withoutGroupRows() {
    ChartGeometry svg =
        new ChartGeometry(SvgFigures.heatMap(grid, GridLayout.standard().inOrder(3, 8, 5, 2)))
            .isReadable();

    assertThat(svg.texts("group-label")).isEmpty();
    assertThat(svg.contents("row-label"))
        .containsExactly("Kim [3]", "Berg [8]", "Ng [5]", "Ortiz [2]");
    assertThat(svg.contents("total-count")).containsExactly("3", "2", "1");
  }

  @Test
  void heatMap_ofAGridWithoutStances_marksEveryTickAlike() {
    Synthesis plain =
        MetaEthnography.review("Plain")
            .paper(1, p -> {})
            .paper(2, p -> {})
            .keyConcept("Hope", k -> {})
            .grid(1, "Hope")
            .synthesize();

    ChartGeometry svg =
        new ChartGeometry(SvgFigures.heatMap(plain, GridLayout.standard())).isReadable();

    assertThat(svg.contents("row-label")).containsExactly("[1]", "[2]");
    assertThat(svg.contents("legend")).containsExactly("the paper expresses the key concept");
    assertThat(svg.contents("total-count")).containsExactly("1");
  }

  @Test
  void heatMap_withoutKeyConceptsOrPapers_saysThereIsNoGrid() {
    Synthesis noKeyConcepts = MetaEthnography.review("Bare").paper(1, p -> {}).synthesize();
    Synthesis noPapers = MetaEthnography.review("Bare").keyConcept("Hope", k -> {}).synthesize();

    assertThat(
            new ChartGeometry(SvgFigures.heatMap(noKeyConcepts, GridLayout.standard()))
                .isReadable()
                .contents("note"))
        .containsExactly("The review has no key concepts, so it has no key concept grid to show.");
    assertThat(
            new ChartGeometry(SvgFigures.heatMap(noPapers, GridLayout.standard()))
                .isReadable()
                .contents("note"))
        .containsExactly(
            "The review has no included papers, so it has no key concept grid to show.");
  }

  @Test
  void heatMap_withARowOrderMissingARow_isRefusedAsTheTableIs() {
    assertThatThrownBy(() -> SvgFigures.heatMap(grid, GridLayout.standard().inOrder(3, 8, 5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the row order must name every row of the grid once");
  }

  /**
   * Searches North (500, 40, 6, 3) and South (120, 10, 2, 1); reasons: thin data 3, duplicate 1;
   * reference lists found 4 and gave 1. Screened 620, of which 570 excluded; 50 full texts, of
   * which 42 excluded; 8 appraised, of which 4 excluded (as the reasons add up to); 4 included from
   * the searches, 5 with the other source.
   */
  @Test
  void flow_ofACompleteReview_countsEveryStageAndWhatEachLeftOut() {
    Synthesis complete =
        MetaEthnography.review("Complete")
            .search("North", 500, 40, 6, 3)
            .search("South", 120, 10, 2, 1)
            .exclusion("Thin data", 3)
            .exclusion("Duplicate", 1)
            .otherSource("Reference lists", OptionalInt.of(4), OptionalInt.of(1))
            .synthesize();

    ChartGeometry svg = new ChartGeometry(SvgFigures.flow(complete)).isReadable();

    assertThat(svg.contents("identification-heading"))
        .containsExactly("Records identified by 2 searches");
    assertThat(svg.contents("identification-item")).containsExactly("North", "South");
    assertThat(svg.contents("identification-item-count")).containsExactly("500", "120");
    assertThat(svg.contents("abstracts-reviewed-count")).containsExactly("n = 620");
    assertThat(svg.contents("articles-retrieved-count")).containsExactly("n = 50");
    assertThat(svg.contents("articles-appraised-count")).containsExactly("n = 8");
    assertThat(svg.contents("articles-included-count"))
        .containsExactly("n = 4", "with other sources: n = 5");
    assertThat(svg.contents("excluded-heading"))
        .containsExactly("Excluded at screening", "Excluded after full-text review");
    assertThat(svg.contents("excluded-count")).containsExactly("n = 570", "n = 42");
    assertThat(svg.contents("exclusions-count")).containsExactly("n = 4");
    assertThat(svg.contents("exclusions-item")).containsExactly("Thin data", "Duplicate");
    assertThat(svg.contents("exclusions-item-count")).containsExactly("3", "1");
    assertThat(svg.contents("other-sources-item")).containsExactly("Reference lists");
    assertThat(svg.contents("other-sources-item-count")).containsExactly("4 found, 1 included");
    // Four arrows down the column, two exclusions, one exclusion with reasons, one source.
    assertThat(svg.elements("line", "arrow")).hasSize(8);
  }

  /**
   * North reports 500 screened and 3 included; South 120 screened, 10 retrieved and 1 included. No
   * search reports appraisal: it has no box. Retrieval is reported by South alone.
   */
  @Test
  void flow_leavesOutWhatNoSearchReports_andBoundsWhatSomeDoNot() {
    Synthesis partial =
        MetaEthnography.review("Partial")
            .search("North", s -> s.abstractsReviewed(500).articlesIncluded(3))
            .search(
                "South", s -> s.abstractsReviewed(120).articlesRetrieved(10).articlesIncluded(1))
            .synthesize();

    ChartGeometry svg = new ChartGeometry(SvgFigures.flow(partial)).isReadable();

    assertThat(
            svg.texts.stream()
                .filter(t -> t.cls().endsWith("-heading"))
                .map(ChartGeometry.Text::content))
        .containsExactly(
            "Records identified by 2 searches",
            "Records screened (titles and abstracts)",
            "Full texts retrieved and assessed",
            "Papers included from the searches");
    assertThat(svg.contents("articles-retrieved-count"))
        .containsExactly("at least 10; 1 search does not report it");
    assertThat(svg.contents("articles-included-count")).containsExactly("n = 4");
    assertThat(svg.texts("excluded-count")).isEmpty();
    assertThat(svg.elements("line", "arrow")).hasSize(3);
  }

  /**
   * The review of {@link RecordedReviews#whollyRecorded()}, drawn from its records; every count is
   * worked out by hand in its description.
   */
  @Test
  void flow_ofAReviewWhollyFromRecords_drawsEachStepTheRecordsShow() {
    ChartGeometry svg =
        new ChartGeometry(SvgFigures.flow(RecordedReviews.whollyRecorded().synthesize()))
            .isReadable();

    assertThat(svg.contents("identification-heading"))
        .containsExactly("Records identified from 2 searches");
    assertThat(svg.contents("identification-item")).containsExactly("North", "South");
    assertThat(svg.contents("identification-item-count")).containsExactly("4", "5");
    assertThat(svg.contents("duplicates-heading"))
        .containsExactly("Records removed before screening");
    assertThat(svg.contents("duplicates-count"))
        .containsExactly("Duplicate records removed: n = 1");
    assertThat(svg.contents("abstracts-reviewed-heading"))
        .containsExactly("Records screened (titles and abstracts)");
    assertThat(svg.contents("abstracts-reviewed-count"))
        .containsExactly(
            "n = 7",
            "Awaiting screening: n = 1",
            "Reviewers disagreed on 2, settled by discussion");
    assertThat(svg.contents("excluded-heading"))
        .containsExactly("Records excluded", "Full texts excluded");
    assertThat(svg.contents("excluded-count")).containsExactly("n = 2", "n = 1");
    assertThat(svg.contents("excluded-item")).containsExactly("no qualitative data");
    assertThat(svg.contents("excluded-item-count")).containsExactly("1");
    assertThat(svg.contents("articles-retrieved-heading"))
        .containsExactly("Full texts assessed for eligibility");
    assertThat(svg.contents("articles-retrieved-count"))
        .containsExactly(
            "n = 4",
            "Awaiting full-text assessment: n = 1",
            "Reviewers disagreed on 1, settled by a third reviewer");
    assertThat(svg.contents("articles-appraised-count"))
        .containsExactly(
            "n = 2",
            "Awaiting appraisal: n = 1",
            "Reviewers disagreed on 1, settled by a third reviewer");
    assertThat(svg.contents("exclusions-heading"))
        .containsExactly("Excluded at quality appraisal, with reasons");
    assertThat(svg.contents("exclusions-count")).containsExactly("n = 1");
    assertThat(svg.contents("exclusions-item")).containsExactly("Thin data");
    assertThat(svg.contents("exclusions-item-count")).containsExactly("1");
    assertThat(svg.contents("articles-included-heading")).containsExactly("Papers included");
    assertThat(svg.contents("articles-included-count")).containsExactly("n = 1");
    // Four arrows down the column of five boxes, and one to each of four boxes beside it.
    assertThat(svg.elements("line", "arrow")).hasSize(8);
  }

  /**
   * The review of {@link RecordedReviews#fromOtherSources()}, whose two records from Experts enter
   * at full text without a title and abstract screening: they come in from a box of their own, so
   * that the full texts assessed are the records kept at title and abstract (2 screened less 1
   * excluded) and those entering (2): 3; and the records identified less the duplicates (2 + 2 - 0)
   * are those screened and those entering (2 + 2).
   */
  @Test
  void flow_ofRecordsFromOtherSourcesEnteringAtFullText_bringsThemInBesideTheFullTexts() {
    Synthesis synthesis = RecordedReviews.fromOtherSources().synthesize();
    String figure = SvgFigures.flow(synthesis);
    ChartGeometry svg = new ChartGeometry(figure).isReadable();

    assertThat(svg.contents("identification-heading"))
        .containsExactly("Records identified from 1 search and 1 other source");
    assertThat(svg.contents("identification-item")).containsExactly("Databases", "Experts");
    assertThat(svg.contents("identification-item-count")).containsExactly("2", "2");
    assertThat(svg.contents("duplicates-count"))
        .containsExactly("Duplicate records removed: n = 0");
    assertThat(svg.contents("abstracts-reviewed-count")).containsExactly("n = 2");
    assertThat(svg.contents("excluded-heading"))
        .containsExactly("Records excluded", "Full texts excluded");
    assertThat(svg.contents("excluded-count")).containsExactly("n = 1", "n = 1");
    assertThat(svg.contents("excluded-item")).containsExactly("no qualitative data");
    assertThat(svg.contents("entering-heading"))
        .containsExactly("Records from other sources, not screened at title and abstract");
    assertThat(svg.contents("entering-count")).containsExactly("n = 2");
    assertThat(svg.contents("entering-item")).containsExactly("Experts");
    assertThat(svg.contents("entering-item-count")).containsExactly("2");
    assertThat(svg.contents("articles-retrieved-count")).containsExactly("n = 3");
    assertThat(svg.contents("articles-included-count")).containsExactly("n = 2");
    assertThat(svg.texts("articles-appraised-heading")).isEmpty();
    // Three arrows down the column, one to each of three boxes beside it, one from the entering.
    assertThat(svg.elements("line", "arrow")).hasSize(7);
    // The entering box is left of the full-text box, on its row.
    ChartGeometry.Box entering = svg.texts("entering-count").get(0).box();
    ChartGeometry.Box fullTexts = svg.texts("articles-retrieved-count").get(0).box();
    assertThat(entering.right()).isLessThan(fullTexts.left());
    assertThat(entering.bottom()).isGreaterThan(fullTexts.top());
    assertThat(entering.top()).isLessThan(fullTexts.bottom());

    // The numbers add up, as the figure gives them and as the records count them.
    int identified = sum(svg.contents("identification-item-count"));
    int duplicates = 0;
    int screened = count(svg.contents("abstracts-reviewed-count").get(0));
    int excludedAtTitles = count(svg.contents("excluded-count").get(0));
    int enteringAtFullText = count(svg.contents("entering-count").get(0));
    int fullTextsAssessed = count(svg.contents("articles-retrieved-count").get(0));
    int excludedAtFullText = count(svg.contents("excluded-count").get(1));
    int included = count(svg.contents("articles-included-count").get(0));
    assertThat(identified - duplicates).isEqualTo(screened + enteringAtFullText);
    assertThat(screened - excludedAtTitles + enteringAtFullText).isEqualTo(fullTextsAssessed);
    assertThat(fullTextsAssessed - excludedAtFullText).isEqualTo(included);
    RecordFlow records = synthesis.recordFlow();
    assertThat(records.titles().included() + enteringAtFullText)
        .isEqualTo(records.fullTexts().assessed() + records.fullTexts().awaiting());
    assertThat(records.fullTexts().assessed()).isEqualTo(3);
    assertThat(figure)
        .contains("Records from other sources, not screened at title and abstract n = 2");
  }

  /**
   * A review that screens full texts but not titles and abstracts: D1 (Databases) kept at full
   * text, then appraised and included; D2 (Databases) appraised and included without a full-text
   * screening. Full texts: 1 assessed, 1 kept, none excluded; entering at appraisal: 1, from a
   * search, so not "from other sources"; appraised: 1 + 1 = 2; included 2.
   */
  @Test
  void flow_ofASearchsRecordEnteringAtAppraisal_bringsItInBesideTheAppraisal() {
    Synthesis synthesis =
        MetaEthnography.review("Straight to appraisal")
            .reviewers("AO", "SL")
            .search("Databases", s -> {})
            .appraisalForm(AppraisalForms.lettsQualitative())
            .paper(1, p -> {})
            .paper(2, p -> {})
            .record(
                "D1",
                r ->
                    r.foundBy("Databases")
                        .fullText(s -> s.vote("AO", INCLUDE).vote("SL", INCLUDE))
                        .appraised(
                            AppraisalForms.lettsQualitative().name(),
                            a -> a.by("AO", f -> f.include()).by("SL", f -> f.include()))
                        .became(1))
            .record(
                "D2",
                r ->
                    r.foundBy("Databases")
                        .appraised(
                            AppraisalForms.lettsQualitative().name(),
                            a -> a.by("AO", f -> f.include()).by("SL", f -> f.include()))
                        .became(2))
            .synthesize();

    ChartGeometry svg = new ChartGeometry(SvgFigures.flow(synthesis)).isReadable();

    assertThat(svg.texts("abstracts-reviewed-heading")).isEmpty();
    assertThat(svg.contents("articles-retrieved-count")).containsExactly("n = 1");
    assertThat(svg.contents("entering-heading"))
        .containsExactly("Records appraised without an earlier screening");
    assertThat(svg.contents("entering-count")).containsExactly("n = 1");
    assertThat(svg.contents("entering-item")).containsExactly("Databases");
    assertThat(svg.contents("articles-appraised-count")).containsExactly("n = 2");
    assertThat(svg.contents("articles-included-count")).containsExactly("n = 2");
    assertThat(
            count(svg.contents("articles-retrieved-count").get(0))
                - count(svg.contents("excluded-count").get(0))
                + count(svg.contents("entering-count").get(0)))
        .isEqualTo(count(svg.contents("articles-appraised-count").get(0)));
  }

  private static int count(String text) {
    assertThat(text).startsWith("n = ");
    return Integer.parseInt(text.substring("n = ".length()));
  }

  private static int sum(java.util.List<String> counts) {
    return counts.stream().mapToInt(Integer::parseInt).sum();
  }

  /**
   * The review of {@link RecordedReviews#mixed()}: drawn from its counts, as its tables give them,
   * saying which counts are stated: North's appraised and included, all of South's. Screened 3 +
   * 120 = 123, retrieved 2 + 10 = 12 (123 - 12 = 111 excluded), appraised 3 (9 excluded), included
   * 2, 1 excluded for "Thin data".
   */
  @Test
  void flow_ofAReviewMixingRecordsAndStatedCounts_isDrawnFromItsCounts_namingTheStated() {
    ChartGeometry svg =
        new ChartGeometry(SvgFigures.flow(RecordedReviews.mixed().synthesize())).isReadable();

    assertThat(svg.contents("identification-count"))
        .containsExactly(
            "Stated, not counted from records: North (articles appraised, articles included);"
                + " South");
    assertThat(svg.contents("identification-item-count")).containsExactly("3", "120");
    assertThat(svg.contents("abstracts-reviewed-count")).containsExactly("n = 123");
    assertThat(svg.contents("excluded-count")).containsExactly("n = 111", "n = 9");
    assertThat(svg.contents("articles-included-count")).containsExactly("n = 2");
    assertThat(svg.contents("exclusions-item")).containsExactly("Thin data");
    assertThat(svg.texts("duplicates-heading")).isEmpty();
  }

  @Test
  void flow_ofAReviewWithoutSearches_saysSo() {
    ChartGeometry svg =
        new ChartGeometry(SvgFigures.flow(MetaEthnography.review("None").synthesize()))
            .isReadable();

    assertThat(svg.contents("note-count")).containsExactly("The review reports no searches.");
  }

  @Test
  void charts_ofEqualReviews_areIdentical() {
    assertThat(SvgFigures.heatMap(grid, byCondition))
        .isEqualTo(SvgFigures.heatMap(grid, byCondition));
    assertThat(SvgFigures.flow(grid)).isEqualTo(SvgFigures.flow(grid));
  }

  @Test
  void nullArguments_areRefused() {
    NullPointerTester tester = new NullPointerTester();
    tester.setDefault(Synthesis.class, grid);
    tester.setDefault(GridLayout.class, GridLayout.standard());
    tester.testAllPublicStaticMethods(SvgFigures.class);
  }

  private static String title(Element cell) {
    return cell.getElementsByTagNameNS(ChartGeometry.SVG, "title").item(0).getTextContent();
  }

  @Test
  void aWideGrid_isDrawnInPanels_whoseTextIsEightPointAtA4Width() {
    org.metaethnography.core.ReviewBuilder review =
        org.metaethnography.core.MetaEthnography.review("Wide");
    for (int p = 1; p <= 6; p++) {
      review.paper(p, paper -> {});
    }
    for (int k = 0; k < 45; k++) {
      String name = "Key concept number " + k;
      review.keyConcept(name, c -> {}).concept("c" + k, c -> {}).translate(name, "c" + k);
      review.grid(1 + k % 6, name);
    }
    String svg =
        SvgFigures.heatMap(
            review.synthesize(), org.metaethnography.core.table.GridLayout.standard());
    // Readable: every text 8 pt at A4 width, none overlapping, all on the canvas.
    new ChartGeometry(svg).isReadable();
    // Each of the 45 key concepts heads one column, in one of several panels.
    assertThat(svg.split("class=\"key-concept\"", -1)).hasSize(46);
    assertThat(svg.split("class=\"count-header\"", -1).length - 1).isGreaterThan(1);
  }
}
