package org.metaethnography.examples.reference;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.metaethnography.core.table.ReviewTables;
import org.metaethnography.core.table.Table;
import org.metaethnography.model.AppraisalForm;
import org.metaethnography.model.AppraisalForms;
import org.metaethnography.model.AppraisalRecord;
import org.metaethnography.model.Citation;
import org.metaethnography.model.CompletedForm;
import org.metaethnography.model.Decision;
import org.metaethnography.model.ExclusionReason;
import org.metaethnography.model.ExclusionTally;
import org.metaethnography.model.FormItem;
import org.metaethnography.model.Paper;
import org.metaethnography.model.Resolution;
import org.metaethnography.model.Review;
import org.metaethnography.model.Reviewer;
import org.metaethnography.model.Screening;
import org.metaethnography.model.ScreeningLevel;
import org.metaethnography.model.Search;
import org.metaethnography.model.SearchRecord;
import org.metaethnography.model.StageCounts;
import org.metaethnography.model.Vote;
import org.metaethnography.synthesis.RecordFlow;
import org.metaethnography.synthesis.Synthesis;

/**
 * A <strong>simulation</strong> of the review process of the reference paper, Embuldeniya et al.
 * (2013): one record for each of the 21,489 abstracts its seven searches found, screened at title
 * and abstract and at full text by two reviewers, appraised with the Letts et al. form by pairs of
 * reviewers with a third for disputes, and linked to the included paper it became. The records are
 * added to the {@linkplain ReproducePaper#review() reference review}, whose stated counts (Tables
 * 2a and 2b) the review's validation then checks them against.
 *
 * <p><strong>Only the published counts are the paper's; everything else is simulated.</strong> The
 * paper publishes, and the records reproduce exactly: each search's abstracts reviewed, articles
 * retrieved, articles appraised and articles included (Table 2a); the number of papers excluded for
 * each of the eight reasons (Table 2b); that 15 of the 58 appraised papers were disputed and
 * settled by a third team member (section 3); that two reviewers screened every abstract
 * independently and settled discrepancies by consensus (section 2.2); that a team of 17 researchers
 * did the work (section 2). The paper does not publish, and this class generates from a fixed seed
 * ({@link #SEED}): the reviewers' names (here {@code Reviewer 1} to {@code Reviewer 17}, the first
 * two screening every record), on which records and how often the screeners disagreed (at the rates
 * below), that full texts were screened by the same two reviewers (the paper says only that 1412
 * full texts were reviewed), which records each search found and in what order, which papers each
 * search led to beyond the counts, which appraised papers were disputed, which pair appraised each
 * paper, the answers on their forms, and which excluded paper had which reason. No simulated number
 * is the paper's, and none should be cited as such.
 *
 * <p>The simulation is deterministic: the same seed gives the same records. A paper is placed in
 * the search of its disease (RA in "Rheumatic disease", the others in the search of the same name)
 * while that search has included records left; the papers left over fill the remaining places at
 * random. Full texts excluded have no reason, as the paper gives none.
 *
 * <pre>{@code
 * Review simulated = SimulatedProcess.review();
 * RecordFlow flow = MetaEthnography.synthesize(simulated).recordFlow();
 * int disputed = flow.appraisal().disagreements(); // 15, as published
 * }</pre>
 */
public final class SimulatedProcess {
  /** The fixed seed of {@link #review()}. */
  public static final long SEED = 20130901L;

  /** The size of the review team, as published (section 2): "a team of 17 researchers". */
  public static final int TEAM = 17;

  /** Appraised papers disputed and settled by a third reviewer, as published (section 3). */
  public static final int DISPUTED = 15;

  /**
   * Simulated: the share of records kept at title and abstract on which the two screeners' own
   * votes differed.
   */
  public static final double TITLE_DISAGREEMENT_KEPT = 0.20;

  /**
   * Simulated: the share of records excluded at title and abstract on which the two screeners' own
   * votes differed.
   */
  public static final double TITLE_DISAGREEMENT_EXCLUDED = 0.03;

  /**
   * Simulated: the share of full texts kept for appraisal on which the two screeners' own votes
   * differed.
   */
  public static final double FULL_TEXT_DISAGREEMENT_KEPT = 0.15;

  /** Simulated: the share of full texts excluded on which the two screeners' own votes differed. */
  public static final double FULL_TEXT_DISAGREEMENT_EXCLUDED = 0.05;

  /**
   * Simulated: of the screeners' disagreements, the share in which the dissenting screener was
   * unsure rather than of the opposite view.
   */
  public static final double UNSURE = 0.25;

  /**
   * Simulated: the chance that a reviewer who includes a paper answers "yes" to an item of the
   * Letts form.
   */
  public static final double YES_WHEN_INCLUDING = 0.85;

