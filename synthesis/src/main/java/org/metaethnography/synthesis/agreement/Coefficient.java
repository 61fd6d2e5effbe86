package org.metaethnography.synthesis.agreement;

import com.google.common.base.Preconditions;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One agreement statistic computed from {@link Ratings}: its value where it is defined, or the
 * reason it is not; the observed and chance-expected agreement it rests on; and, where the method
 * provides them, standard errors and a confidence interval. No part is ever NaN or infinite: what
 * cannot be computed is absent.
 *
 * <p>A chance-corrected coefficient (Cohen's kappa, Scott's pi, Fleiss' kappa, Krippendorff's
 * alpha) is {@code (observed - expected) / (1 - expected)}: 1 for perfect agreement, 0 for
 * agreement no better than chance, below 0 for systematic disagreement. Where every rating compared
 * is in one category, expected agreement is 1 and the coefficient is {@linkplain
 * Undefined#NO_VARIATION undefined}, while its observed agreement (1) is still given. For a
 * proportion of agreement (percent agreement, specific agreement) the value is the observed
 * agreement and there is no expected agreement.
 *
 * <pre>{@code
 * Coefficient kappa = Agreement.of(ratings).cohensKappa();
 * if (kappa.value().isPresent()) {
 *   System.out.printf("kappa = %.3f, %s%n", kappa.value().getAsDouble(),
 *       kappa.confidenceInterval().orElseThrow());
 * } else {
 *   System.out.println("kappa undefined: " + kappa.undefined().orElseThrow().description());
 * }
 * }</pre>
 */
@Value.Immutable
public abstract class Coefficient {
  Coefficient() {}

  /**
   * {@return the statistic's value; empty exactly when it is {@linkplain #undefined() undefined}}
   */
  public abstract OptionalDouble value();

  /** {@return why the statistic has no value; empty when it has one} */
  public abstract Optional<Undefined> undefined();

  /**
   * {@return the observed agreement the statistic rests on (Cohen's p<sub>o</sub>, Fleiss' P&#772;,
   * Krippendorff's 1 - D<sub>o</sub>), a proportion from 0 to 1; empty where no two ratings could
   * be compared}
   */
  public abstract OptionalDouble observed();

  /**
   * {@return the agreement expected by chance (Cohen's p<sub>e</sub>, Fleiss' P&#772;<sub>e</sub>,
   * Krippendorff's 1 - D<sub>e</sub>); empty for a proportion of agreement, which is not corrected
   * for chance, and where no two ratings could be compared}
   */
  public abstract OptionalDouble expected();

  /**
   * {@return the large-sample standard error of the value, for confidence intervals, where the
   * method has one (Cohen's kappa: Fleiss, Cohen and Everitt 1969); empty otherwise}
   */
  public abstract OptionalDouble standardError();

  /**
   * {@return the standard error of the value under the null hypothesis of agreement by chance
   * alone, for testing that the coefficient is 0 ({@code value / nullStandardError} is the usual z
   * statistic), where the method has one (Cohen's kappa: Fleiss, Cohen and Everitt 1969; Fleiss'
   * kappa: Fleiss, Nee and Landis 1979); empty otherwise}
   */
  public abstract OptionalDouble nullStandardError();

  /** {@return a confidence interval for the value, where the method gives one} */
  public abstract Optional<ConfidenceInterval> confidenceInterval();

  /**
   * {@return how many subjects the statistic rests on: for Cohen's kappa and Scott's pi, those both
   * raters rated; for Fleiss' kappa, every subject; for Krippendorff's alpha and the proportions of
   * agreement, those with at least two ratings}
   */
  public abstract int subjects();

  @Value.Check
  final void check() {
    Preconditions.checkState(
        value().isPresent() != undefined().isPresent(),
        "a coefficient has either a value or a reason it is undefined: %s",
        this);
    Preconditions.checkState(
        finite(value())
            && finite(observed())
            && finite(expected())
            && finite(standardError())
            && finite(nullStandardError()),
        "every number of a coefficient must be finite: %s",
        this);
    Preconditions.checkState(subjects() >= 0, "subjects must not be negative: %s", subjects());
  }

  private static boolean finite(OptionalDouble number) {
    return number.isEmpty() || Double.isFinite(number.getAsDouble());
  }

  /** The coefficient of ratings that have no value, for {@code reason}. */
  static Coefficient undefined(Undefined reason, int subjects) {
    return ImmutableCoefficient.builder().undefined(reason).subjects(subjects).build();
  }

  /**
   * Returns the value with its standard error and interval where there are any, or the reason it is
   * undefined with its observed agreement, for example {@code 0.4302 (observed 0.5556, expected
   * 0.2199, null SE 0.0244; 30 subjects)}.
   */
  @Override
  public final String toString() {
    StringBuilder text = new StringBuilder();
    if (value().isPresent()) {
      text.append(number(value().getAsDouble()));
    } else {
      text.append("undefined: ").append(undefined().orElseThrow().description());
    }
    StringBuilder details = new StringBuilder();
    append(details, "observed", observed());
    append(details, "expected", expected());
    append(details, "SE", standardError());
    append(details, "null SE", nullStandardError());
    confidenceInterval().ifPresent(ci -> details.append(", ").append(ci));
    String listed = details.length() == 0 ? "" : details.substring(2) + "; ";
    return text.append(" (").append(listed).append(subjects()).append(" subjects)").toString();
  }

  private static void append(StringBuilder details, String name, OptionalDouble number) {
    if (number.isPresent()) {
      details.append(", ").append(name).append(' ').append(number(number.getAsDouble()));
    }
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }
}
