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
            .format(InterventionFormat.of("group"))
            .condition(Condition.of("dementia"))
            .intervention("Weekly day care");
    return paper.perspective(
        Perspective.of(
            Arrays.stream(stakeholders).map(Stakeholder::of).toArray(Stakeholder[]::new)));
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

  static Concept concept(String name, String phase, String stakeholder) {
    return Concept.builder()
        .name(name)
        .order(Order.SECOND)
        .perspective(Perspective.of(Stakeholder.of(stakeholder)))
        .valence(Valence.POSITIVE)
        .phase(Phase.of(phase))
        .definition("Definition of " + name)
        .build();
  }

  static Extraction extraction(String concept, int paper, String... reviewers) {
    return Extraction.builder()
        .concept(concept)
        .paper(paper)
        .reviewers(Arrays.stream(reviewers).map(Reviewer::of)::iterator)
        .build();
  }

  /**
   * A valid review of two papers, two key concepts each with one raw concept, two searches, and a
   * line of argument.
   */
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
        .addReviewers(Reviewer.of("AO"), Reviewer.of("SL"))
        .addConcepts(
            concept("Time for oneself", "during", "Carers"),
            concept("Feeling new", "after", "Carers"))
        .extractions(validExtractionsAnd())
        .addTranslations(
            Translation.of("Respite", TranslationKind.RECIPROCAL, "Time for oneself"),
            Translation.of("Renewal", TranslationKind.RECIPROCAL, "Feeling new"))
        .addRelationKinds(RelationKind.of("restores"))
        .lineOfArgument(
            LineOfArgument.builder()
                .addRelations(Relation.of("Respite", "restores", "Renewal"))
                .build())
        .addIncidences(Incidence.of(1, "Respite"), Incidence.of(2, "Renewal"));
  }

  /** {@return the valid review's extractions followed by {@code more}} */
  static java.util.List<Extraction> validExtractionsAnd(Extraction... more) {
    return com.google.common.collect.ImmutableList.<Extraction>builder()
        .add(extraction("Time for oneself", 1, "AO", "SL"), extraction("Feeling new", 2, "SL"))
        .add(more)
        .build();
  }

  /** The valid review without raw concepts: key concepts ticked in the grid only. */
  static Review.Builder gridOnlyReview() {
    return validReview()
        .concepts(java.util.List.of())
        .extractions(java.util.List.of())
        .translations(java.util.List.of());
  }
}
