package org.metaethnography.synthesis;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;
import org.metaethnography.model.Citation;

/**
 * One finding of an {@link Audit}: what a careful methodologist would want to look at again. Its
 * subjects are typed fields (the key concept, the raw concept, the papers, which aspect of a
 * classification differs); the message says the same in words. Findings are equal when every field
 * is.
 */
@Value.Immutable
public abstract class Finding {
  /** The checks an audit runs. */
  public enum Kind {
    /**
     * A key concept declared to concern some stakeholders is ticked in papers that report none of
     * them.
     */
    PAPERS_OUTSIDE_DECLARED_STAKEHOLDERS,
    /** A key concept's declared stakeholders or phases differ from those its raw concepts give. */
    DECLARED_DIFFERS_FROM_DERIVED,
    /** A key concept rests on a single paper (a refuting paper does not count as support). */
    SINGLE_PAPER,
    /** No paper supports a key concept, fully or in part. */
    NO_PAPER,
    /**
     * An included paper (or every report of a study) expresses no key concept. The associated
     * reports of a study that some other report of it grounds are not reported.
     */
    PAPER_WITHOUT_KEY_CONCEPT,
    /** A raw concept is set aside rather than translated. */
    UNTRANSLATED_CONCEPT,
    /** Raw concepts support a cell that the review's key concept grid does not tick. */
    RAW_SUPPORT_NOT_IN_GRID,
    /**
     * The searches and other sources include another number of papers than the review describes
     * (papers found by other means, or papers not yet described).
     */
    INCLUDED_PAPERS_DIFFER,
    /**
     * Raw concepts that no extraction finds in any paper, once the review records extractions: one
     * finding that lists them all.
     */
    CONCEPTS_NOT_FOUND
  }

  /**
   * Which part of a key concept's classification a {@link Kind#DECLARED_DIFFERS_FROM_DERIVED}
   * finding is about.
   */
  public enum Aspect {
    /** The stakeholder groups it concerns. */
    STAKEHOLDERS,
    /** The phases it belongs to. */
    PHASES
  }

  Finding() {}

  /**
   * Returns a finding of the given kind about the given subjects.
   *
   * @param kind which check found it
   * @param keyConcept the name of the key concept concerned, if one is
   * @param concepts the names of the raw concepts concerned, in the review's order
   * @param aspect which part of a classification differs, for a {@link
   *     Kind#DECLARED_DIFFERS_FROM_DERIVED} finding only
   * @param papers the citations of the papers concerned, in canonical order
   * @param message the finding in words
   * @return the finding
   */
  static Finding of(
      Kind kind,
      Optional<String> keyConcept,
      Iterable<String> concepts,
      Optional<? extends Aspect> aspect,
      Iterable<? extends Citation> papers,
      String message) {
    return ImmutableFinding.of(kind, keyConcept, concepts, aspect, papers, message);
  }

  /** {@return which check found it} */
  @Value.Parameter
  public abstract Kind kind();

  /** {@return the name of the key concept concerned, if one is} */
  @Value.Parameter
  public abstract Optional<String> keyConcept();

  /**
   * {@return the name of the raw concept concerned (the one set aside), if one is; for a finding
   * about several raw concepts, the first of {@link #concepts()}}
   */
  public final Optional<String> concept() {
    return concepts().isEmpty() ? Optional.empty() : Optional.of(concepts().get(0));
  }

  /**
   * {@return the names of the raw concepts concerned, in the review's order: the one set aside, or
   * every raw concept no extraction finds}
   */
  @Value.Parameter
  public abstract ImmutableList<String> concepts();

  /**
   * {@return for a declared classification that differs from the derived one, which part differs}
   */
  @Value.Parameter
  public abstract Optional<Aspect> aspect();

  /** {@return the citations of the papers concerned, in canonical order} */
  @Value.Parameter
  public abstract ImmutableList<Citation> papers();

  /** {@return the finding in words} */
  @Value.Parameter
  public abstract String message();

  /**
   * Checks that exactly the findings of a declared classification that differs from the derived one
   * name the aspect that differs, and that every finding has words.
   */
  @Value.Check
  final void check() {
    Preconditions.checkState(
        aspect().isPresent() == (kind() == Kind.DECLARED_DIFFERS_FROM_DERIVED),
        "a finding of kind %s must %s an aspect",
        kind(),
        kind() == Kind.DECLARED_DIFFERS_FROM_DERIVED ? "name" : "not name");
    Preconditions.checkState(!message().isEmpty(), "a finding must have a message");
  }

  /** Returns the message. */
  @Override
  public final String toString() {
    return message();
  }
}
