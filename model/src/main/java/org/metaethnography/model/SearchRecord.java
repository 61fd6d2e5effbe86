package org.metaethnography.model;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One record the searches found (PRISMA 2020's "record": a title and abstract, and later its full
 * text), with the steps of selection it went through: its {@linkplain Screening screenings} at
 * title and abstract and at full text, its {@linkplain AppraisalRecord quality appraisal}, and the
 * included paper it became.
 *
 * <p>A record found by several searches is one record that names each of them in {@link
 * #foundBy()}; it is screened once and counted once in the review's totals (and once in each of
 * those searches' own counts). Two records are duplicates when they share a {@linkplain #key()
 * key}: their DOI, or, for records without one, their normalised title.
 *
 * <p>A record's steps follow each other: a record excluded at one step has no later step. A step
 * not yet recorded after an include leaves the record awaiting it.
 */
@Value.Immutable
public abstract class SearchRecord {
  SearchRecord() {}

  /**
   * Returns a builder; the identifier and at least one search are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the identifier by which the review refers to the record, unique in the review} */
  public abstract String id();

  /** {@return the record's DOI, if it has one} */
  public abstract Optional<String> doi();

  /** {@return the record's title, if recorded} */
  public abstract Optional<String> title();

  /**
   * {@return the searches (or other sources) that found the record, by name, first finder first; a
   * search that found it twice (two entries of one export, say) is named twice}
   */
  public abstract ImmutableList<String> foundBy();

  /**
   * {@return the identifiers under which the record was found again and merged into this one, in
   * the order found; empty where nothing was merged or the review does not say}
   */
  public abstract ImmutableList<String> alsoRecordedAs();

  /** {@return the record's screenings, at most one per level, title and abstract first} */
  public abstract ImmutableList<Screening> screenings();

  /** {@return the record's quality appraisal, if it was appraised} */
  public abstract Optional<AppraisalRecord> appraisal();

  /** {@return the included paper the record became, if the review links them} */
  public abstract Optional<Citation> paper();

  /**
   * The screening at one level.
   *
   * @param level the level
   * @return the screening, if the record was screened at that level
   */
  public final Optional<Screening> screening(ScreeningLevel level) {
    java.util.Objects.requireNonNull(level, "level");
    for (Screening screening : screenings()) {
      if (screening.level() == level) {
        return Optional.of(screening);
      }
    }
    return Optional.empty();
  }

  /**
   * The key by which duplicates are found: {@code doi:} and the {@linkplain #normalisedDoi(String)
   * DOI as compared}, else the {@linkplain #titleKey() title's key}; a record with neither is keyed
   * by its identifier. Two records are also duplicates when one has no DOI and their titles' keys
   * are equal.
   *
   * @return the key
   */
  @Value.Derived
  public String key() {
    if (doi().isPresent()) {
      return "doi:" + normalisedDoi(doi().get());
    }
    return titleKey().orElse("id:" + id());
  }

  /**
   * The key of the record's title: {@code title:} and the title in lower case with every run of
   * characters other than letters and digits made one space; empty for a record without a title or
   * whose title has no letter or digit.
   *
   * @return the title's key, if it has one
   */
  public final Optional<String> titleKey() {
    if (title().isEmpty()) {
      return Optional.empty();
    }
    String words =
        title().get().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    return words.isEmpty() ? Optional.empty() : Optional.of("title:" + words);
  }

  /**
   * A DOI as records compare it: without surrounding whitespace, without a resolver's address
   * ({@code https://doi.org/}, {@code http://dx.doi.org/}) or a {@code doi:} prefix, in lower case
   * (DOIs are case-insensitive).
   *
   * @param doi a DOI as given
   * @return the DOI compared
   */
  public static String normalisedDoi(String doi) {
    String plain = doi.strip().toLowerCase(Locale.ROOT);
    for (String prefix :
        new String[] {
          "https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:"
        }) {
      if (plain.startsWith(prefix)) {
        return plain.substring(prefix.length()).strip();
      }
    }
    return plain;
  }

