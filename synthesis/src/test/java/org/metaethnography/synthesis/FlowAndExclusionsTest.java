package org.metaethnography.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.metaethnography.model.ExclusionReason;
import org.metaethnography.model.ExclusionTally;
import org.metaethnography.model.OtherSource;
import org.metaethnography.model.Paper;
import org.metaethnography.model.Review;
import org.metaethnography.model.Search;
import org.metaethnography.model.Stage;
import org.metaethnography.model.StageCounts;
import org.metaethnography.model.Stakeholder;

/** Review flow and exclusion tallies, with totals worked out by hand. */
final class FlowAndExclusionsTest {
  private final Search dementia = Search.of("Dementia", StageCounts.of(800, 60, 9, 2));
  private final Search stroke = Search.of("Stroke", StageCounts.of(300, 20, 3, 1));

  /** A search that reports only the abstracts it screened and the articles it included. */
  private final Search frailty =
      Search.of(
          "Frailty", StageCounts.builder().abstractsReviewed(150).articlesIncluded(4).build());

  /** A search that reports no stage at all. */
  private final Search grey = Search.of("Grey literature", StageCounts.unreported());

  private final OtherSource chasing =
      OtherSource.of("Reference lists", OptionalInt.of(14), OptionalInt.of(2));
  private final OtherSource experts =
      OtherSource.of("Experts", OptionalInt.of(5), OptionalInt.empty());

  @Test
  void flowTotal_addsEachStage() {
    ReviewFlow flow = ReviewFlow.of(List.of(dementia, stroke));
    assertThat(flow.total()).isEqualTo(StageCounts.of(1100, 80, 12, 3));
    assertThat(flow.total().articlesExcluded()).hasValue(9);
    assertThat(ReviewFlow.of(List.of()).total()).isEqualTo(StageCounts.zero());
  }

  @Test
  void flowTotal_leavesOutAStageSomeSearchDoesNotReport() {
    // Dementia 800/60/9/2, Stroke 300/20/3/1, Frailty 150/?/?/4.
    ReviewFlow flow = ReviewFlow.of(List.of(dementia, stroke, frailty));
    StageCounts total = flow.total();
    assertThat(total.abstractsReviewed()).hasValue(1250);
    assertThat(total.articlesRetrieved()).isEmpty();
    assertThat(total.articlesAppraised()).isEmpty();
    assertThat(total.articlesIncluded()).hasValue(7);
    assertThat(total.articlesExcluded()).isEmpty();
    assertThat(total)
        .isEqualTo(StageCounts.builder().abstractsReviewed(1250).articlesIncluded(7).build());
  }

  @Test
  void partialTotal_addsWhatIsReported_andUnreportedNamesTheSearchesThatLackIt() {
    ReviewFlow flow = ReviewFlow.of(List.of(dementia, frailty, stroke, grey));
    assertThat(flow.partialTotal(Stage.ABSTRACTS_REVIEWED)).isEqualTo(1250);
    assertThat(flow.partialTotal(Stage.ARTICLES_RETRIEVED)).isEqualTo(80);
    assertThat(flow.partialTotal(Stage.ARTICLES_APPRAISED)).isEqualTo(12);
    assertThat(flow.partialTotal(Stage.ARTICLES_INCLUDED)).isEqualTo(7);
    assertThat(flow.unreported(Stage.ABSTRACTS_REVIEWED)).containsExactly(grey);
    assertThat(flow.unreported(Stage.ARTICLES_RETRIEVED)).containsExactly(frailty, grey);
    assertThat(flow.unreported(Stage.ARTICLES_APPRAISED)).containsExactly(frailty, grey);
    assertThat(flow.unreported(Stage.ARTICLES_INCLUDED)).containsExactly(grey);
    // No stage is reported by every search, so the total has none.
    assertThat(flow.total()).isEqualTo(StageCounts.unreported());
  }

  @Test
  void partialTotal_ofCompleteStages_isTheTotal() {
    ReviewFlow flow = ReviewFlow.of(List.of(dementia, stroke));
    assertThat(flow.partialTotal(Stage.ARTICLES_RETRIEVED)).isEqualTo(80);
    assertThat(flow.unreported(Stage.ARTICLES_RETRIEVED)).isEmpty();
  }

