package org.metaethnography.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;
import org.metaethnography.model.ExclusionReason;
import org.metaethnography.model.ExclusionTally;
import org.metaethnography.model.Paper;
import org.metaethnography.model.Review;
import org.metaethnography.model.Stakeholder;
import org.metaethnography.model.Search;
import org.metaethnography.model.StageCounts;

/** Review flow and exclusion tallies, with totals worked out by hand. */
final class FlowAndExclusionsTest {
  private final Search dementia = Search.of("Dementia", StageCounts.of(800, 60, 9, 2));
  private final Search stroke = Search.of("Stroke", StageCounts.of(300, 20, 3, 1));

  @Test
  void flowTotal_addsEachStage() {
    ReviewFlow flow = ReviewFlow.of(List.of(dementia, stroke));
    assertThat(flow.total()).isEqualTo(StageCounts.of(1100, 80, 12, 3));
    assertThat(flow.total().articlesExcluded()).isEqualTo(9);
    assertThat(ReviewFlow.of(List.of()).total()).isEqualTo(StageCounts.zero());
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
        .addEqualityGroup(ReviewFlow.of(List.of(dementia, stroke)), ReviewFlow.of(List.of(dementia, stroke)))
        .addEqualityGroup(ReviewFlow.of(List.of(stroke, dementia)))
        .addEqualityGroup(
            ExclusionSummary.of(List.of(ExclusionTally.of(thin, 2), ExclusionTally.of(thin, 1))),
            ExclusionSummary.of(List.of(ExclusionTally.of(thin, 3))))
        .addEqualityGroup(PaperGroups.of(List.of(five, two), Paper::format), PaperGroups.of(List.of(five, two), Paper::format))
        .addEqualityGroup(PaperGroups.of(List.of(two, five), Paper::format))
        .addEqualityGroup(PaperGroups.of(List.of(five, two), Paper::condition))
        .testEquals();
  }

  /** A review whose two searches include three papers, of which it describes one. */
  private Review reviewOfOnePaper() {
    return Review.builder()
        .title("Respite")
        .addStakeholders(Stakeholder.of("Carers"))
        .addSearches(dementia, stroke)
        .addPapers(Examples.paper(5, "dementia", "group"))
        .build();
  }

  @Test
  void audit_reportsPapersOtherThanTheSearchesIncluded() {
    // The searches include 2 + 1 = 3 papers; the review describes one.
    Review review = reviewOfOnePaper();
    assertThat(Synthesis.of(review).audit().findings(Finding.Kind.INCLUDED_PAPERS_DIFFER))
        .extracting(Finding::message)
        .containsExactly("the searches included 3 papers, but the review describes 1");
  }

  @Test
  void synthesis_ofEqualReviews_isEqual() {
    Review review = reviewOfOnePaper();
    new EqualsTester()
        .addEqualityGroup(Synthesis.of(review), Synthesis.of(Review.builder().from(review).build()))
        .addEqualityGroup(Synthesis.of(Review.builder().from(review).title("Other").build()))
        .testEquals();
  }
}
