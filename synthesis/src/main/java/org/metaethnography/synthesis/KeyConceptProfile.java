package org.metaethnography.synthesis;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;
import org.metaethnography.model.Concept;
import org.metaethnography.model.KeyConcept;
import org.metaethnography.model.Phase;
import org.metaethnography.model.Review;
import org.metaethnography.model.Stakeholder;

/**
 * What the evidence says of one key concept, derived from the raw concepts translated into it: the
 * stakeholders they voice, the phases they belong to and their valence, with the number of papers
 * and raw concepts behind it. The key concept's declared classification (its phases and
 * stakeholders as the review states them) is kept beside the derived one so the two can be
 * compared. A raw concept whose perspective is undesignated or unreported adds no stakeholder to
 * the derived classification; one without a phase or valence adds none of those.
 *
 * <p>Profiles are equal when every part of them is (sets of stakeholders and phases, the declared
 * ones in the same order).
 */
@Value.Immutable
public abstract class KeyConceptProfile {
  KeyConceptProfile() {}

  /**
   * Returns the profile of every key concept of {@code review}, in review order, counting their
   * papers in {@code grid}: one pass over the translations, then one profile per key concept.
   * Derived stakeholders and phases are listed in the order the review declares them.
   */
  static ImmutableList<KeyConceptProfile> of(Review review, ConceptGrid grid) {
    DeclaredOrder<Stakeholder> stakeholders = DeclaredOrder.of(review.stakeholders());
    DeclaredOrder<Phase> phases = DeclaredOrder.of(review.phases());
    ImmutableList.Builder<KeyConceptProfile> profiles =
        ImmutableList.builderWithExpectedSize(review.keyConcepts().size());
    for (KeyConcept keyConcept : review.keyConcepts()) {
      ImmutableList<Concept> raw = review.rawConceptsOf(keyConcept);
      List<Stakeholder> voiced = new ArrayList<>();
      List<Phase> placed = new ArrayList<>();
      for (Concept concept : raw) {
        if (concept.perspective().isPresent()) {
          voiced.addAll(concept.perspective().get().stakeholders());
        }
        concept.phase().ifPresent(placed::add);
      }
      // Made from its parameters, so that the sets made here are kept, not built again.
      profiles.add(
          ImmutableKeyConceptProfile.of(
              keyConcept,
              raw,
              stakeholders.among(voiced),
              phases.among(placed),
              stakeholders.among(keyConcept.stakeholders()),
              phases.among(keyConcept.phases()),
              grid.countSupporting(keyConcept)));
    }
    return profiles.build();
  }

  /** {@return the key concept profiled} */
  @Value.Parameter
  public abstract KeyConcept keyConcept();

  /** {@return the raw concepts translated into it, in the order of the review's translations} */
  @Value.Parameter
  public abstract ImmutableList<Concept> rawConcepts();

  /** {@return the stakeholders its raw concepts voice: the union of their perspectives} */
  @Value.Parameter
  public abstract ImmutableSet<Stakeholder> stakeholders();

  /** {@return the phases its raw concepts belong to} */
  @Value.Parameter
  public abstract ImmutableSet<Phase> phases();

  /**
   * {@return the stakeholders the review declares the key concept to concern, in declared order}
   */
  @Value.Parameter
  public abstract ImmutableSet<Stakeholder> declaredStakeholders();

  /** {@return the phases the review declares the key concept to belong to, in declared order} */
  @Value.Parameter
  public abstract ImmutableSet<Phase> declaredPhases();

  /**
   * The declared stakeholders as a list, so that equality also compares the order in which they are
   * declared.
   */
  @Value.Derived
  ImmutableList<Stakeholder> declaredStakeholderOrder() {
    return declaredStakeholders().asList();
  }

  /**
   * The declared phases as a list, so that equality also compares the order in which they are
   * declared.
   */
  @Value.Derived
  ImmutableList<Phase> declaredPhaseOrder() {
    return declaredPhases().asList();
  }

  /** {@return whether its raw concepts are positive, negative or both} */
  @Value.Derived
  public ValenceProfile valence() {
    boolean positive = false;
    boolean negative = false;
    boolean mixed = false;
    for (Concept concept : rawConcepts()) {
      if (concept.valence().isPresent()) {
        switch (concept.valence().get()) {
          case POSITIVE -> positive = true;
          case NEGATIVE -> negative = true;
          case MIXED -> mixed = true;
        }
      }
    }
    return ValenceProfile.of(positive, negative, mixed);
  }

  /**
   * {@return how many papers support it, fully or in part, in the review's key concept grid (a
   * paper that refutes it is not counted)}
   */
  @Value.Parameter
  public abstract int papers();

  /** {@return whether it has raw concepts, so that a derived classification exists} */
  public final boolean isDerived() {
    return !rawConcepts().isEmpty();
  }

  /**
   * {@return whether the stakeholders derived equal those declared (as sets); true where no raw
   * concept names whose views it voices, or the review declares none for the key concept, since
   * then there is nothing to compare}
   */
  public final boolean stakeholdersAgree() {
    return stakeholders().isEmpty()
        || declaredStakeholders().isEmpty()
        || stakeholders().equals(declaredStakeholders());
  }

  /**
   * {@return whether the phases derived equal those declared (as sets); true where no raw concept
   * is placed in a phase, or the review declares none for the key concept}
   */
  public final boolean phasesAgree() {
    return phases().isEmpty() || declaredPhases().isEmpty() || phases().equals(declaredPhases());
  }

  /** Checks that the number of papers is not negative. */
  @Value.Check
  final void check() {
    Preconditions.checkState(papers() >= 0, "a key concept cannot rest on %s papers", papers());
  }

  /** Returns the key concept with its derived classification. */
  @Override
  public final String toString() {
    return String.format(
        "%s: stakeholders %s, phases %s, valence %s, %d papers, %d raw concepts",
        keyConcept(), stakeholders(), phases(), valence(), papers(), rawConcepts().size());
  }
}