  @Test
  void included_addsTheSearchesAndTheOtherSources() {
    // Searches include 2 + 1 = 3; reference lists add 2: 5 in all.
    Review review = reviewOf(List.of(dementia, stroke), List.of(chasing), 5);
    ReviewFlow flow = ReviewFlow.of(review);
    assertThat(flow.searches()).containsExactly(dementia, stroke);
    assertThat(flow.sources()).containsExactly(chasing);
    assertThat(flow.included()).hasValue(5);
    assertThat(flow.total().articlesIncluded()).hasValue(3);
    assertThat(ReviewFlow.of(List.of(dementia, stroke)).included()).hasValue(3);
  }

  @Test
  void included_isUnknown_whereASearchOrSourceDoesNotReportIt() {
    assertThat(ReviewFlow.of(reviewOf(List.of(dementia), List.of(experts), 2)).included())
        .isEmpty();
    assertThat(ReviewFlow.of(reviewOf(List.of(dementia, grey), List.of(), 2)).included()).isEmpty();
    // A search that reports its included articles but not the stages before them is enough.
    assertThat(ReviewFlow.of(reviewOf(List.of(dementia, frailty), List.of(chasing), 2)).included())
        .hasValue(8);
  }

  @Test
  void flows_merge_andRefuseCommonSearches() {
    ReviewFlow merged = ReviewFlow.of(List.of(dementia)).merge(ReviewFlow.of(List.of(stroke)));
    assertThat(merged).isEqualTo(ReviewFlow.of(List.of(dementia, stroke)));
    assertThatThrownBy(() -> merged.merge(ReviewFlow.of(List.of(stroke))))
        .hasMessage("flows with common searches cannot be merged: [Stroke]");
    assertThatThrownBy(() -> ReviewFlow.of(List.of(stroke, stroke)))
        .hasMessage("search names must be unique in a review flow: [Stroke, Stroke]");
  }

  @Test
  void mergedFlow_totalIsTheSumOfTheTotals_absentWhereEitherLacksAStage() {
    ReviewFlow merged = ReviewFlow.of(List.of(dementia)).merge(ReviewFlow.of(List.of(frailty)));
    assertThat(merged.total())
        .isEqualTo(StageCounts.builder().abstractsReviewed(950).articlesIncluded(6).build());
  }

  @Test
  void exclusionSummary_totalsAndMergesByReason() {
    ExclusionReason thin = ExclusionReason.of("Thin data");
    ExclusionReason duplicate = ExclusionReason.of("Duplicate");
    ExclusionSummary first = ExclusionSummary.of(List.of(ExclusionTally.of(thin, 4)));
    ExclusionSummary second =
        ExclusionSummary.of(List.of(ExclusionTally.of(duplicate, 1), ExclusionTally.of(thin, 2)));
    ExclusionSummary merged = first.merge(second);
    assertThat(merged.tallies())
        .containsExactly(ExclusionTally.of(thin, 6), ExclusionTally.of(duplicate, 1));
    assertThat(merged.total()).isEqualTo(7);
  }

  @Test
  void flowsSummariesGroupingsAndSyntheses_areValues() {
    ExclusionReason thin = ExclusionReason.of("Thin data");
    Paper five = Examples.paper(5, "asthma", "group");
    Paper two = Examples.paper(2, "dementia", "group");
    new EqualsTester()
        .addEqualityGroup(
            ReviewFlow.of(List.of(dementia, stroke)), ReviewFlow.of(List.of(dementia, stroke)))
        .addEqualityGroup(ReviewFlow.of(List.of(stroke, dementia)))
        .addEqualityGroup(
            ReviewFlow.of(reviewOf(List.of(dementia, stroke), List.of(chasing), 5)),
            ReviewFlow.of(reviewOf(List.of(dementia, stroke), List.of(chasing), 5)))
        .addEqualityGroup(
            ExclusionSummary.of(List.of(ExclusionTally.of(thin, 2), ExclusionTally.of(thin, 1))),
            ExclusionSummary.of(List.of(ExclusionTally.of(thin, 3))))
        .addEqualityGroup(
            PaperGroups.of(List.of(five, two), Paper::format),
            PaperGroups.of(List.of(five, two), Paper::format))
        .addEqualityGroup(PaperGroups.of(List.of(two, five), Paper::format))
        .addEqualityGroup(PaperGroups.of(List.of(five, two), Paper::condition))
        .testEquals();
  }

