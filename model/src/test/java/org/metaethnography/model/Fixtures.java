package org.metaethnography.model;

import java.util.Arrays;

/** Small hand-made values for the model's tests, on a topic of their own (respite for carers). */
final class Fixtures {
  private Fixtures() {}

  static Paper.Builder paperBuilder(int reference, String... stakeholders) {
    Paper.Builder paper =
        Paper.builder()
            .reference(reference)
            .addAuthors(Author.of("Okafor", "N"), Author.of("Lind", "S"))
            .year(2019)
            .title("Respite and the carer")
            .journal("J Adv Nurs")
            .intervention(
                Intervention.builder()
                    .format(InterventionFormat.of("group"))
                    .condition(Condition.of("dementia"))
                    .description("Weekly day care")
                    .build());
    return paper.perspective(
        Perspective.of(Arrays.stream(stakeholders).map(Stakeholder::of).toArray(Stakeholder[]::new)));
  }

  static Paper paper(int reference, String... stakeholders) {
    return paperBuilder(reference, stakeholders).build();
  }

  static KeyConcept keyConcept(String name, String phase, String... stakeholders) {
    return KeyConcept.builder()
        .name(name)
        .definition("Definition of " + name)
        .addPhases(Phase.of(phase))
        .stakeholders(Arrays.stream(stakeholders).map(Stakeholder::of)::iterator)
        .build();
  }

  static Concept concept(String name, int paper, String stakeholder) {
    return Concept.builder()
        .name(name)
        .order(Order.SECOND)
        .paper(paper)
        .perspective(Perspective.of(Stakeholder.of(stakeholder)))
        .definition("Definition of " + name)
        .build();
  }

  /** A valid review of two papers, two key concepts, one concept, two searches. */
  static Review.Builder validReview() {
    return Review.builder()
        .title("Respite care")
        .addStakeholders(Stakeholder.of("Carers"), Stakeholder.of("Staff"))
        .addPhases(Phase.of("during"), Phase.of("after"))
        .addSearches(
            Search.of("Dementia", StageCounts.of(800, 60, 9, 2)),
            Search.of("Stroke", StageCounts.of(300, 20, 3, 1)))
        .addExclusions(
            ExclusionTally.of(ExclusionReason.of("Thin data"), 6),
            ExclusionTally.of(ExclusionReason.of("Duplicate"), 3))
        .addPapers(paper(1, "Carers"), paper(2, "Carers", "Staff"))
        .addKeyConcepts(
            keyConcept("Respite", "during", "Carers"), keyConcept("Renewal", "after", "Carers"))
        .addConcepts(concept("Time for oneself", 1, "Carers"))
        .addTranslations(Translation.of("Respite", TranslationKind.RECIPROCAL, "Time for oneself"))
        .addIncidences(Incidence.of(1, "Respite"), Incidence.of(2, "Renewal"));
  }
}