  /**
   * Whether the record reached a stage of the review's counts: screened at title and abstract;
   * retrieved as a full text (kept at title and abstract, or screened or appraised as a full text
   * without a title and abstract screening); appraised; included (kept at its last step, which is
   * an appraisal, or a full-text screening of a record not appraised when {@code appraisalIsAStep}
   * is false).
   *
   * @param stage the stage
   * @param appraisalIsAStep whether the review appraises the records it keeps at full text (any
   *     record of the review has an appraisal)
   * @return true if the record counts at that stage
   */
  public final boolean reached(Stage stage, boolean appraisalIsAStep) {
    java.util.Objects.requireNonNull(stage, "stage");
    Optional<Screening> titles = screening(ScreeningLevel.TITLE_AND_ABSTRACT);
    Optional<Screening> fullText = screening(ScreeningLevel.FULL_TEXT);
    switch (stage) {
      case ABSTRACTS_REVIEWED:
        return titles.isPresent();
      case ARTICLES_RETRIEVED:
        return titles.isPresent()
            ? titles.get().decision() == Decision.INCLUDE
            : fullText.isPresent() || appraisal().isPresent();
      case ARTICLES_APPRAISED:
        return appraisal().isPresent();
      case ARTICLES_INCLUDED:
        if (appraisal().isPresent()) {
          return appraisal().get().decision() == Decision.INCLUDE;
        }
        return !appraisalIsAStep
            && fullText.isPresent()
            && fullText.get().decision() == Decision.INCLUDE;
      default:
        throw new AssertionError(stage);
    }
  }

  /** Keeps the screenings in the order a record goes through them, title and abstract first. */
  @Value.Check
  final SearchRecord normalised() {
    for (int i = 1; i < screenings().size(); i++) {
      if (screenings().get(i).level().compareTo(screenings().get(i - 1).level()) < 0) {
        return builder()
            .from(this)
            .screenings(
                screenings().stream()
                    .sorted(java.util.Comparator.comparing(Screening::level))
                    .toList())
            .build();
      }
    }
    check();
    return this;
  }

  private void check() {
    Checks checks =
        Checks.at(new Place.OfRecord(id()))
            .name("record", id())
            .text("DOI", doi())
            .text("title", title())
            .require(!foundBy().isEmpty(), "", "must name at least one search that found it")
            .distinct("identifier", alsoRecordedAs())
            .distinct("screening level", screenings().stream().map(Screening::level).toList());
    Optional<Screening> titles = screening(ScreeningLevel.TITLE_AND_ABSTRACT);
    Optional<Screening> fullText = screening(ScreeningLevel.FULL_TEXT);
    if (titles.isPresent() && titles.get().decision() == Decision.EXCLUDE) {
      checks.require(
          fullText.isEmpty() && appraisal().isEmpty() && paper().isEmpty(),
          "exclude",
          "was excluded at title and abstract, so it cannot have a later step or an included"
              + " paper");
    }
    if (fullText.isPresent() && fullText.get().decision() == Decision.EXCLUDE) {
      checks.require(
          appraisal().isEmpty() && paper().isEmpty(),
          "exclude",
          "was excluded at full text, so it cannot be appraised or become an included paper");
    }
    if (paper().isPresent()
        && appraisal().isEmpty()
        && fullText.isEmpty()
        && (titles.isEmpty() || titles.get().decision() == Decision.INCLUDE)) {
      checks.require(
          false,
          paper().get().inMessages(),
          "became paper %s, but was not kept at full text or appraisal; a record becomes an"
              + " included paper once its full text is kept",
          paper().get().inMessages());
    }
    if (appraisal().isPresent() && appraisal().get().decision() == Decision.EXCLUDE) {
      checks.require(
          paper().isEmpty(),
          paper().map(Citation::inMessages).orElse(""),
          "was excluded at appraisal, so it cannot become an included paper (%s)",
          paper().map(Citation::inMessages).orElse(""));
    }
    checks.done();
  }

  @Override
  public final String toString() {
    return id();
  }

  /** Builds a {@link SearchRecord}; every setter returns this builder. */
  public static final class Builder extends ImmutableSearchRecord.Builder {
    Builder() {}
  }
}