  /**
   * Simulated: the chance that a reviewer who excludes a paper answers "yes" to an item of the
   * Letts form.
   */
  public static final double YES_WHEN_EXCLUDING = 0.45;

  /** The searches of the paper's diseases whose names differ from Table 1's disease names. */
  private static final ImmutableMap<String, String> SEARCH_OF_DISEASE =
      ImmutableMap.of("RA", "Rheumatic disease");

  private SimulatedProcess() {}

  /**
   * Returns the reference review with the records of the simulated review process generated from
   * {@link #SEED}.
   *
   * @return the simulated review, built once
   */
  public static Review review() {
    return Seeded.REVIEW;
  }

  /** The review of {@link #SEED}, built when first asked for. */
  private static final class Seeded {
    static final Review REVIEW = review(SEED);
  }

  /**
   * Returns the reference review with the records of a simulated review process generated from
   * {@code seed}. Every seed gives records that reproduce the published counts; only what is
   * simulated differs from seed to seed.
   *
   * @param seed the seed of the random choices
   * @return the simulated review
   */
  public static Review review(long seed) {
    Review reference = ReproducePaper.review();
    List<Reviewer> team = new ArrayList<>();
    for (int i = 1; i <= TEAM; i++) {
      team.add(Reviewer.of("Reviewer " + i));
    }
    AppraisalForm form = AppraisalForms.lettsQualitative();
    return Review.builder()
        .from(reference)
        .addAllReviewers(team)
        .addAppraisalForms(form)
        .addAllRecords(new Generator(reference, team, form, new Random(seed)).records())
        .build();
  }

  /** A count the paper publishes in Table 2a. */
  public static final String TABLE_2A = "published: Table 2a";

  /** A count the paper publishes in Table 2b. */
  public static final String TABLE_2B = "published: Table 2b";

  /** A count the paper publishes in the text of section 3. */
  public static final String SECTION_3 = "published: section 3";

  /** A count of the simulation, not the paper's. */
  public static final String SIMULATED = "simulated";

  /**
   * The counts of a PRISMA 2020 flow diagram of a simulated review's records, with, for each,
   * whether the paper publishes it (and where) or it is simulated. Columns: {@code step}, {@code
   * count}, {@code records} (as {@link ReviewTables#recordFlow(Synthesis)} has them) and {@code
   * source}: {@value #TABLE_2A}, {@value #TABLE_2B}, {@value #SECTION_3} or {@value #SIMULATED}.
   * The published counts are those the records were generated to reproduce, and which the review's
   * validation checks against the counts the review states (the records excluded at each step
   * follow from Table 2a by subtraction); the disagreements at title and abstract and at full text,
   * and the absence of duplicates, are simulated.
   *
   * @param simulated the synthesis of a review of {@link #review(long)}
   * @return the table
   */
  public static Table flowTable(Synthesis simulated) {
    RecordFlow flow = simulated.recordFlow();
    List<List<String>> rows = new ArrayList<>();
    flow.identified()
        .forEach((search, n) -> rows.add(row("identification", "found by " + search, n, TABLE_2A)));
    rows.add(row("identification", "duplicates removed", flow.duplicates(), SIMULATED));
    String titles = ScreeningLevel.TITLE_AND_ABSTRACT.words();
    rows.add(row(titles, "assessed", flow.titles().assessed(), TABLE_2A));
    rows.add(row(titles, "excluded", flow.titles().excluded(), TABLE_2A));
    rows.add(row(titles, "reviewers disagreed", flow.titles().disagreements(), SIMULATED));
    rows.add(row(titles, "settled by discussion", flow.titles().byDiscussion(), SIMULATED));
    String fullText = ScreeningLevel.FULL_TEXT.words();
    rows.add(row(fullText, "assessed", flow.fullTexts().assessed(), TABLE_2A));
    rows.add(row(fullText, "excluded", flow.fullTexts().excluded(), TABLE_2A));
    rows.add(row(fullText, "reviewers disagreed", flow.fullTexts().disagreements(), SIMULATED));
    rows.add(row(fullText, "settled by discussion", flow.fullTexts().byDiscussion(), SIMULATED));
    rows.add(row("appraisal", "assessed", flow.appraisal().assessed(), TABLE_2A));
    rows.add(row("appraisal", "excluded", flow.appraisal().excluded(), TABLE_2A));
    flow.appraisal()
        .reasons()
        .forEach((reason, n) -> rows.add(row("appraisal", "excluded: " + reason, n, TABLE_2B)));
    rows.add(row("appraisal", "reviewers disagreed", flow.appraisal().disagreements(), SECTION_3));
    rows.add(
        row(
            "appraisal",
            "settled by a third reviewer",
            flow.appraisal().byThirdReviewer(),
            SECTION_3));
    rows.add(row("included", "included", flow.included(), TABLE_2A));
    return Table.of(List.of("step", "count", "records", "source"), rows);
  }

