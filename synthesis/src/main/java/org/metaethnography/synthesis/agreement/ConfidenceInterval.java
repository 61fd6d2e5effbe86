package org.metaethnography.synthesis.agreement;

import com.google.common.base.Preconditions;
import org.immutables.value.Value;

/**
 * A two-sided confidence interval for an agreement statistic: the values between {@link #lower()}
 * and {@link #upper()} at confidence {@link #level()} (0.95 for the intervals this package
 * computes). How an interval is made (a Wald interval from a large-sample standard error, or
 * percentiles of a bootstrap) is said by the method that returns it.
 */
@Value.Immutable
public abstract class ConfidenceInterval {
  ConfidenceInterval() {}

  /**
   * Returns the interval from {@code lower} to {@code upper} at confidence {@code level}.
   *
   * <pre>{@code
   * ConfidenceInterval interval = ConfidenceInterval.of(0.2030, 0.4868, 0.95);
   * }</pre>
   *
   * @param lower the lower bound; finite
   * @param upper the upper bound; finite, not below {@code lower}
   * @param level the confidence level; above 0 and below 1
   * @return the interval
   * @throws IllegalArgumentException if a bound is not finite, the bounds are in the wrong order or
   *     the level is not strictly between 0 and 1
   */
  public static ConfidenceInterval of(double lower, double upper, double level) {
    return ImmutableConfidenceInterval.of(lower, upper, level);
  }

  /** {@return the lower bound} */
  @Value.Parameter
  public abstract double lower();

  /** {@return the upper bound} */
  @Value.Parameter
  public abstract double upper();

  /** {@return the confidence level, for example 0.95} */
  @Value.Parameter
  public abstract double level();

  @Value.Check
  final void check() {
    Preconditions.checkArgument(
        Double.isFinite(lower()) && Double.isFinite(upper()),
        "the bounds of a confidence interval must be finite: %s and %s",
        lower(),
        upper());
    Preconditions.checkArgument(
        lower() <= upper(),
        "the lower bound %s of a confidence interval must not exceed its upper bound %s",
        lower(),
        upper());
    Preconditions.checkArgument(
        level() > 0 && level() < 1,
        "the level of a confidence interval must be above 0 and below 1: %s",
        level());
  }

  /** Returns the interval as {@code 95% CI [lower, upper]}. */
  @Override
  public final String toString() {
    return String.format(
        java.util.Locale.ROOT, "%s%% CI [%.4f, %.4f]", percent(level()), lower(), upper());
  }

  private static String percent(double level) {
    double percent = level * 100;
    return percent == Math.rint(percent)
        ? Long.toString(Math.round(percent))
        : Double.toString(percent);
  }
}
