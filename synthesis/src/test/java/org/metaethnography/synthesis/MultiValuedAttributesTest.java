package org.metaethnography.synthesis;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.metaethnography.model.Condition;
import org.metaethnography.model.Incidence;
import org.metaethnography.model.KeyConcept;
import org.metaethnography.model.Paper;
import org.metaethnography.model.Review;

/**
 * Grouping by a multi-valued attribute: the countries of multi-site studies.
 *
 * <p>Papers in review order: 2 (UK), 1 (UK and Norway), 3 (no country), 4 (Norway). Key concepts
 * Respite (ticked in 1, 3, 4), Renewal (2, 3) and Dormant (no paper).
 *
 * <p>Worked by hand: by country the groups are UK (first seen at 2) with 2 and 1, and Norway (first
 * seen at 1) with 1 and 4; paper 1 is in both groups, paper 3 in none, so the grouping is no
 * partition. Among Respite's papers (canonical order 1, 3, 4): UK 1 (paper 1), Norway 2 (papers 1
 * and 4); paper 3 counts nowhere. Among Renewal's (2, 3): UK 1. Dormant counts nothing.
 */
final class MultiValuedAttributesTest {
  private static Paper paper(int reference, String... countries) {
    return Paper.builder().reference(reference).putAttributes("country", countries).build();
  }

  private final Paper two = paper(2, "UK");
  private final Paper one = paper(1, "UK", "Norway");
  private final Paper three = paper(3);
  private final Paper four = paper(4, "Norway");
  private final KeyConcept respite = Examples.bareKeyConcept("Respite");
  private final KeyConcept renewal = Examples.bareKeyConcept("Renewal");
  private final KeyConcept dormant = Examples.bareKeyConcept("Dormant");
  private final Review review =
      Review.builder()
          .title("Respite care")
          .addPapers(two, one, three, four)
          .addKeyConcepts(respite, renewal, dormant)
          .addIncidences(
              Incidence.of(1, "Respite"),
              Incidence.of(3, "Respite"),
              Incidence.of(4, "Respite"),
              Incidence.of(2, "Renewal"),
              Incidence.of(3, "Renewal"))
          .build();
  private final Synthesis synthesis = Synthesis.of(review);

  @Test
  void groupingByEachValue_putsAPaperInEachOfItsGroups_andInNoneWithoutValues() {
    PaperGroups<String> byCountry =
        PaperGroups.ofEach(review.papers(), p -> p.attribute("country"));
    assertThat(byCountry.keys()).containsExactly("UK", "Norway");
    assertThat(byCountry.papers("UK")).containsExactly(two, one);
    assertThat(byCountry.papers("Norway")).containsExactly(one, four);
    assertThat(byCountry.papers("Sweden")).isEmpty();
    assertThat(byCountry.counts()).containsExactly(Map.entry("UK", 2), Map.entry("Norway", 2));
    assertThat(byCountry.papers()).containsExactly(two, one, one, four);
    assertThat(byCountry.isPartition()).isFalse();
    assertThat(byCountry.inSeveralGroups()).containsExactly(one);
    assertThat(byCountry.inNoGroup()).containsExactly(three);
  }

  @Test
  void synthesisPapersByEach_groupsTheIncludedPapersInTheReviewsOrder() {
    PaperGroups<String> byCountry = synthesis.papersByEach(p -> p.attribute("country"));
    assertThat(byCountry)
        .isEqualTo(PaperGroups.ofEach(List.of(two, one, three, four), p -> p.attribute("country")));
    assertThat(byCountry.asMultimap().asMap())
        .containsExactly(
            Map.entry("UK", List.of(two, one)), Map.entry("Norway", List.of(one, four)));
  }

  @Test
  void groupingByEachValue_ofPapersWithOneValueEach_isAPartition() {
    PaperGroups<String> single =
        PaperGroups.ofEach(List.of(two, four), p -> p.attribute("country"));
    assertThat(single.isPartition()).isTrue();
    assertThat(single.inSeveralGroups()).isEmpty();
    assertThat(single.inNoGroup()).isEmpty();
    assertThat(single.counts()).containsExactly(Map.entry("UK", 1), Map.entry("Norway", 1));
  }

  @Test
  void groupingByEachValue_putsAPaperInAGroupOnce_whateverTimesTheValueIsGiven() {
    PaperGroups<String> repeated =
        PaperGroups.ofEach(List.of(two, one), p -> List.of("Europe", "Europe"));
    assertThat(repeated.papers("Europe")).containsExactly(two, one);
    assertThat(repeated.isPartition()).isTrue();
  }

  @Test
  void groupingByASingleValuedAttribute_isAlwaysAPartition() {
    PaperGroups<Optional<Condition>> byCondition = synthesis.papersBy(Paper::condition);
    assertThat(byCondition.isPartition()).isTrue();
    assertThat(byCondition.inSeveralGroups()).isEmpty();
    assertThat(byCondition.inNoGroup()).isEmpty();
    assertThat(byCondition.papers(Optional.empty())).containsExactly(two, one, three, four);
  }

  @Test
  void countByEach_countsAPaperUnderEachOfItsValues() {
    ConceptGrid grid = synthesis.grid();
    assertThat(grid.countByEach(respite, p -> p.attribute("country")))
        .containsExactly(Map.entry("UK", 1), Map.entry("Norway", 2));
    assertThat(grid.countByEach(renewal, p -> p.attribute("country")))
        .containsExactly(Map.entry("UK", 1));
    assertThat(grid.countByEach(dormant, p -> p.attribute("country"))).isEmpty();
  }

  @Test
  void groupings_areEqualByGroupsAndTheirOrder() {
    new EqualsTester()
        .addEqualityGroup(
            PaperGroups.ofEach(review.papers(), p -> p.attribute("country")),
            synthesis.papersByEach(p -> p.attribute("country")))
        .addEqualityGroup(
            PaperGroups.ofEach(List.of(one, two, three, four), p -> p.attribute("country")))
        .testEquals();
  }
}
