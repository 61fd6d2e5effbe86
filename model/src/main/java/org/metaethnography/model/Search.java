package org.metaethnography.model;

import org.immutables.value.Value;

/**
 * One literature search of the review (a database strategy for one topic) with the counts it kept
 * at each stage it reports. A review's searches are the rows of its article review summary.
 *
 * <pre>{@code
 * Search dementia = Search.of("Dementia", StageCounts.of(812, 64, 9, 4));
 * }</pre>
 */
@Value.Immutable
public abstract class Search {
  Search() {}

  /**
   * Returns the named search with its counts.
   *
   * @param name the search's name, unique within the review
   * @param counts what the search kept at each stage
   * @return the search
   * @throws InvalidValueException if the name breaks a rule of names
   */
  public static Search of(String name, StageCounts counts) {
    return ImmutableSearch.of(Names.nfc(name), counts);
  }

  /** {@return the search's name, unique within the review} */
  @Value.Parameter
  public abstract String name();

  /** {@return what the search kept at each stage} */
  @Value.Parameter
  public abstract StageCounts counts();

  @Value.Check
  final void check() {
    Checks.at(new Place.OfSearch(name())).name("search", name()).done();
  }

  /** Returns the search's name. */
  @Override
  public final String toString() {
    return name();
  }
}
