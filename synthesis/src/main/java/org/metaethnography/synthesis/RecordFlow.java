package org.metaethnography.synthesis;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.metaethnography.model.AppraisalRecord;
import org.metaethnography.model.Decision;
import org.metaethnography.model.Resolution;
import org.metaethnography.model.Review;
import org.metaethnography.model.Screening;
import org.metaethnography.model.ScreeningLevel;
import org.metaethnography.model.SearchRecord;
import org.metaethnography.model.Vote;

/**
 * The flow of a review's records through selection, counted from its records of the review process
 * as a PRISMA 2020 flow diagram reports it: records found by each search and source, duplicates
 * removed, records screened and excluded at title and abstract, full texts assessed and excluded
 * (with their reasons), papers appraised, disputed and excluded, papers included, and the records
 * still awaiting a step; and, at each step, how many decisions the reviewers disagreed on and how
 * those were settled.
 *
 * <p>Every number is a count of records; a review without records has a flow of zeros and {@link
 * #isEmpty()} is true. Counts the review only states are in {@link ReviewFlow}.
 *
 * <pre>{@code
 * RecordFlow flow = RecordFlow.of(review);
 * int disputed = flow.appraisal().disagreements();
 * }</pre>
 */
public final class RecordFlow {
  /** What happened at one step of selection (title and abstract, full text, or appraisal). */
  public record Step(
      int assessed,
      int included,
      int excluded,
      int awaiting,
      int disagreements,
      int byDiscussion,
      int byThirdReviewer,
      ImmutableMap<String, Integer> reasons) {
    /**
     * Checks the counts.
     *
     * @param assessed records that went through the step
     * @param included records kept at the step
     * @param excluded records excluded at the step
     * @param awaiting records kept at the step before that are not yet assessed at this one
     * @param disagreements records on which the reviewers' own decisions differed (or one was
     *     unsure)
     * @param byDiscussion disagreements settled by discussion (or with no stated resolution)
     * @param byThirdReviewer disagreements settled by a third reviewer
     * @param reasons the excluded records by reason; at appraisal, the review's own exclusion
     *     reasons first, in the order the review declares them, then any other in the order first
     *     recorded; at screening, in the order first recorded; records excluded without a reason,
     *     and reasons no record gives, are not in it
     */
    public Step {
      if (included + excluded != assessed || byDiscussion + byThirdReviewer != disagreements) {
        throw new IllegalArgumentException("inconsistent step counts");
      }
    }

    /** {@return how many excluded records have no reason recorded} */
    public int unexplained() {
      return excluded - reasons.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  private final ImmutableMap<String, Integer> identified;
  private final int records;
  private final int duplicates;
  private final Step titles;
  private final Step fullTexts;
  private final Step appraisal;

  private RecordFlow(
      ImmutableMap<String, Integer> identified,
      int records,
      int duplicates,
      Step titles,
      Step fullTexts,
      Step appraisal) {
    this.identified = identified;
    this.records = records;
    this.duplicates = duplicates;
    this.titles = titles;
    this.fullTexts = fullTexts;
    this.appraisal = appraisal;
  }

  /**
   * Counts the flow of the review's records.
   *
   * @param review the review
   * @return its record flow
   */
  public static RecordFlow of(Review review) {
    Map<String, Integer> identified = new LinkedHashMap<>();
    review.searches().forEach(s -> identified.put(s.name(), 0));
    review.otherSources().forEach(s -> identified.put(s.name(), 0));
    int duplicates = 0;
    Tally titles = new Tally();
    Tally fullTexts = new Tally();
    Tally appraisals = new Tally();
    // The steps of this review's process: those some record went through, in order.
    boolean[] steps = new boolean[3];
    for (SearchRecord record : review.records()) {
      steps[0] |= record.screening(ScreeningLevel.TITLE_AND_ABSTRACT).isPresent();
      steps[1] |= record.screening(ScreeningLevel.FULL_TEXT).isPresent();
      steps[2] |= record.appraisal().isPresent();
    }
    Tally[] tallies = {titles, fullTexts, appraisals};
    for (SearchRecord record : review.records()) {
      record.foundBy().forEach(f -> identified.merge(f, 1, Integer::sum));
      duplicates += record.foundBy().size() - 1;
      Optional<Screening> title = record.screening(ScreeningLevel.TITLE_AND_ABSTRACT);
      Optional<Screening> full = record.screening(ScreeningLevel.FULL_TEXT);
      Optional<AppraisalRecord> appraised = record.appraisal();
      title.ifPresent(titles::add);
      full.ifPresent(fullTexts::add);
      appraised.ifPresent(appraisals::add);
      int last = appraised.isPresent() ? 2 : full.isPresent() ? 1 : title.isPresent() ? 0 : -1;
      boolean kept =
          last == -1
              || (last == 0 && title.get().decision() == Decision.INCLUDE)
              || (last == 1 && full.get().decision() == Decision.INCLUDE);
      if (!kept || last == 2) {
        continue;
      }
      // A record kept at its last step awaits the next step of the process, if there is one: a
      // record found, its title and abstract screening; one kept there, its full text (unless the
      // review appraises without screening full texts); one kept at full text, its appraisal where
      // the review appraises.
      int next =
          switch (last) {
            case -1 -> steps[0] || !steps[1] && !steps[2] ? 0 : steps[1] ? 1 : 2;
            case 0 -> steps[1] || !steps[2] ? 1 : 2;
            default -> steps[2] ? 2 : -1;
          };
      if (next >= 0) {
        tallies[next].awaiting++;
      }
    }
    return new RecordFlow(
        ImmutableMap.copyOf(identified),
        review.records().size(),
        duplicates,
        titles.step(List.of()),
        fullTexts.step(List.of()),
        appraisals.step(review.exclusions().stream().map(t -> t.reason().name()).toList()));
  }

  /** {@return how many records each search and other source found, duplicates included} */
  public ImmutableMap<String, Integer> identified() {
    return identified;
  }

  /** {@return how many distinct records the review holds, after duplicates were removed} */
  public int records() {
    return records;
  }

  /** {@return how many finds were duplicates of a record another search or source found} */
  public int duplicates() {
    return duplicates;
  }

  /** {@return the title and abstract screening} */
  public Step titles() {
    return titles;
  }

  /** {@return the full-text screening} */
  public Step fullTexts() {
    return fullTexts;
  }

  /** {@return the quality appraisal} */
  public Step appraisal() {
    return appraisal;
  }

  /**
   * The records included at the end: kept at appraisal, or kept at full text in a review that
   * records no appraisals.
   *
   * @return the number of records included
   */
  public int included() {
    return appraisal.assessed() > 0 ? appraisal.included() : fullTexts.included();
  }

  /** {@return whether the review holds no records} */
  public boolean isEmpty() {
    return records == 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RecordFlow that
        && identified.equals(that.identified)
        && records == that.records
        && duplicates == that.duplicates
        && titles.equals(that.titles)
        && fullTexts.equals(that.fullTexts)
        && appraisal.equals(that.appraisal);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(identified, records, duplicates, titles, fullTexts, appraisal);
  }

  /** Returns the counts, step by step. */
  @Override
  public String toString() {
    return String.format(
        "RecordFlow(%d records, %d duplicates; titles %s; full texts %s; appraisal %s)",
        records, duplicates, titles, fullTexts, appraisal);
  }

  /** Counts one step while the records are read. */
  private static final class Tally {
    int assessed;
    int included;
    int awaiting;
    int disagreements;
    int byThirdReviewer;
    final Map<String, Integer> reasons = new LinkedHashMap<>();

    void add(Screening screening) {
      count(
          screening.decision(),
          screening.isDisagreement(),
          screening.arbiter().isPresent()
              || screening.resolution().filter(r -> r == Resolution.THIRD_REVIEWER).isPresent(),
          screening.reason().or(() -> agreedReason(screening)));
    }

    void add(AppraisalRecord record) {
      count(
          record.decision(),
          record.isDisputed(),
          record.arbiter().isPresent()
              || record.resolution().filter(r -> r == Resolution.THIRD_REVIEWER).isPresent(),
          record.reason().map(r -> r.name()));
    }

    private void count(
        Decision decision, boolean disagreement, boolean thirdReviewer, Optional<String> reason) {
      assessed++;
      if (decision == Decision.INCLUDE) {
        included++;
      } else {
        reason.ifPresent(r -> reasons.merge(r, 1, Integer::sum));
      }
      if (disagreement) {
        disagreements++;
        if (thirdReviewer) {
          byThirdReviewer++;
        }
      }
    }

    /** The reason every reviewer who excluded gave, when they gave the same one. */
    private static Optional<String> agreedReason(Screening screening) {
      if (screening.decision() != Decision.EXCLUDE) {
        return Optional.empty();
      }
      Optional<String> reason = Optional.empty();
      for (Vote vote : screening.votes()) {
        if (vote.decision() != Decision.EXCLUDE) {
          continue;
        }
        if (vote.reason().isEmpty() || (reason.isPresent() && !reason.equals(vote.reason()))) {
          return Optional.empty();
        }
        reason = vote.reason();
      }
      return reason;
    }

    /** The step counted, its reasons in the order of {@code declared}, then as first recorded. */
    Step step(List<String> declared) {
      Map<String, Integer> ordered = new LinkedHashMap<>();
      for (String reason : declared) {
        Integer n = reasons.get(reason);
        if (n != null) {
          ordered.put(reason, n);
        }
      }
      reasons.forEach(ordered::putIfAbsent);
      return new Step(
          assessed,
          included,
          assessed - included,
          awaiting,
          disagreements,
          disagreements - byThirdReviewer,
          byThirdReviewer,
          ImmutableMap.copyOf(ordered));
    }
  }
}
