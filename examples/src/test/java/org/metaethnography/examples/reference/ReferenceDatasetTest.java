package org.metaethnography.examples.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.metaethnography.model.KeyConcept;
import org.metaethnography.model.Paper;
import org.metaethnography.model.Phase;
import org.metaethnography.model.Review;
import org.metaethnography.model.Stakeholder;
import org.metaethnography.synthesis.ConceptGrid;

/** The reference dataset against facts read off the paper by hand. */
final class ReferenceDatasetTest {
  private final Review review = ReproducePaper.review();

  @Test
  void includedPapers_areTheAsteriskedReferences() {
    // The reference list marks [13], [21]-[25] and [30]-[48] with an asterisk.
    assertThat(review.papers().stream().map(p -> p.citation().number().getAsInt()))
        .containsExactlyInAnyOrder(
            13, 21, 22, 23, 24, 25, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45,
            46, 47, 48);
    assertThat(ReproducePaper.TABLE_3_ROW_ORDER)
        .containsExactlyInAnyOrderElementsOf(
            review.papers().stream().map(Paper::citation)::iterator);
  }

  @Test
  void keyConcepts_haveThePhaseAndStakeholdersOfSections31To34() {
    Stakeholder mentors = Stakeholder.of("Mentors");
    Stakeholder mentees = Stakeholder.of("Mentees");
    Phase during = Phase.of("During intervention");
    Phase post = Phase.of("Post-intervention");
    Map<String, Placement> expected = new LinkedHashMap<>();
    // 3.1 During intervention: mentors' and mentees' experiences
    for (String name :
        List.of("Sense of connection", "Experiential knowledge", "Finding meaning", "Isolation")) {
      expected.put(name, new Placement(during, List.of(mentors, mentees)));
    }
    // 3.2 During intervention: mentee-specific experiences
    expected.put("Sharing", new Placement(during, List.of(mentees)));
    // 3.3 During intervention: mentor-specific experiences
    for (String name :
        List.of("Helping", "Reciprocity", "Role satisfaction", "Emotional entanglement")) {
      expected.put(name, new Placement(during, List.of(mentors)));
    }
    // 3.4 Post-intervention: mentors' and mentees' experiences and perceived impacts
    for (String name :
        List.of("Changed outlook", "Changed behaviour", "Changed knowledge", "Empowerment")) {
      expected.put(name, new Placement(post, List.of(mentors, mentees)));
    }
    assertThat(review.keyConcepts().stream().map(KeyConcept::name))
        .containsExactlyElementsOf(expected.keySet());
    for (KeyConcept keyConcept : review.keyConcepts()) {
      Placement placement = expected.get(keyConcept.name());
      assertThat(keyConcept.phases()).as(keyConcept.name()).containsExactly(placement.phase());
      assertThat(keyConcept.stakeholders())
          .as(keyConcept.name())
          .containsExactlyElementsOf(placement.stakeholders());
    }
  }

  /** Where sections 3.1 to 3.4 place a key concept. */
  private record Placement(Phase phase, List<Stakeholder> stakeholders) {}

  @Test
  void grid_countsPapersPerKeyConceptAsTable3() {
    // Ticks of each Table 3 column, counted by hand (see golden/README.md).
    int[] papers = {16, 16, 7, 16, 9, 13, 8, 5, 5, 20, 17, 21, 8};
    ConceptGrid grid = ConceptGrid.of(review);
    for (int i = 0; i < papers.length; i++) {
      KeyConcept keyConcept = review.keyConcepts().get(i);
      assertThat(grid.count(keyConcept)).as(keyConcept.name()).isEqualTo(papers[i]);
    }
    assertThat(grid.incidenceCount()).isEqualTo(161);
  }

  @Test
  void papers_carryTheirReferenceListIdentity() {
    // [23] Hilfinger Messias D, Moneyham L, Vyavaharkar M, Murdaugh C, Phillips K. ... 2009.
    Paper paper = review.paper(23).orElseThrow();
    assertThat(paper.firstAuthor()).contains("Hilfinger Messias");
    assertThat(paper.authors()).hasSize(5);
    assertThat(paper.year()).hasValue(2009);
    assertThat(paper.journal()).contains("Health Care Women Int");
    // [40] Dietrick L, Paxton H, Rivera A, Gertner E, Biery N, Letcher A, et al. ... 2010.
    assertThat(review.paper(40).orElseThrow().etAl()).isTrue();
    // Table 1: Heisler [43], telephone, "Bidirectional (no designation of mentor/mentee)".
    assertThat(review.paper(43).orElseThrow().perspective().orElseThrow().isUndesignated())
        .isTrue();
  }
}
