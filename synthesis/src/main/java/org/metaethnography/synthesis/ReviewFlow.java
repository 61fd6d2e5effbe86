package org.metaethnography.synthesis;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.metaethnography.model.OtherSource;
import org.metaethnography.model.Review;
import org.metaethnography.model.Search;
import org.metaethnography.model.SearchRecord;
import org.metaethnography.model.Stage;
import org.metaethnography.model.StageCounts;

/**
 * How records flowed through a review's searches, from abstracts screened to articles included,
 * search by search and in total, and what other sources (citation chasing, experts) added: the
 * review's article review summary.
 *
 * <p>A stage that some search does not report has no complete total: {@link #total()} leaves it out
 * rather than passing off a partial sum as the total, and {@link #partialTotal(Stage)} and {@link
 * #unreported(Stage)} say what is known and what is missing.
 *
 * <p>Where the review records its process ({@link Review#records()}), a search's counts come from
 * its records and {@link #provenance(String, Stage)} says, count by count, whether a number was
 * counted from records or stated.
 *
 * <p>Flows over disjoint sets of searches (and records) {@linkplain #merge(ReviewFlow) merge}; the
 * total of the merged flow is the sum of the totals.
 */
public final class ReviewFlow {
  /** Where a count of the flow comes from. */
  public enum Provenance {
    /** Counted from the review's records of the review process. */
    RECORDS,
    /** Stated by the review as a count (as a paper reports it). */
    STATED,
    /** Neither recorded nor stated: the review does not report it. */
    UNREPORTED;

    /** {@return how tables and reports name it, for example {@code "records"}} */
    public String words() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private final ImmutableList<Search> searches;
  private final ImmutableList<OtherSource> sources;
  private final ImmutableMap<String, ImmutableMap<Stage, Provenance>> provenance;
  private final long[] overlap;
  private final int duplicates;
  private final long sourceOverlap;
  private final StageCounts total;

  private ReviewFlow(
      ImmutableList<Search> searches,
      ImmutableList<OtherSource> sources,
      ImmutableMap<String, ImmutableMap<Stage, Provenance>> provenance,
      long[] overlap,
      int duplicates,
      long sourceOverlap) {
    this.searches = searches;
    this.sourceOverlap = sourceOverlap;
    this.sources = sources;
    this.provenance = provenance;
    this.overlap = overlap;
    this.duplicates = duplicates;
    // Stage by stage, as StageCounts.plus adds them (a stage one search leaves out is left out),
    // without a StageCounts per partial sum.
    StageCounts.Builder net = StageCounts.builder();
    for (Stage stage : Stage.values()) {
      int sum = 0;
      boolean reported = true;
      for (int s = 0; s < searches.size() && reported; s++) {
        OptionalInt count = searches.get(s).counts().count(stage);
        reported = count.isPresent();
        sum = reported ? Math.addExact(sum, count.getAsInt()) : sum;
      }
      if (reported) {
        int n = Math.toIntExact(sum - overlap[stage.ordinal()]);
        switch (stage) {
          case ABSTRACTS_REVIEWED -> net.abstractsReviewed(n);
          case ARTICLES_RETRIEVED -> net.articlesRetrieved(n);
          case ARTICLES_APPRAISED -> net.articlesAppraised(n);
          case ARTICLES_INCLUDED -> net.articlesIncluded(n);
        }
      }
    }
    this.total = net.build();
  }

  private ReviewFlow(ImmutableList<Search> searches, ImmutableList<OtherSource> sources) {
    this(searches, sources, ImmutableMap.of(), new long[Stage.values().length], 0, 0);
  }

