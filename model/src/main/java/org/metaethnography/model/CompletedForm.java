package org.metaethnography.model;

import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One reviewer's appraisal of one paper with a form: their answer to each item they answered, their
 * own decision (include or exclude), the exclusion reason they would give, and a note.
 *
 * <pre>{@code
 * CompletedForm form = CompletedForm.builder()
 *     .reviewer(Reviewer.of("AO"))
 *     .putAnswers("purpose", "yes")
 *     .decision(Decision.EXCLUDE)
 *     .reason(ExclusionReason.of("Review"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class CompletedForm {
  CompletedForm() {}

  /**
   * Returns a builder; reviewer and decision are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the reviewer who completed the form} */
  public abstract Reviewer reviewer();

  /** {@return the answers, by item identifier, in the order given; items left blank are absent} */
  public abstract ImmutableMap<String, String> answers();

  /** {@return the reviewer's own decision on the paper} */
  public abstract Decision decision();

  /** {@return the exclusion reason the reviewer gives, if they exclude and say why} */
  public abstract Optional<ExclusionReason> reason();

  /** {@return the reviewer's note, if any} */
  public abstract Optional<String> note();

  @Value.Check
  final void check() {
    Checks.of("appraisal by " + reviewer())
        .text("note", note())
        .require(
            reason().isEmpty() || decision() == Decision.EXCLUDE,
            reason().map(ExclusionReason::name).orElse(""),
            "gives an exclusion reason (%s) but decides %s",
            reason().map(ExclusionReason::name).orElse(""),
            decision().words())
        .done();
  }

  @Override
  public final String toString() {
    return reviewer() + ": " + decision().words();
  }

  /** Builds a {@link CompletedForm}; every setter returns this builder. */
  public static final class Builder extends ImmutableCompletedForm.Builder {
    Builder() {}
  }
}