  private static List<String> row(String step, String count, int records, String source) {
    return List.of(step, count, Integer.toString(records), source);
  }

  /** What becomes of a record: the step that excludes it, or inclusion. */
  private enum Fate {
    EXCLUDED_AT_TITLES,
    EXCLUDED_AT_FULL_TEXT,
    EXCLUDED_AT_APPRAISAL,
    INCLUDED
  }

  /** Generates the records, in one fixed order of random choices. */
  private static final class Generator {
    private final Review reference;
    private final List<Reviewer> team;
    private final AppraisalForm form;
    private final Random random;
    private final Reviewer first;
    private final Reviewer second;
    private final List<ExclusionReason> reasons;

    Generator(Review reference, List<Reviewer> team, AppraisalForm form, Random random) {
      this.reference = reference;
      this.team = team;
      this.form = form;
      this.random = random;
      this.first = team.get(0);
      this.second = team.get(1);
      this.reasons = reference.exclusions().stream().map(ExclusionTally::reason).toList();
    }

    ImmutableList<SearchRecord> records() {
      Map<String, Deque<Citation>> papers = placePapers();
      Deque<ExclusionReason> excludedFor = new ArrayDeque<>(shuffledReasons());
      int appraised = 0;
      for (Search search : reference.searches()) {
        appraised += search.counts().articlesAppraised().orElseThrow();
      }
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < appraised; i++) {
        order.add(i);
      }
      Collections.shuffle(order, random);
      Set<Integer> disputed = new HashSet<>(order.subList(0, DISPUTED));

      ImmutableList.Builder<SearchRecord> records = ImmutableList.builder();
      int id = 0;
      int appraisal = 0;
      for (Search search : reference.searches()) {
        for (Fate fate : fates(search.counts())) {
          id++;
          SearchRecord.Builder record =
              SearchRecord.builder()
                  .id(String.format(java.util.Locale.ROOT, "R%05d", id))
                  .addFoundBy(search.name());
          record.addScreenings(
              screening(
                  ScreeningLevel.TITLE_AND_ABSTRACT,
                  fate != Fate.EXCLUDED_AT_TITLES,
                  TITLE_DISAGREEMENT_KEPT,
                  TITLE_DISAGREEMENT_EXCLUDED));
          if (fate == Fate.EXCLUDED_AT_TITLES) {
            records.add(record.build());
            continue;
          }
          record.addScreenings(
              screening(
                  ScreeningLevel.FULL_TEXT,
                  fate != Fate.EXCLUDED_AT_FULL_TEXT,
                  FULL_TEXT_DISAGREEMENT_KEPT,
                  FULL_TEXT_DISAGREEMENT_EXCLUDED));
          if (fate == Fate.EXCLUDED_AT_APPRAISAL) {
            record.appraisal(
                appraisal(Optional.of(excludedFor.removeFirst()), disputed.contains(appraisal++)));
          } else if (fate == Fate.INCLUDED) {
            record.appraisal(appraisal(Optional.empty(), disputed.contains(appraisal++)));
            record.paper(papers.get(search.name()).removeFirst());
          }
          records.add(record.build());
        }
      }
      return records.build();
    }

    /**
     * The included papers of each search: each paper in the search of its disease while it has
     * places, those left over at random in the places left.
     */
    private Map<String, Deque<Citation>> placePapers() {
      Map<String, Deque<Citation>> placed = new LinkedHashMap<>();
      Map<String, Integer> places = new LinkedHashMap<>();
      for (Search search : reference.searches()) {
        placed.put(search.name(), new ArrayDeque<>());
        places.put(search.name(), search.counts().articlesIncluded().orElseThrow());
      }
      List<Citation> leftOver = new ArrayList<>();
      for (Paper paper : reference.papers()) {
        String search =
            paper
                .condition()
                .map(c -> SEARCH_OF_DISEASE.getOrDefault(c.name(), c.name()))
                .orElse("");
        if (places.getOrDefault(search, 0) > placed.get(search).size()) {
          placed.get(search).add(paper.citation());
        } else {
          leftOver.add(paper.citation());
        }
      }
      List<String> free = new ArrayList<>();
      places.forEach(
          (search, n) -> {
            for (int i = placed.get(search).size(); i < n; i++) {
              free.add(search);
            }
          });
      Collections.shuffle(free, random);
      for (int i = 0; i < leftOver.size(); i++) {
        placed.get(free.get(i)).add(leftOver.get(i));
      }
      return placed;
    }

