package org.metaethnography.model;

import com.google.common.collect.ImmutableMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stage counts of each search (and other source) as the review's records give them, computed in
 * one pass over the records. A stage is counted only when some record of the review has the step
 * that decides it (title and abstract screening for abstracts reviewed; any step for articles
 * retrieved; an appraisal for articles appraised; an appraisal or full-text screening for articles
 * included); the other stages stay unreported.
 */
final class RecordedCounts {
  private RecordedCounts() {}

  /**
   * Whether a review appraises the records it keeps at full text: a record has an appraisal, or a
   * search its records name states an appraised count (appraisal happened, unrecorded).
   */
  static boolean appraises(List<SearchRecord> records, List<Search> searches) {
    if (records.stream().anyMatch(r -> r.appraisal().isPresent())) {
      return true;
    }
    java.util.Set<String> finders = new java.util.HashSet<>();
    records.forEach(r -> finders.addAll(r.foundBy()));
    return searches.stream()
        .anyMatch(s -> finders.contains(s.name()) && s.counts().articlesAppraised().isPresent());
  }

  static ImmutableMap<String, StageCounts> of(List<SearchRecord> records, List<Search> searches) {
    Set<Stage> covered = EnumSet.noneOf(Stage.class);
    boolean appraised = appraises(records, searches);
    for (SearchRecord record : records) {
      if (record.screening(ScreeningLevel.TITLE_AND_ABSTRACT).isPresent()) {
        covered.add(Stage.ABSTRACTS_REVIEWED);
        covered.add(Stage.ARTICLES_RETRIEVED);
      }
      if (record.screening(ScreeningLevel.FULL_TEXT).isPresent()) {
        covered.add(Stage.ARTICLES_RETRIEVED);
        if (!appraised) {
          covered.add(Stage.ARTICLES_INCLUDED);
        }
      }
      if (record.appraisal().isPresent()) {
        covered.add(Stage.ARTICLES_RETRIEVED);
        covered.add(Stage.ARTICLES_APPRAISED);
        covered.add(Stage.ARTICLES_INCLUDED);
      }
    }
    Map<String, long[]> counts = new LinkedHashMap<>();
    for (SearchRecord record : records) {
      for (String search : new java.util.LinkedHashSet<>(record.foundBy())) {
        long[] count = counts.computeIfAbsent(search, s -> new long[Stage.values().length]);
        for (Stage stage : covered) {
          if (record.reached(stage, appraised)) {
            count[stage.ordinal()]++;
          }
        }
      }
    }
    ImmutableMap.Builder<String, StageCounts> result = ImmutableMap.builder();
    counts.forEach(
        (search, count) -> {
          StageCounts.Builder stages = StageCounts.builder();
          for (Stage stage : covered) {
            int n = (int) Math.min(count[stage.ordinal()], Integer.MAX_VALUE);
            switch (stage) {
              case ABSTRACTS_REVIEWED -> stages.abstractsReviewed(n);
              case ARTICLES_RETRIEVED -> stages.articlesRetrieved(n);
              case ARTICLES_APPRAISED -> stages.articlesAppraised(n);
              case ARTICLES_INCLUDED -> stages.articlesIncluded(n);
            }
          }
          StageCounts built;
          try {
            built = stages.build();
          } catch (InvalidValueException e) {
            // Records retrieved without a title and abstract screening outnumber those screened;
            // the review reports those records, and the abstracts count stays unreported.
            built = stages.abstractsReviewed(java.util.OptionalInt.empty()).build();
          }
          result.put(search, built);
        });
    return result.buildOrThrow();
  }
}
