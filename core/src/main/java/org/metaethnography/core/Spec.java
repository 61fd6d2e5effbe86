package org.metaethnography.core;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.metaethnography.model.Phase;
import org.metaethnography.model.Stakeholder;

/**
 * What the specs of the fluent API share: where they are in the review (for messages), and the
 * problems they found while being filled in, which the review builder reports together.
 */
abstract class Spec {
  private final String where;
  private final List<String> problems = new ArrayList<>();
  private final Set<String> rejected = new HashSet<>();

  Spec(String where) {
    this.where = where;
  }

  /** Returns {@code value} as the attribute's value, or records that it was already set. */
  final <T> Optional<T> once(String attribute, Optional<T> current, T value) {
    if (current.isPresent()) {
      problem(
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
      problem(attribute + " is not set");
    }
    return value;
  }

  /** Records a problem of this spec, prefixed with where it is. */
  final void problem(String message) {
    problems.add(where + ": " + message);
  }

  /** Returns the result of {@code factory}, or records its {@link IllegalArgumentException}. */
  final <T> Optional<T> attempt(Supplier<T> factory) {
    try {
      return Optional.of(factory.get());
    } catch (IllegalArgumentException e) {
      problem(e.getMessage());
      return Optional.empty();
    }
  }

  /** The problems found so far, in the order found. */
  final List<String> problems() {
    return problems;
  }

  /**
   * Runs {@code build}, which may record problems of its own, and copies every problem of this
   * spec to {@code into}. The problems {@code build} recorded are then forgotten, so that building
   * again reports them once again rather than twice.
   */
  final <T> Optional<T> build(Supplier<Optional<T>> build, List<String> into) {
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
}
