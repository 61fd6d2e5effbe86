package org.metaethnography.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The intervention an included study evaluated: its format, the condition its participants
 * share, a description in the review's words, and its duration where the study states one.
 *
 * <pre>{@code
 * Intervention course = Intervention.builder()
 *     .format(InterventionFormat.of("group"))
 *     .condition(Condition.of("dementia"))
 *     .description("Six weekly sessions of two hours")
 *     .duration("6 weeks")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Intervention {
  Intervention() {}

  /** Returns a builder; format, condition and description are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** How the intervention was delivered. */
  public abstract InterventionFormat format();

  /** The condition the participants share. */
  public abstract Condition condition();

  /** What the intervention consisted of, in the review's words; not blank. */
  public abstract String description();

  /** How long the intervention lasted, as the study states it; empty if it does not. */
  public abstract Optional<String> duration();

  @Value.Check
  final void check() {
    Checks.of("intervention")
        .text("description", description())
        .require(duration().map(d -> !d.isBlank()).orElse(true), "duration must not be blank")
        .done();
  }

  /** Builds an {@link Intervention}; every setter returns this builder. */
  public static final class Builder extends ImmutableIntervention.Builder {
    Builder() {}
  }
}
