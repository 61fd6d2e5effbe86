package org.metaethnography.synthesis;

import org.metaethnography.model.Author;
import org.metaethnography.model.Citation;
import org.metaethnography.model.Condition;
import org.metaethnography.model.InterventionFormat;
import org.metaethnography.model.KeyConcept;
import org.metaethnography.model.Paper;
import org.metaethnography.model.Perspective;
import org.metaethnography.model.Phase;
import org.metaethnography.model.Stakeholder;

/** Hand-made values for the synthesis tests (a review of respite care for carers). */
final class Examples {
  private Examples() {}

  /** A paper cited by reference number, with every attribute reported. */
  static Paper paper(int reference, String condition, String format) {
    return Paper.builder()
        .reference(reference)
        .addAuthors(Author.of("Author" + reference, "A"))
        .year(2000 + reference)
        .title("Study " + reference)
        .journal("J Adv Nurs")
        .format(InterventionFormat.of(format))
        .condition(Condition.of(condition))
        .intervention("Day care")
        .perspective(Perspective.of(Stakeholder.of("Carers")))
        .build();
  }

  /** A paper cited by reference number, of which the review reports nothing but its citation. */
  static Paper bare(int reference) {
    return Paper.builder().reference(reference).build();
  }

  /** A paper cited by an author-year label, of which the review reports nothing else. */
  static Paper bare(String label) {
    return Paper.builder().citation(Citation.of(label)).build();
  }

  static KeyConcept keyConcept(String name) {
    return KeyConcept.builder()
        .name(name)
        .definition("Definition of " + name)
        .addPhases(Phase.of("during"))
        .addStakeholders(Stakeholder.of("Carers"))
        .build();
  }

  /** A key concept of which the review reports only its name. */
  static KeyConcept bareKeyConcept(String name) {
    return KeyConcept.builder().name(name).build();
  }
}
