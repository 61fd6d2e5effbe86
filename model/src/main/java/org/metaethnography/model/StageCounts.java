package org.metaethnography.model;

import com.google.common.collect.ImmutableList;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * How many records a search kept at each {@link Stage} of a review: abstracts reviewed in
 * screening, full articles retrieved, articles that went to quality appraisal, and articles
 * included. A review reports what it reports: any stage may be absent. Each reported stage keeps at
 * most what the nearest reported stage before it kept.
 *
 * <p>Counts add up: the counts of several searches {@linkplain #plus(StageCounts) combine} into the
 * review's totals, stage by stage; a stage that one of them does not report is not reported by the
 * sum either, so that a total never passes off a partial sum as complete.
 *
 * <pre>{@code
 * StageCounts all = StageCounts.of(812, 64, 9, 4);
 * StageCounts some = StageCounts.builder().abstractsReviewed(812).articlesIncluded(4).build();
 * }</pre>
 */
@Value.Immutable
public abstract class StageCounts {
  private static final StageCounts ZERO = of(0, 0, 0, 0);
  private static final StageCounts NONE = builder().build();

  StageCounts() {}

  /**
   * Returns the counts of all four stages, in the order a review passes through them.
   *
   * @param abstractsReviewed titles and abstracts screened
   * @param articlesRetrieved full texts retrieved for review
   * @param articlesAppraised articles that went to quality appraisal
   * @param articlesIncluded articles included in the synthesis
   * @return the counts
   * @throws InvalidValueException if a count is negative or exceeds the one before it, naming every
   *     such count
   */
  public static StageCounts of(
      int abstractsReviewed, int articlesRetrieved, int articlesAppraised, int articlesIncluded) {
    return builder()
        .abstractsReviewed(abstractsReviewed)
        .articlesRetrieved(articlesRetrieved)
        .articlesAppraised(articlesAppraised)
        .articlesIncluded(articlesIncluded)
        .build();
  }

  /**
   * Returns a builder in which every stage is unreported until set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * No records at any stage: the identity of {@link #plus(StageCounts)}.
   *
   * @return zero at every stage
   */
  public static StageCounts zero() {
    return ZERO;
  }

  /**
   * No stage reported.
   *
   * @return counts with every stage absent
   */
  public static StageCounts unreported() {
    return NONE;
  }

  /** {@return titles and abstracts screened, if reported} */
  public abstract OptionalInt abstractsReviewed();

  /** {@return full texts retrieved for review, if reported} */
  public abstract OptionalInt articlesRetrieved();

  /** {@return articles that went to quality appraisal, if reported} */
  public abstract OptionalInt articlesAppraised();

  /** {@return articles included in the synthesis, if reported} */
  public abstract OptionalInt articlesIncluded();

  /**
   * The count at {@code stage}, if reported.
   *
   * @param stage the stage
   * @return the count, or empty
   */
  public final OptionalInt count(Stage stage) {
    switch (stage) {
      case ABSTRACTS_REVIEWED:
        return abstractsReviewed();
      case ARTICLES_RETRIEVED:
        return articlesRetrieved();
      case ARTICLES_APPRAISED:
        return articlesAppraised();
      case ARTICLES_INCLUDED:
        return articlesIncluded();
      default:
        throw new AssertionError(stage);
    }
  }

  /** {@return whether every stage is reported} */
  public final boolean isComplete() {
    for (Stage stage : Stage.values()) {
      if (count(stage).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Articles appraised but not included (those quality appraisal excluded), if both are reported.
   *
   * @return the number excluded, or empty
   */
  public final OptionalInt articlesExcluded() {
    return articlesAppraised().isPresent() && articlesIncluded().isPresent()
        ? OptionalInt.of(articlesAppraised().getAsInt() - articlesIncluded().getAsInt())
        : OptionalInt.empty();
  }

  /**
   * Returns the stage-by-stage sum of these counts and {@code other}; a stage either does not
   * report is unreported in the sum.
   *
   * @param other the counts to add
   * @return the sum
   * @throws ArithmeticException if a sum overflows an {@code int}
   */
  public final StageCounts plus(StageCounts other) {
    Builder sum = builder();
    sum.abstractsReviewed(add(abstractsReviewed(), other.abstractsReviewed()));
    sum.articlesRetrieved(add(articlesRetrieved(), other.articlesRetrieved()));
    sum.articlesAppraised(add(articlesAppraised(), other.articlesAppraised()));
    sum.articlesIncluded(add(articlesIncluded(), other.articlesIncluded()));
    return sum.build();
  }

  private static OptionalInt add(OptionalInt a, OptionalInt b) {
    return a.isPresent() && b.isPresent()
        ? OptionalInt.of(Math.addExact(a.getAsInt(), b.getAsInt()))
        : OptionalInt.empty();
  }

  @Value.Check
  final void check() {
    ImmutableList.Builder<ReviewProblem> problems = ImmutableList.builder();
    Stage before = null;
    for (Stage stage : Stage.values()) {
      OptionalInt count = count(stage);
      if (count.isEmpty()) {
        continue;
      }
      int n = count.getAsInt();
      Place here = new Place.Detached("");
      if (n < 0) {
        problems.add(
            ReviewProblem.invalid(
                here, n, String.format("%s (%d) must not be negative", stage.words(), n)));
      } else if (before != null && count(before).getAsInt() >= 0 && n > count(before).getAsInt()) {
        problems.add(
            ReviewProblem.invalid(
                here,
                n,
                String.format(
                    "%s (%d) must not exceed %s (%d)",
                    stage.words(), n, before.words(), count(before).getAsInt())));
      }
      before = stage;
    }
    ImmutableList<ReviewProblem> found = problems.build();
    if (!found.isEmpty()) {
      throw new InvalidValueException(found);
    }
  }

  /** Returns the counts in stage order, {@code ?} for a stage not reported. */
  @Override
  public final String toString() {
    StringBuilder text = new StringBuilder();
    for (Stage stage : Stage.values()) {
      if (text.length() > 0) {
        text.append(", ");
      }
      OptionalInt count = count(stage);
      text.append(count.isPresent() ? Integer.toString(count.getAsInt()) : "?")
          .append(' ')
          .append(stage.words());
    }
    return text.toString();
  }

  /** Builds {@link StageCounts}; a stage not set is unreported. */
  public static final class Builder extends ImmutableStageCounts.Builder {
    Builder() {}
  }
}
