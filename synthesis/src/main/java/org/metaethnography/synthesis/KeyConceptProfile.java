package org.metaethnography.synthesis;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
public final class KeyConceptProfile {
  private final KeyConcept keyConcept;
  private final ImmutableList<Concept> rawConcepts;
  private final ImmutableSet<Stakeholder> stakeholders;
  private final ImmutableSet<Phase> phases;
  private final ImmutableSet<Stakeholder> declaredStakeholders;
  private final ImmutableSet<Phase> declaredPhases;
  private final ValenceProfile valence;
  private final int papers;

  private KeyConceptProfile(
      KeyConcept keyConcept,
      ImmutableList<Concept> rawConcepts,
      ImmutableSet<Stakeholder> stakeholders,
      ImmutableSet<Phase> phases,
      ImmutableSet<Stakeholder> declaredStakeholders,
      ImmutableSet<Phase> declaredPhases,
      ValenceProfile valence,
      int papers) {
    Preconditions.checkArgument(papers >= 0, "a key concept cannot rest on %s papers", papers);
    this.keyConcept = Objects.requireNonNull(keyConcept);
    this.rawConcepts = Objects.requireNonNull(rawConcepts);
    this.stakeholders = Objects.requireNonNull(stakeholders);
    this.phases = Objects.requireNonNull(phases);
    this.declaredStakeholders = Objects.requireNonNull(declaredStakeholders);
    this.declaredPhases = Objects.requireNonNull(declaredPhases);
    this.valence = Objects.requireNonNull(valence);
    this.papers = papers;
  }

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
      boolean positive = false;
      boolean negative = false;
      boolean mixed = false;
      for (Concept concept : raw) {
        if (concept.perspective().isPresent()) {
          voiced.addAll(concept.perspective().get().stakeholders());
        }
        concept.phase().ifPresent(placed::add);
        if (concept.valence().isPresent()) {
          switch (concept.valence().get()) {
            case POSITIVE -> positive = true;
            case NEGATIVE -> negative = true;
            case MIXED -> mixed = true;
          }
        }
      }
      profiles.add(
          new KeyConceptProfile(
              keyConcept,
              raw,
              stakeholders.among(voiced),
              phases.among(placed),
              stakeholders.among(keyConcept.stakeholders()),
              phases.among(keyConcept.phases()),
              ValenceProfile.of(positive, negative, mixed),
              grid.countSupporting(keyConcept)));
    }
    return profiles.build();
  }

  /** {@return the key concept profiled} */
  public KeyConcept keyConcept() {
    return keyConcept;
  }

  /** {@return the raw concepts translated into it, in the order of the review's translations} */
  public ImmutableList<Concept> rawConcepts() {
    return rawConcepts;
  }

  /** {@return the stakeholders its raw concepts voice: the union of their perspectives} */
  public ImmutableSet<Stakeholder> stakeholders() {
    return stakeholders;
  }

  /** {@return the phases its raw concepts belong to} */
  public ImmutableSet<Phase> phases() {
    return phases;
  }

  /**
   * {@return the stakeholders the review declares the key concept to concern, in declared order}
   */
  public ImmutableSet<Stakeholder> declaredStakeholders() {
    return declaredStakeholders;
  }

  /** {@return the phases the review declares the key concept to belong to, in declared order} */
  public ImmutableSet<Phase> declaredPhases() {
    return declaredPhases;
  }

  /**
   * {@return whether its raw concepts are positive, negative or both: mixed where one of them is
   * mixed, none where none reports a valence}
   */
  public ValenceProfile valence() {
    return valence;
  }

  /**
   * {@return how many papers support it, fully or in part, in the review's key concept grid (a
   * paper that refutes it is not counted)}
   */
  public int papers() {
    return papers;
  }

  /** {@return whether it has raw concepts, so that a derived classification exists} */
  public boolean isDerived() {
    return !rawConcepts().isEmpty();
  }

  /**
   * {@return whether the stakeholders derived equal those declared (as sets); true where no raw
   * concept names whose views it voices, or the review declares none for the key concept, since
   * then there is nothing to compare}
   */
  public boolean stakeholdersAgree() {
    return stakeholders().isEmpty()
        || declaredStakeholders().isEmpty()
        || stakeholders().equals(declaredStakeholders());
  }

  /**
   * {@return whether the phases derived equal those declared (as sets); true where no raw concept
   * is placed in a phase, or the review declares none for the key concept}
   */
  public boolean phasesAgree() {
    return phases().isEmpty() || declaredPhases().isEmpty() || phases().equals(declaredPhases());
  }

  /**
   * Profiles are equal when every part is: the derived stakeholders and phases as sets, the
   * declared ones in the same order too.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof KeyConceptProfile other
        && papers == other.papers
        && valence == other.valence
        && keyConcept.equals(other.keyConcept)
        && rawConcepts.equals(other.rawConcepts)
        && stakeholders.equals(other.stakeholders)
        && phases.equals(other.phases)
        && declaredStakeholders.asList().equals(other.declaredStakeholders.asList())
        && declaredPhases.asList().equals(other.declaredPhases.asList());
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        keyConcept,
        rawConcepts,
        stakeholders,
        phases,
        declaredStakeholders.asList(),
        declaredPhases.asList(),
        valence,
        papers);
  }

  /** Returns the key concept with its derived classification. */
  @Override
  public String toString() {
    return String.format(
        "%s: stakeholders %s, phases %s, valence %s, %d papers, %d raw concepts",
        keyConcept(), stakeholders(), phases(), valence(), papers(), rawConcepts().size());
  }
}
