package org.metaethnography.core;

import static org.metaethnography.model.ReviewProblem.Rule.INCOMPLETE_DESCRIPTION;
import static org.metaethnography.model.ReviewProblem.Rule.INVALID_VALUE;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.metaethnography.model.InvalidValueException;
import org.metaethnography.model.Perspective;
import org.metaethnography.model.Phase;
import org.metaethnography.model.ReviewProblem;
import org.metaethnography.model.Stakeholder;

/**
 * What the specs of the fluent API share: where they are in the review (for messages), and the
 * problems they found while being filled in, which the review builder reports together.
 */
abstract class Spec {
  private final String where;
  private final List<ReviewProblem> problems = new ArrayList<>();
  private final Set<String> rejected = new HashSet<>();

  Spec(String where) {
    this.where = where;
  }

  /** Where this spec is in the review, as messages name it, for example {@code paper [3]}. */
  final String where() {
    return where;
  }

  /** Returns {@code value} as the attribute's value, or records that it was already set. */
  final <T> Optional<T> once(String attribute, Optional<T> current, T value) {
    if (current.isPresent()) {
      problem(
          INCOMPLETE_DESCRIPTION,
          String.format(
              "%s is set twice, first to \"%s\" and then to \"%s\"", attribute, current.get(), value));
      return current;
    }
    return Optional.of(value);
  }

  /**
   * Returns the value {@code factory} makes as the attribute's value; if the factory rejects its
   * input, records why and keeps {@code current}, and the attribute no longer counts as missing.
   */
  final <T> Optional<T> onceMade(String attribute, Optional<T> current, Supplier<T> factory) {
    Optional<T> value = attempt(factory);
    if (value.isEmpty()) {
      rejected.add(attribute);
      return current;
    }
    return once(attribute, current, value.get());
  }

  /**
   * Returns the attribute's value, or records that it is missing and returns empty; an attribute
   * whose value was rejected is not reported again.
   */
  final <T> Optional<T> required(String attribute, Optional<T> value) {
    if (value.isEmpty() && !rejected.contains(attribute)) {
      problem(INCOMPLETE_DESCRIPTION, attribute + " is not set");
    }
    return value;
  }

  /** Records a problem of this spec, placed where the spec is. */
  final void problem(ReviewProblem.Rule rule, String message) {
    problems.add(ReviewProblem.of(rule, where + ": " + message));
  }

  /**
   * Returns the result of {@code factory}, or records every problem of the value it rejects.
   * Messages that already say where they are keep their place; others are placed here.
   */
  final <T> Optional<T> attempt(Supplier<T> factory) {
    try {
      return Optional.of(factory.get());
    } catch (InvalidValueException e) {
      e.problems().forEach(this::invalid);
    } catch (IllegalArgumentException e) {
      invalid(e.getMessage());
    }
    return Optional.empty();
  }

  private void invalid(String message) {
    problems.add(
        ReviewProblem.of(
            INVALID_VALUE, message.startsWith(where + ": ") ? message : where + ": " + message));
  }

  /** Whether a value given for {@code attribute} was rejected. */
  final boolean wasRejected(String attribute) {
    return rejected.contains(attribute);
  }

  /** The problems found so far, in the order found. */
  final List<ReviewProblem> problems() {
    return problems;
  }

  /** Whether a problem has been found. */
  final boolean hasProblems() {
    return !problems.isEmpty();
  }

  /**
   * Runs {@code build}, which may record problems of its own, and copies every problem of this
   * spec to {@code into}. The problems {@code build} recorded are then forgotten, so that building
   * again reports them once again rather than twice.
   */
  final <T> Optional<T> build(Supplier<Optional<T>> build, List<ReviewProblem> into) {
    int described = problems.size();
    Optional<T> built = build.get();
    into.addAll(problems);
    problems.subList(described, problems.size()).clear();
    return built;
  }

  /** Returns the stakeholders of the given names, in order. */
  static ImmutableList<Stakeholder> stakeholders(String... names) {
    return Arrays.stream(names).map(Stakeholder::of).collect(ImmutableList.toImmutableList());
  }

  /** Returns the phases of the given names, in order. */
  static ImmutableList<Phase> phases(String... names) {
    return Arrays.stream(names).map(Phase::of).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns {@code values} in the order the review declares them, those it does not declare last
   * in the order given, so that equal sets of stakeholders or phases read the same everywhere.
   */
  static <T> ImmutableList<T> inDeclaredOrder(Collection<T> values, List<T> declared) {
    return ImmutableList.sortedCopyOf(
        Comparator.comparingInt(
            (T value) -> declared.contains(value) ? declared.indexOf(value) : declared.size()),
        values);
  }

  /** Returns {@code perspective} with its stakeholders in the order the review declares them. */
  static Perspective inDeclaredOrder(Perspective perspective, List<Stakeholder> declared) {
    return perspective.isUndesignated()
        ? perspective
        : Perspective.of(inDeclaredOrder(perspective.stakeholders(), declared));
  }
}
