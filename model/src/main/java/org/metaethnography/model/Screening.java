package org.metaethnography.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One step of screening of one record: each reviewer's independent {@linkplain Vote vote}, and,
 * where they did not all decide the same way, the decision the team settled on, how, and by whom.
 *
 * <p>When every vote is the same include or exclude, that is the final decision and nothing else
 * need be said. When votes differ or a reviewer was unsure, the screening is a disagreement and
 * must give its {@linkplain #consensus() consensus} (include or exclude) and its {@linkplain
 * #resolution() resolution}; a third reviewer who settled it is named as the {@linkplain #arbiter()
 * arbiter}.
 *
 * <pre>{@code
 * Screening screening = Screening.builder()
 *     .level(ScreeningLevel.TITLE_AND_ABSTRACT)
 *     .addVotes(Vote.of(ao, Decision.INCLUDE), Vote.of(sl, Decision.EXCLUDE))
 *     .consensus(Decision.INCLUDE)
 *     .resolution(Resolution.DISCUSSION)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Screening {
  Screening() {}

  /**
   * Returns a builder; the level and at least one vote are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a screening in which every reviewer gave the same decision.
   *
   * @param level the step
   * @param decision the decision every reviewer gave
   * @param reviewers the reviewers, at least one
   * @return the screening
   */
  public static Screening agreed(ScreeningLevel level, Decision decision, Reviewer... reviewers) {
    Builder builder = builder().level(level);
    java.util.Objects.requireNonNull(decision, "decision");
    for (Reviewer reviewer : reviewers) {
      builder.addVotes(Vote.of(reviewer, decision));
    }
    return builder.build();
  }

  /** {@return the step of screening} */
  public abstract ScreeningLevel level();

  /** {@return each reviewer's independent decision, in the order given} */
  public abstract ImmutableList<Vote> votes();

  /** {@return the decision the team settled on after a disagreement, if it had to settle one} */
  public abstract Optional<Decision> consensus();

  /** {@return how a disagreement was settled, if the review says} */
  public abstract Optional<Resolution> resolution();

  /** {@return the third reviewer who settled a disagreement, if one did} */
  public abstract Optional<Reviewer> arbiter();

  /** {@return the reason for the final decision, for example why a full text was excluded} */
  public abstract Optional<String> reason();

  /**
   * Whether the reviewers' own decisions differ, or any of them was unsure.
   *
   * @return true if the team had to settle the decision
   */
  public final boolean isDisagreement() {
    Decision first = votes().get(0).decision();
    for (Vote vote : votes()) {
      if (vote.decision() != first || vote.decision() == Decision.UNSURE) {
        return true;
      }
    }
    return false;
  }

  /**
   * The final decision: the consensus after a disagreement, otherwise the decision every reviewer
   * gave. Never {@link Decision#UNSURE}.
   *
   * @return include or exclude
   */
  public final Decision decision() {
    return consensus().orElse(votes().get(0).decision());
  }

  /**
   * How the final decision was reached: as the review says, or {@link Resolution#AGREEMENT} when
   * the reviewers agreed.
   *
   * @return how it was reached, if known; a disagreement without a stated resolution is empty
   */
  public final Optional<Resolution> howDecided() {
    return resolution().isPresent() || isDisagreement()
        ? resolution()
        : Optional.of(Resolution.AGREEMENT);
  }

  @Value.Check
  final void check() {
    Checks checks =
        Checks.of(level().words() + " screening")
            .text("reason", reason())
            .require(!votes().isEmpty(), "", "must record at least one reviewer's vote")
            .distinct("reviewer", votes().stream().map(Vote::reviewer).toList());
    consensus()
        .ifPresent(
            c ->
                checks.require(
                    c != Decision.UNSURE,
                    c.words(),
                    "consensus must be include or exclude, not unsure"));
    if (!votes().isEmpty()) {
      if (isDisagreement()) {
        checks.require(
            consensus().isPresent(),
            votes().toString(),
            "reviewers disagreed or were unsure (%s), so the screening must give the consensus"
                + " decision",
            votes());
        checks.require(
            resolution().orElse(Resolution.DISCUSSION) != Resolution.AGREEMENT,
            votes().toString(),
            "reviewers disagreed or were unsure (%s), so the resolution cannot be agreement",
            votes());
      } else {
        arbiter()
            .ifPresent(
                a ->
                    checks.require(
                        false,
                        a.name(),
                        "every reviewer decided %s, so there is no disagreement for a third"
                            + " reviewer (%s) to settle",
                        votes().get(0).decision().words(),
                        a));
        consensus()
            .ifPresent(
                c ->
                    checks.require(
                        c == votes().get(0).decision(),
                        c.words(),
                        "every reviewer decided %s, so the consensus cannot be %s",
                        votes().get(0).decision().words(),
                        c.words()));
      }
    }
    arbiter()
        .ifPresent(
            a -> {
              checks.require(
                  resolution().orElse(Resolution.THIRD_REVIEWER) == Resolution.THIRD_REVIEWER,
                  a.name(),
                  "names a third reviewer (%s), so the resolution must be third reviewer",
                  a);
              checks.require(
                  votes().stream().noneMatch(v -> v.reviewer().equals(a)),
                  a.name(),
                  "third reviewer (%s) must not be one of the reviewers who voted",
                  a);
            });
    checks.done();
  }

  @Override
  public final String toString() {
    return level().words() + ": " + decision().words() + " " + votes();
  }

  /** Builds a {@link Screening}; every setter returns this builder. */
  public static final class Builder extends ImmutableScreening.Builder {
    Builder() {}
  }
}