  @Test
  void flowsAndSummaries_rejectNulls() {
    com.google.common.testing.NullPointerTester tester =
        new com.google.common.testing.NullPointerTester();
    tester.testAllPublicInstanceMethods(ReviewFlow.of(List.of(dementia, frailty)));
    tester.testAllPublicInstanceMethods(
        ExclusionSummary.of(List.of(ExclusionTally.of(ExclusionReason.of("Thin data"), 2))));
  }

  /** A review of the given searches and sources that describes {@code papers} papers. */
  private static Review reviewOf(List<Search> searches, List<OtherSource> sources, int papers) {
    Review.Builder review =
        Review.builder()
            .title("Respite")
            .addStakeholders(Stakeholder.of("Carers"))
            .searches(searches)
            .otherSources(sources);
    for (int reference = 1; reference <= papers; reference++) {
      review.addPapers(Examples.paper(reference, "dementia", "group"));
    }
    return review.build();
  }

  @Test
  void audit_reportsPapersOtherThanTheSearchesIncluded() {
    // The searches include 2 + 1 = 3 papers; the review describes one.
    Review review = reviewOf(List.of(dementia, stroke), List.of(), 1);
    assertThat(Synthesis.of(review).audit().findings(Finding.Kind.INCLUDED_PAPERS_DIFFER))
        .extracting(Finding::message, Finding::keyConcept, Finding::papers)
        .containsExactly(
            org.assertj.core.api.Assertions.tuple(
                "the searches included 3 papers, but the review describes 1",
                java.util.Optional.empty(),
                List.of()));
  }

  @Test
  void audit_countsThePapersOtherSourcesIncluded() {
    // Searches 2 + 1 and reference lists 2: 5 papers; the review describes 3, which is what the
    // searches alone include, so the other source's papers must be counted for the finding.
    Review review = reviewOf(List.of(dementia, stroke), List.of(chasing), 3);
    assertThat(Synthesis.of(review).audit().findings(Finding.Kind.INCLUDED_PAPERS_DIFFER))
        .extracting(Finding::message)
        .containsExactly(
            "the searches and other sources included 5 papers, but the review describes 3");
    // Were the review to describe all 5, nothing would differ.
    assertThat(
            Synthesis.of(reviewOf(List.of(dementia, stroke), List.of(chasing), 5))
                .audit()
                .findings(Finding.Kind.INCLUDED_PAPERS_DIFFER))
        .isEmpty();
  }

  @Test
  void audit_saysNothingOfTheNumberIncluded_whereItIsNotKnown() {
    // Experts do not report how many papers they contributed; Grey literature reports nothing.
    assertThat(
            Synthesis.of(reviewOf(List.of(dementia, stroke), List.of(experts), 1))
                .audit()
                .findings(Finding.Kind.INCLUDED_PAPERS_DIFFER))
        .isEmpty();
    assertThat(
            Synthesis.of(reviewOf(List.of(dementia, grey), List.of(), 1))
                .audit()
                .findings(Finding.Kind.INCLUDED_PAPERS_DIFFER))
        .isEmpty();
    // A search that reports only abstracts and inclusions still says how many it included: 2 + 4.
    assertThat(
            Synthesis.of(reviewOf(List.of(dementia, frailty), List.of(), 1))
                .audit()
                .findings(Finding.Kind.INCLUDED_PAPERS_DIFFER))
        .extracting(Finding::message)
        .containsExactly("the searches included 6 papers, but the review describes 1");
  }

  @Test
  void synthesis_ofEqualReviews_isEqual() {
    Review review = reviewOf(List.of(dementia, stroke), List.of(), 1);
    new EqualsTester()
        .addEqualityGroup(Synthesis.of(review), Synthesis.of(Review.builder().from(review).build()))
        .addEqualityGroup(Synthesis.of(Review.builder().from(review).title("Other").build()))
        .testEquals();
  }
}
