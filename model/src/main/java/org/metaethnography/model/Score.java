package org.metaethnography.model;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An appraisal score as a review reports it: one value ({@code 8}), or a range ({@code 7-9}, as
 * when reviewers disagree or a tool scores in bands), out of a maximum where the tool has one
 * ({@code 8/10}). Values are decimals, compared by value ({@code 8} equals {@code 8.0}).
 *
 * <pre>{@code
 * Score eight = Score.of(8, 10);
 * Score range = Score.range(BigDecimal.valueOf(7), BigDecimal.valueOf(9), Optional.of(BigDecimal.TEN));
 * }</pre>
 */
@Value.Immutable
public abstract class Score {
  Score() {}

  /**
   * Returns a single score out of a maximum.
   *
   * @param value the score; not negative
   * @param outOf the maximum; greater than 0 and at least the score
   * @return the score
   * @throws InvalidValueException if the score is negative or above the maximum, or the maximum is
   *     0 or less
   */
  public static Score of(long value, long outOf) {
    return range(
        BigDecimal.valueOf(value),
        BigDecimal.valueOf(value),
        Optional.of(BigDecimal.valueOf(outOf)));
  }

  /**
   * Returns a score as a range, optionally out of a maximum.
   *
   * @param low the lowest value; not negative
   * @param high the highest value; at least {@code low}
   * @param outOf the maximum, if the tool has one; greater than 0 and at least {@code high}
   * @return the score
   * @throws InvalidValueException if a bound is negative, the range is reversed or exceeds the
   *     maximum, or the maximum is 0 or less
   */
  public static Score range(BigDecimal low, BigDecimal high, Optional<BigDecimal> outOf) {
    return ImmutableScore.builder()
        .low(low.stripTrailingZeros())
        .high(high.stripTrailingZeros())
        .outOf(outOf.map(BigDecimal::stripTrailingZeros))
        .build();
  }

  /** {@return the lowest value of the score (the score itself, for a single value)} */
  public abstract BigDecimal low();

  /** {@return the highest value of the score (the score itself, for a single value)} */
  public abstract BigDecimal high();

  /** {@return the maximum the tool allows, if it has one} */
  public abstract Optional<BigDecimal> outOf();

  /** {@return whether the score is a range rather than one value} */
  public final boolean isRange() {
    return low().compareTo(high()) != 0;
  }

  @Value.Check
  final void check() {
    Checks checks =
        Checks.of("")
            .require(
                low().signum() >= 0,
                low(),
                "appraisal score (%s) must not be negative",
                low().toPlainString())
            .require(
                high().compareTo(low()) >= 0,
                high(),
                "appraisal score range %s-%s must not end below its start",
                low().toPlainString(),
                high().toPlainString());
    outOf()
        .ifPresent(
            max -> {
              // Against a maximum of 0 or less, exceeding it is only a follow-on problem.
              if (max.signum() <= 0) {
                checks.require(
                    false,
                    max,
                    "appraisal score maximum (%s) must be greater than 0",
                    max.toPlainString());
              } else {
                checks.require(
                    high().compareTo(max) <= 0,
                    high(),
                    "appraisal score (%s) must not exceed its maximum (%s)",
                    high().toPlainString(),
                    max.toPlainString());
              }
            });
    checks.done();
  }

  /** Returns the score as reviews print it: {@code 8/10}, {@code 7-9/10}, {@code 8}. */
  @Override
  public final String toString() {
    String value =
        isRange() ? low().toPlainString() + "-" + high().toPlainString() : low().toPlainString();
    return outOf().map(max -> value + "/" + max.toPlainString()).orElse(value);
  }
}
