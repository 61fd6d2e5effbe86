package org.metaethnography.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The answers an item of an appraisal form allows (for example yes, no, not addressed), in the
 * form's order, with the points each answer scores where the review scores the form.
 *
 * <p>A scale without points is answered but not scored. On a scored scale an answer without points
 * (for example "not addressed") scores nothing; an item's maximum is its best answer's points.
 */
@Value.Immutable
public abstract class AnswerScale {
  AnswerScale() {}

  /**
   * Returns a scale of answers that carry no points.
   *
   * @param answers the answers, in order, at least two, distinct
   * @return the scale
   */
  public static AnswerScale of(String... answers) {
    return builder().addAnswers(answers).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the answers, in the form's order} */
  public abstract ImmutableList<String> answers();

  /** {@return the points each scored answer gives; answers absent here score nothing} */
  public abstract ImmutableMap<String, BigDecimal> points();

  /**
   * Whether any answer of this scale scores points.
   *
   * @return true if the scale counts towards a score
   */
  public final boolean isScored() {
    return !points().isEmpty();
  }

  /**
   * The most points an answer of this scale gives.
   *
   * @return the maximum, if the scale is scored
   */
  public final Optional<BigDecimal> maximum() {
    return points().values().stream().max(BigDecimal::compareTo);
  }

  @Value.Check
  final void check() {
    Checks checks =
        Checks.of("answer scale")
            .require(
                answers().size() >= 2, answers(), "must allow at least two answers: %s", answers())
            .distinct("answer", answers());
    for (String answer : answers()) {
      checks.name("answer", answer);
    }
    points()
        .forEach(
            (answer, points) -> {
              checks.require(
                  answers().contains(answer),
                  answer,
                  "gives points to \"%s\", which is not one of its answers %s",
                  answer,
                  answers());
              checks.require(
                  points.signum() >= 0,
                  points,
                  "points of \"%s\" (%s) must not be negative",
                  answer,
                  points.toPlainString());
            });
    checks.done();
  }

  @Override
  public final String toString() {
    return String.join(" / ", answers());
  }

  /** Builds an {@link AnswerScale}; every setter returns this builder. */
  public static final class Builder extends ImmutableAnswerScale.Builder {
    Builder() {}
  }
}
