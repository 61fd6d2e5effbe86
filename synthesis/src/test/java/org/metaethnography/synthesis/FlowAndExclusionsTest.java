package org.metaethnography.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.metaethnography.model.ExclusionReason;
import org.metaethnography.model.ExclusionTally;
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
}
