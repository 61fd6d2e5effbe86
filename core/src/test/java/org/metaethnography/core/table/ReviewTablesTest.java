package org.metaethnography.core.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;
import org.metaethnography.core.MetaEthnography;
import org.metaethnography.core.PaperSpec;
import org.metaethnography.model.Paper;
import org.metaethnography.model.Review;
import org.metaethnography.synthesis.Audit;
import org.metaethnography.synthesis.ConceptGrid;
import org.metaethnography.synthesis.CrossTab;
import org.metaethnography.synthesis.Dimension;
import org.metaethnography.synthesis.Distributions;
import org.metaethnography.synthesis.Synthesis;

/**
 * The published tables on a small review written for this test (support for stroke survivors and
 * their carers); every expected cell was worked out by hand from the description below.
 */
final class ReviewTablesTest {
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
  void searchFlow_hasATotalRow() {
    assertThat(ReviewTables.searchFlow(synthesis.flow()).toCsv())
        .isEqualTo(
            "search,abstracts_reviewed,articles_retrieved,quality_appraisal,articles_included\n"
                + "Stroke,500,40,6,3\n"
                + "Aphasia,120,10,2,1\n"
                + "Total,620,50,8,4\n");
  }

  @Test
  void exclusions_haveATotalRow() {
    assertThat(ReviewTables.exclusions(synthesis.exclusions()).toCsv())
        .isEqualTo("reason,papers\nThin data,3\nDuplicate,1\nTotal,4\n");
  }

  @Test
  void conceptGrid_standardLayout_isByReference() {
    assertThat(ReviewTables.conceptGrid(synthesis.grid(), GridLayout.standard()).toCsv())
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
    assertThat(ReviewTables.conceptGrid(synthesis.grid(), layout).toCsv())
        .isEqualTo(
            "condition,reference,first_author,Hope,Burden\n"
                + "stroke,9,Berg,x,x\n"
                + "stroke,4,Kim,,x\n"
                + "stroke,7,Ng,x,\n"
                + "aphasia,3,Ortiz,,\n"
                + "Total,,,2,2\n");
  }

  @Test
  void conceptGrid_rowOrderThatIsNotAPermutation_isRefused() {
    assertThatThrownBy(
            () ->
                ReviewTables.conceptGrid(
                    synthesis.grid(), GridLayout.standard().inOrder(9, 3, 5)))
        .hasMessage(
            "the row order must name every paper of the grid once; missing [4, 7], not in the"
                + " grid [5]");
    assertThatThrownBy(
            () ->
                ReviewTables.conceptGrid(
                    synthesis.grid(), GridLayout.standard().inOrder(9, 3, 4, 7, 9)))
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
                    clash.grid(), GridLayout.standard().groupedBy("condition", Paper::condition)))
        .hasMessage(
            "key concept \"condition\" has the name of the grid table's column \"condition\";"
                + " name the group column otherwise");
  }

  @Test
  void conceptGrid_groupWithoutValue_isRefused() {
    GridLayout layout = GridLayout.standard().groupedBy("country", p -> p.attributes().get("country"));
    assertThatThrownBy(() -> ReviewTables.conceptGrid(synthesis.grid(), layout))
        .hasMessage("the grouping attribute has no value for paper Ortiz [3]");
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(Synthesis.class, synthesis)
            .setDefault(GridLayout.class, GridLayout.standard())
            .setDefault(ConceptGrid.class, synthesis.grid())
            .setDefault(Distributions.class, synthesis.distributions())
            .setDefault(CrossTab.class, synthesis.distributions().crossTab(Dimension.PHASE, Dimension.VALENCE))
            .setDefault(Audit.class, synthesis.audit())
            .setDefault(Review.class, synthesis.review());
    tester.testAllPublicStaticMethods(ReviewTables.class);
    tester.testAllPublicStaticMethods(GridLayout.class);
    tester.testAllPublicInstanceMethods(GridLayout.standard());
  }
}
