package org.metaethnography.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * One meta-ethnography: its question, its searches and their counts, the tallies of papers that
 * quality appraisal excluded, the included papers, the stakeholders and phases it speaks of, the
 * concepts extracted from the papers, the key concepts, the translations and the key concept
 * grid.
 *
 * <p>A review is checked whole when it is built: names and reference numbers are unique, every
 * reference to a paper, concept, key concept, stakeholder, phase or reviewer resolves, every raw
 * concept is translated into exactly one key concept or set aside (and no key concept is left
 * without a concept, once the review records raw concepts), and the exclusion tallies account
 * for the appraised papers that were not included. Every violation is reported
 * at once in an {@link InvalidReviewException}. The order in which parts are given is kept and is
 * the default presentation order of every table; nothing computed depends on it.
 *
 * <p>Most users build a review through the fluent entry point of the {@code core} module; the
 * builder here is the plain, complete form.
 */
@Value.Immutable
public abstract class Review {
  Review() {}

  /** Returns a builder; only the title is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The review's title or question. */
  public abstract String title();

  /** The stakeholder groups the review distinguishes, in the order given. */
  public abstract ImmutableList<Stakeholder> stakeholders();

  /** The phases of the conceptual model, in the order given. */
  public abstract ImmutableList<Phase> phases();

  /** The reviewers who extracted concepts, in the order given. */
  public abstract ImmutableList<Reviewer> reviewers();

  /** The literature searches, in the order given. */
  public abstract ImmutableList<Search> searches();

  /** The tallies of papers excluded at quality appraisal, in the order given. */
  public abstract ImmutableList<ExclusionTally> exclusions();

  /** The included papers, in the order given. */
  public abstract ImmutableList<Paper> papers();

  /** The raw (first- and second-order) concepts, in the order given. */
  public abstract ImmutableList<Concept> concepts();

  /** Which raw concepts were found in which papers, by whom, in the order given. */
  public abstract ImmutableList<Extraction> extractions();

  /** The key concepts (third order), in the order given: the columns of the grid. */
  public abstract ImmutableList<KeyConcept> keyConcepts();

  /** The translations of concepts into key concepts, in the order given. */
  public abstract ImmutableList<Translation> translations();

  /** The raw concepts set aside rather than translated, in the order given. */
  public abstract ImmutableList<SetAside> setAside();

  /** The line of argument: the key concepts' relations and their statement in words. */
  @Value.Default
  public LineOfArgument lineOfArgument() {
    return LineOfArgument.none();
  }

  /** The ticked cells of the key concept grid, in the order given. */
  public abstract ImmutableList<Incidence> incidences();

  @Value.Lazy
  ImmutableMap<Integer, Paper> papersByReference() {
    return Maps.uniqueIndex(papers(), Paper::reference);
  }

  @Value.Lazy
  ImmutableMap<String, KeyConcept> keyConceptsByName() {
    return Maps.uniqueIndex(keyConcepts(), KeyConcept::name);
  }

  @Value.Lazy
  ImmutableMap<String, Concept> conceptsByName() {
    return Maps.uniqueIndex(concepts(), Concept::name);
  }

  /** Returns the included paper with the given reference number, if there is one. */
  public final Optional<Paper> paper(int reference) {
    return Optional.ofNullable(papersByReference().get(reference));
  }

  /** Returns the key concept with the given name, if there is one. */
  public final Optional<KeyConcept> keyConcept(String name) {
    return Optional.ofNullable(keyConceptsByName().get(Objects.requireNonNull(name)));
  }

  /** Returns the concept with the given name, if there is one. */
  public final Optional<Concept> concept(String name) {
    return Optional.ofNullable(conceptsByName().get(Objects.requireNonNull(name)));
  }

  /** The conditions of the included papers, distinct, in the order they first appear. */
  public final ImmutableList<Condition> conditions() {
    return distinct(Paper::condition);
  }

  /** The intervention formats of the included papers, distinct, in the order they first appear. */
  public final ImmutableList<InterventionFormat> formats() {
    return distinct(Paper::format);
  }

  private <T> ImmutableList<T> distinct(Function<Paper, T> attribute) {
    return papers().stream().map(attribute).distinct().collect(ImmutableList.toImmutableList());
  }

  @Value.Check
  final void check() {
    ImmutableList<ReviewProblem> problems = ReviewValidator.problems(this);
    if (!problems.isEmpty()) {
      throw new InvalidReviewException(title(), problems);
    }
  }

  /** Returns the review's title with the size of its parts. */
  @Override
  public final String toString() {
    return String.format(
        "Review \"%s\" (%d papers, %d concepts, %d key concepts)",
        title(), papers().size(), concepts().size(), keyConcepts().size());
  }

  /** Builds a {@link Review}; every setter returns this builder. */
  public static final class Builder extends ImmutableReview.Builder {
    Builder() {}
  }
}