  /**
   * Returns the flow of the review's searches and other sources. A search that records of the
   * review process name is counted from its records at every stage they decide, and from the counts
   * the review states at the others; {@link #provenance(String, Stage)} says which. A record found
   * by several searches counts in each of their rows but once in the {@linkplain #total() total}.
   *
   * @param review the review
   * @return its flow
   */
  public static ReviewFlow of(Review review) {
    ImmutableList<Search> stated = of(review.searches()).searches;
    if (review.records().isEmpty()) {
      return new ReviewFlow(stated, review.otherSources());
    }
    ImmutableList.Builder<Search> searches = ImmutableList.builder();
    ImmutableMap.Builder<String, ImmutableMap<Stage, Provenance>> provenance =
        ImmutableMap.builder();
    Set<String> names = new HashSet<>();
    for (Search search : stated) {
      names.add(search.name());
      Optional<StageCounts> recorded = review.recordedCounts(search.name());
      Map<Stage, Provenance> from = new EnumMap<>(Stage.class);
      StageCounts.Builder counts = StageCounts.builder();
      for (Stage stage : Stage.values()) {
        OptionalInt count =
            recorded.isPresent() ? recorded.get().count(stage) : OptionalInt.empty();
        Provenance source = Provenance.RECORDS;
        if (count.isEmpty()) {
          count = search.counts().count(stage);
          source = count.isPresent() ? Provenance.STATED : Provenance.UNREPORTED;
        }
        from.put(stage, source);
        if (count.isPresent()) {
          int n = count.getAsInt();
          switch (stage) {
            case ABSTRACTS_REVIEWED -> counts.abstractsReviewed(n);
            case ARTICLES_RETRIEVED -> counts.articlesRetrieved(n);
            case ARTICLES_APPRAISED -> counts.articlesAppraised(n);
            case ARTICLES_INCLUDED -> counts.articlesIncluded(n);
          }
        }
      }
      searches.add(Search.of(search.name(), counts.build()));
      provenance.put(search.name(), ImmutableMap.copyOf(from));
    }
    long[] overlap = new long[Stage.values().length];
    int duplicates = 0;
    boolean appraises = review.appraisesRecords();
    Set<String> sourceNames = new HashSet<>();
    review.otherSources().forEach(s -> sourceNames.add(s.name()));
    Map<String, Integer> includedBySource = new HashMap<>();
    long sourceOverlap = 0;
    for (SearchRecord record : review.records()) {
      int finders = record.foundBy().size();
      duplicates += finders - 1;
      long inSearches = record.foundBy().stream().filter(names::contains).distinct().count();
      if (inSearches > 1) {
        for (Stage stage : Stage.values()) {
          if (record.reached(stage, appraises)) {
            overlap[stage.ordinal()] += inSearches - 1;
          }
        }
      }
      boolean included = record.reached(Stage.ARTICLES_INCLUDED, appraises);
      List<String> inSources =
          record.foundBy().stream().filter(sourceNames::contains).distinct().toList();
      for (String source : inSources) {
        includedBySource.merge(source, included ? 1 : 0, Integer::sum);
      }
      if (included && !inSources.isEmpty()) {
        // Counted once in each row that found it; the total counts it once.
        sourceOverlap += inSources.size() - (inSearches == 0 ? 1 : 0);
      }
    }
    ImmutableList.Builder<OtherSource> sources = ImmutableList.builder();
    for (OtherSource source : review.otherSources()) {
      Integer included = includedBySource.get(source.name());
      sources.add(
          included == null
              ? source
              : OtherSource.of(
                  source.name(),
                  OptionalInt.of(review.recordsFoundBy(source.name())),
                  OptionalInt.of(included)));
    }
    return new ReviewFlow(
        searches.build(),
        sources.build(),
        provenance.buildOrThrow(),
        overlap,
        duplicates,
        sourceOverlap);
  }

  /**
   * Returns the flow of the given searches, in the order given, from the counts they state.
   *
   * @throws IllegalArgumentException if two searches have the same name
   * @throws ArithmeticException if a total overflows an {@code int}
   * @param searches the searches, with distinct names
   * @return their flow
   */
  public static ReviewFlow of(Iterable<Search> searches) {
    ImmutableList<Search> list = ImmutableList.copyOf(searches);
    checkArgument(
        list.stream().map(Search::name).distinct().count() == list.size(),
        "search names must be unique in a review flow: %s",
        list);
    return new ReviewFlow(list, ImmutableList.of());
  }