    /** The reasons of the excluded papers, one per paper as Table 2b counts them, shuffled. */
    private List<ExclusionReason> shuffledReasons() {
      List<ExclusionReason> each = new ArrayList<>();
      for (ExclusionTally tally : reference.exclusions()) {
        for (int i = 0; i < tally.papers(); i++) {
          each.add(tally.reason());
        }
      }
      Collections.shuffle(each, random);
      return each;
    }

    /** What becomes of each record a search found, in a random order. */
    private List<Fate> fates(StageCounts counts) {
      int screened = counts.abstractsReviewed().orElseThrow();
      int retrieved = counts.articlesRetrieved().orElseThrow();
      int appraised = counts.articlesAppraised().orElseThrow();
      int included = counts.articlesIncluded().orElseThrow();
      List<Fate> fates = new ArrayList<>(screened);
      fates.addAll(Collections.nCopies(screened - retrieved, Fate.EXCLUDED_AT_TITLES));
      fates.addAll(Collections.nCopies(retrieved - appraised, Fate.EXCLUDED_AT_FULL_TEXT));
      fates.addAll(Collections.nCopies(appraised - included, Fate.EXCLUDED_AT_APPRAISAL));
      fates.addAll(Collections.nCopies(included, Fate.INCLUDED));
      Collections.shuffle(fates, random);
      return fates;
    }

    /**
     * A screening by the two screeners whose final decision is {@code kept}; they disagree at the
     * rate given, one of them then unsure or of the opposite view, and settle it by discussion.
     */
    private Screening screening(
        ScreeningLevel level, boolean kept, double disagreeIfKept, double disagreeIfExcluded) {
      Decision decision = kept ? Decision.INCLUDE : Decision.EXCLUDE;
      if (random.nextDouble() >= (kept ? disagreeIfKept : disagreeIfExcluded)) {
        return Screening.agreed(level, decision, first, second);
      }
      Decision dissent =
          random.nextDouble() < UNSURE
              ? Decision.UNSURE
              : kept ? Decision.EXCLUDE : Decision.INCLUDE;
      boolean firstDissents = random.nextBoolean();
      return Screening.builder()
          .level(level)
          .addVotes(Vote.of(first, firstDissents ? dissent : decision))
          .addVotes(Vote.of(second, firstDissents ? decision : dissent))
          .consensus(decision)
          .resolution(Resolution.DISCUSSION)
          .build();
    }

    /**
     * The appraisal of a paper by a pair of the team: both decide as the paper's fate says, or, for
     * a disputed paper, one of them the other way and a third member as the fate says.
     */
    private AppraisalRecord appraisal(Optional<ExclusionReason> reason, boolean disputed) {
      List<Reviewer> drawn = new ArrayList<>(team);
      Collections.shuffle(drawn, random);
      Decision decision = reason.isPresent() ? Decision.EXCLUDE : Decision.INCLUDE;
      AppraisalRecord.Builder appraisal = AppraisalRecord.builder().form(form.name());
      if (!disputed) {
        return appraisal
            .addAssessments(completed(drawn.get(0), decision, reason))
            .addAssessments(completed(drawn.get(1), decision, reason))
            .build();
      }
      CompletedForm dissent =
          decision == Decision.INCLUDE
              ? completed(
                  drawn.get(1),
                  Decision.EXCLUDE,
                  Optional.of(reasons.get(random.nextInt(reasons.size()))))
              : completed(drawn.get(1), Decision.INCLUDE, Optional.empty());
      CompletedForm agreeing = completed(drawn.get(0), decision, reason);
      boolean firstDissents = random.nextBoolean();
      return appraisal
          .addAssessments(firstDissents ? dissent : agreeing)
          .addAssessments(firstDissents ? agreeing : dissent)
          .arbiter(completed(drawn.get(2), decision, reason))
          .resolution(Resolution.THIRD_REVIEWER)
          .build();
    }

    /** A completed Letts form whose answers lean as the reviewer's decision does. */
    private CompletedForm completed(
        Reviewer reviewer, Decision decision, Optional<ExclusionReason> reason) {
      double yes = decision == Decision.INCLUDE ? YES_WHEN_INCLUDING : YES_WHEN_EXCLUDING;
      CompletedForm.Builder completed =
          CompletedForm.builder().reviewer(reviewer).decision(decision).reason(reason);
      for (FormItem item : form.items()) {
        List<String> answers = item.scale().answers();
        String answer;
        if (!answers.contains("yes")) {
          // A descriptive item: the study's design or main method.
          answer = answers.get(random.nextInt(answers.size()));
        } else if (random.nextDouble() < yes) {
          answer = "yes";
        } else {
          List<String> others = answers.stream().filter(a -> !a.equals("yes")).toList();
          answer = others.get(random.nextInt(others.size()));
        }
        completed.putAnswers(item.id(), answer);
      }
      return completed.build();
    }
  }
}
