package org.metaethnography.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One problem of a review: the rule it breaks, a message that names the offending value, where it
 * is and the rule, and, for a reference that does not resolve, what it refers to. Tools can use
 * the rule and the reference to point at the place; people read the message.
 *
 * <p>Places and references are written the same way everywhere: {@link #paper(int) paper [34]},
 * {@link #keyConcept(String) key concept "Respite"}, {@link #concept(String) concept "Guilt"},
 * {@link #stakeholder(String) stakeholder "Carers"}, {@link #phase(String) phase "during"},
 * {@link #reviewer(String) reviewer "AO"}.
 */
public final class ReviewProblem {
  /** The kinds of rule a review can break. */
  public enum Rule {
    /** A value breaks one of its own invariants (a blank name, a negative count, ...). */
    INVALID_VALUE,
    /** A description leaves out something required, or sets something twice. */
    INCOMPLETE_DESCRIPTION,
    /** A name or reference number is given more than once. */
    DUPLICATE,
    /**
     * A reference to a paper, concept, key concept, stakeholder, phase or reviewer does not
     * resolve.
     */
    UNRESOLVED_REFERENCE,
    /**
     * A raw concept is not translated into exactly one key concept nor set aside, or a key
     * concept has no raw concept translated into it.
     */
    INCOMPLETE_TRANSLATION,
    /** The exclusion tallies do not add up to the appraised papers that were not included. */
    UNACCOUNTED_EXCLUSIONS,
    /** A total of the review's counts is too large to count. */
    COUNT_OVERFLOW
  }

  private final Rule rule;
  private final String message;
  private final Optional<String> reference;

  private ReviewProblem(Rule rule, String message, Optional<String> reference) {
    this.rule = Objects.requireNonNull(rule);
    this.message = Objects.requireNonNull(message);
    this.reference = reference;
  }

  /**
   * Returns a problem of the given rule.
   *
   * @param rule the rule broken
   * @param message what is wrong, naming the value, where it is and the rule
   * @return the problem
   */
  public static ReviewProblem of(Rule rule, String message) {
    return new ReviewProblem(rule, message, Optional.empty());
  }

  /**
   * Returns the problem of a reference that does not resolve.
   *
   * @param reference what the reference names, for example {@code paper [9]}
   * @param message what is wrong, naming where the reference is
   * @return the problem, of rule {@link Rule#UNRESOLVED_REFERENCE}
   */
  public static ReviewProblem unresolved(String reference, String message) {
    return new ReviewProblem(
        Rule.UNRESOLVED_REFERENCE, message, Optional.of(Objects.requireNonNull(reference)));
  }

  /** The rule broken. */
  public Rule rule() {
    return rule;
  }

  /** What is wrong, in words: the offending value, where it is, and the rule. */
  public String message() {
    return message;
  }

  /** For an unresolved reference, what it names (for example {@code paper [9]}); else empty. */
  public Optional<String> reference() {
    return reference;
  }

  /** How messages name the paper with reference number {@code reference}: {@code paper [34]}. */
  public static String paper(int reference) {
    return "paper [" + reference + "]";
  }

  /** How messages name a key concept: {@code key concept "Respite"}. */
  public static String keyConcept(String name) {
    return "key concept \"" + Objects.requireNonNull(name) + "\"";
  }

  /** How messages name a concept: {@code concept "Guilt"}. */
  public static String concept(String name) {
    return "concept \"" + Objects.requireNonNull(name) + "\"";
  }

  /** How messages name a stakeholder: {@code stakeholder "Carers"}. */
  public static String stakeholder(String name) {
    return "stakeholder \"" + Objects.requireNonNull(name) + "\"";
  }

  /** How messages name a reviewer: {@code reviewer "AO"}. */
  public static String reviewer(String name) {
    return "reviewer \"" + Objects.requireNonNull(name) + "\"";
  }

  /** How messages name a phase: {@code phase "during"}. */
  public static String phase(String name) {
    return "phase \"" + Objects.requireNonNull(name) + "\"";
  }

  /** Problems are equal when their rule, message and reference are. */
  @Override
  public boolean equals(Object o) {
    return o instanceof ReviewProblem
        && rule == ((ReviewProblem) o).rule
        && message.equals(((ReviewProblem) o).message)
        && reference.equals(((ReviewProblem) o).reference);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule, message, reference);
  }

  /** Returns the message. */
  @Override
  public String toString() {
    return message;
  }
}
