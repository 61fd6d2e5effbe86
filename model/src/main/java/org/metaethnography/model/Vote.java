package org.metaethnography.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One reviewer's independent decision on a record at one step of screening, with their reason where
 * they gave one. Votes are the ratings from which agreement between reviewers is computed.
 *
 * <pre>{@code
 * Vote vote = Vote.of(Reviewer.of("AO"), Decision.EXCLUDE, "no qualitative data");
 * }</pre>
 */
@Value.Immutable
public abstract class Vote {
  Vote() {}

  /**
   * Returns a reviewer's decision without a reason.
   *
   * @param reviewer who decided
   * @param decision what they decided
   * @return the vote
   */
  public static Vote of(Reviewer reviewer, Decision decision) {
    return ImmutableVote.builder().reviewer(reviewer).decision(decision).build();
  }

  /**
   * Returns a reviewer's decision with their reason.
   *
   * @param reviewer who decided
   * @param decision what they decided
   * @param reason why, in their words; not blank
   * @return the vote
   * @throws InvalidValueException if the reason is blank
   */
  public static Vote of(Reviewer reviewer, Decision decision, String reason) {
    return ImmutableVote.builder().reviewer(reviewer).decision(decision).reason(reason).build();
  }

  /** {@return the reviewer who decided} */
  public abstract Reviewer reviewer();

  /** {@return what the reviewer decided on their own} */
  public abstract Decision decision();

  /** {@return the reviewer's reason, if they gave one} */
  public abstract Optional<String> reason();

  @Value.Check
  final void check() {
    Checks.of("vote of " + reviewer()).text("reason", reason()).done();
  }

  @Override
  public final String toString() {
    return reviewer() + ": " + decision().words() + reason().map(r -> " (" + r + ")").orElse("");
  }
}