  /**
   * Where the count of a search at a stage comes from: the review's records, the counts it states,
   * or neither.
   *
   * @param search the search's name
   * @param stage the stage
   * @return the count's provenance
   * @throws IllegalArgumentException if the flow has no search of that name
   */
  public Provenance provenance(String search, Stage stage) {
    java.util.Objects.requireNonNull(search, "search");
    java.util.Objects.requireNonNull(stage, "stage");
    Search found =
        searches.stream()
            .filter(s -> s.name().equals(search))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        String.format("the flow has no search named \"%s\"", search)));
    ImmutableMap<Stage, Provenance> from = provenance.get(found.name());
    if (from != null) {
      return from.get(stage);
    }
    return found.counts().count(stage).isPresent() ? Provenance.STATED : Provenance.UNREPORTED;
  }

  /**
   * Whether any count of the flow comes from records of the review process.
   *
   * @return true if some search is counted from records
   */
  public boolean isRecorded() {
    return !provenance.isEmpty();
  }

  /**
   * How many times records were found again by a further search or source, and so removed as
   * duplicates before screening (PRISMA 2020's "duplicate records removed"): for each record, the
   * number of searches and sources that found it, less one. Zero for a flow without records.
   *
   * @return the number of duplicate finds
   */
  public int duplicates() {
    return duplicates;
  }

  /** {@return the searches, in the order given} */
  public ImmutableList<Search> searches() {
    return searches;
  }

  /** {@return the sources of papers other than searches, in the order given} */
  public ImmutableList<OtherSource> sources() {
    return sources;
  }

  /**
   * The counts of all searches added stage by stage: the totals row. A stage that some search does
   * not report is absent.
   *
   * @return the totals
   */
  public StageCounts total() {
    return total;
  }

  /**
   * The sum of the counts the searches report at {@code stage}: the complete total where every
   * search reports it, a lower bound otherwise.
   *
   * @param stage the stage
   * @return the sum of what is reported
   */
  public long partialTotal(Stage stage) {
    return searches.stream().mapToLong(s -> s.counts().count(stage).orElse(0)).sum();
  }

  /**
   * The searches that do not report {@code stage}, in order.
   *
   * @param stage the stage
   * @return the searches whose count at that stage is unknown
   */
  public ImmutableList<Search> unreported(Stage stage) {
    return searches.stream()
        .filter(s -> s.counts().count(stage).isEmpty())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * How many papers the searches and the other sources included, where every one of them reports
   * it.
   *
   * @return the number of papers included, or empty if a search or source does not report it
   */
  public OptionalInt included() {
    OptionalInt searched = total.articlesIncluded();
    if (searched.isEmpty() || sources.stream().anyMatch(s -> s.included().isEmpty())) {
      return OptionalInt.empty();
    }
    long all = searched.getAsInt() - sourceOverlap;
    for (OtherSource source : sources) {
      all += source.included().getAsInt();
    }
    return OptionalInt.of(Math.toIntExact(all));
  }

  /**
   * Returns the flow of this flow's searches followed by {@code other}'s.
   *
   * @throws IllegalArgumentException if a search name is in both
   * @param other the flow of other searches and sources
   * @return the flow of both
   */
  public ReviewFlow merge(ReviewFlow other) {
    Set<String> shared = Sets.intersection(names(), other.names());
    checkArgument(shared.isEmpty(), "flows with common searches cannot be merged: %s", shared);
    Set<String> sharedSources = Sets.intersection(sourceNames(), other.sourceNames());
    checkArgument(
        sharedSources.isEmpty(), "flows with common sources cannot be merged: %s", sharedSources);
    long[] overlaps = new long[overlap.length];
    for (int i = 0; i < overlaps.length; i++) {
      overlaps[i] = overlap[i] + other.overlap[i];
    }
    return new ReviewFlow(
        ImmutableList.<Search>builder().addAll(searches).addAll(other.searches).build(),
        ImmutableList.<OtherSource>builder().addAll(sources).addAll(other.sources).build(),
        ImmutableMap.<String, ImmutableMap<Stage, Provenance>>builder()
            .putAll(provenance)
            .putAll(other.provenance)
            .buildOrThrow(),
        overlaps,
        Math.addExact(duplicates, other.duplicates),
        sourceOverlap + other.sourceOverlap);
  }

  private Set<String> sourceNames() {
    return sources.stream().map(OtherSource::name).collect(ImmutableSet.toImmutableSet());
  }

  private Set<String> names() {
    return searches.stream().map(Search::name).collect(ImmutableSet.toImmutableSet());
  }

  /** Flows are equal when they have the same searches in the same order. */
  @Override
  public boolean equals(Object o) {
    return o instanceof ReviewFlow that
        && searches.equals(that.searches)
        && sources.equals(that.sources)
        && provenance.equals(that.provenance)
        && java.util.Arrays.equals(overlap, that.overlap)
        && duplicates == that.duplicates
        && sourceOverlap == that.sourceOverlap;
  }

  @Override
  public int hashCode() {
    return searches.hashCode() * 31 + sources.hashCode();
  }

  /** Returns the searches and the total. */
  @Override
  public String toString() {
    return "ReviewFlow(" + searches + ", total: " + total + ")";
  }
}
