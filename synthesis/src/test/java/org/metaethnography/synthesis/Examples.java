package org.metaethnography.synthesis;

import org.metaethnography.model.Author;
import org.metaethnography.model.Condition;
import org.metaethnography.model.Intervention;
import org.metaethnography.model.InterventionFormat;
import org.metaethnography.model.KeyConcept;
import org.metaethnography.model.Paper;
import org.metaethnography.model.Perspective;
import org.metaethnography.model.Phase;
import org.metaethnography.model.Stakeholder;

/** Hand-made values for the synthesis tests (a review of respite care for carers). */
final class Examples {
  private Examples() {}

  static Paper paper(int reference, String condition, String format) {
    return Paper.builder()
        .reference(reference)
        .addAuthors(Author.of("Author" + reference, "A"))
        .year(2000 + reference)
        .title("Study " + reference)
        .journal("J Adv Nurs")
        .intervention(
            Intervention.builder()
                .format(InterventionFormat.of(format))
                .condition(Condition.of(condition))
                .description("Day care")
                .build())
        .perspective(Perspective.of(Stakeholder.of("Carers")))
        .build();
  }

  static KeyConcept keyConcept(String name) {
    return KeyConcept.builder()
        .name(name)
        .definition("Definition of " + name)
        .addPhases(Phase.of("during"))
        .addStakeholders(Stakeholder.of("Carers"))
        .build();
  }
}
