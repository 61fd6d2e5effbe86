package org.metaethnography.synthesis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.metaethnography.model.Paper;

/**
 * Included papers grouped by one of their attributes, such as intervention format, condition or
 * participant perspective: the shape of a review's table of included studies.
 *
 * <p>Grouped by a single-valued attribute ({@link #of(Iterable, Function)}), the groups partition
 * the papers: every paper is in exactly one group. Grouped by a multi-valued attribute ({@link
 * #ofEach(Iterable, Function)}, for example the countries of multi-site studies), a paper is in
 * each of its groups, and the grouping says so ({@link #isPartition()}, {@link #inSeveralGroups()},
 * {@link #inNoGroup()}). Groups are in the order in which their key first appears among the papers,
 * and each group keeps the papers' order; so the review's order of papers is the presentation order
 * of the grouping.
 *
 * <pre>{@code
 * PaperGroups<InterventionFormat> byFormat = PaperGroups.of(review.papers(), Paper::format);
 * ImmutableMap<InterventionFormat, PaperGroups<Perspective>> table =
 *     byFormat.thenBy(Paper::perspective);
 * }</pre>
 */
public final class PaperGroups<K> {
  private final ImmutableListMultimap<K, Paper> groups;
  private final ImmutableList<Paper> inSeveralGroups;
  private final ImmutableList<Paper> inNoGroup;

  private PaperGroups(
      ImmutableListMultimap<K, Paper> groups,
      ImmutableList<Paper> inSeveralGroups,
      ImmutableList<Paper> inNoGroup) {
    this.groups = groups;
    this.inSeveralGroups = inSeveralGroups;
    this.inNoGroup = inNoGroup;
  }

  /**
   * Groups {@code papers} by a multi-valued attribute: a paper is in the group of each of its
   * values, and in none if it has none.
   *
   * @param papers the papers, in presentation order
   * @param attribute the values of the attribute for a paper, for example {@code p ->
   *     p.attribute("country")}; must not return null
   * @return the grouping
   * @param <K> the type of the attribute's values
   */
  public static <K> PaperGroups<K> ofEach(
      Iterable<Paper> papers, Function<? super Paper, ? extends Iterable<? extends K>> attribute) {
    Objects.requireNonNull(attribute);
    ImmutableListMultimap.Builder<K, Paper> groups = ImmutableListMultimap.builder();
    ImmutableList.Builder<Paper> several = ImmutableList.builder();
    ImmutableList.Builder<Paper> none = ImmutableList.builder();
    for (Paper paper : papers) {
      Set<K> values = new LinkedHashSet<>();
      Objects.requireNonNull(attribute.apply(paper), () -> "no attribute for paper " + paper)
          .forEach(values::add);
      values.forEach(v -> groups.put(v, paper));
      if (values.size() > 1) {
        several.add(paper);
      } else if (values.isEmpty()) {
        none.add(paper);
      }
    }
    return new PaperGroups<>(groups.build(), several.build(), none.build());
  }

  /** {@return whether every paper is in exactly one group} */
  public boolean isPartition() {
    return inSeveralGroups.isEmpty() && inNoGroup.isEmpty();
  }

  /**
   * {@return the papers counted in more than one group (by a multi-valued attribute), in
   * presentation order}
   */
  public ImmutableList<Paper> inSeveralGroups() {
    return inSeveralGroups;
  }

  /** {@return the papers in no group (with no value of a multi-valued attribute)} */
  public ImmutableList<Paper> inNoGroup() {
    return inNoGroup;
  }

  /**
   * Groups {@code papers} by {@code attribute}.
   *
   * @param papers the papers, in presentation order
   * @param attribute the attribute to group by; must not return null
   * @return the grouping
   * @throws NullPointerException if the attribute returns null for a paper (naming it)
   * @param <K> the type of the attribute's values
   */
  public static <K> PaperGroups<K> of(
      Iterable<Paper> papers, Function<? super Paper, ? extends K> attribute) {
    Objects.requireNonNull(attribute);
    ImmutableListMultimap.Builder<K, Paper> groups = ImmutableListMultimap.builder();
    for (Paper paper : papers) {
      groups.put(
          Objects.requireNonNull(attribute.apply(paper), () -> "no attribute for paper " + paper),
          paper);
    }
    return new PaperGroups<>(groups.build(), ImmutableList.of(), ImmutableList.of());
  }

  /** {@return the distinct attribute values, in order of first appearance} */
  public ImmutableList<K> keys() {
    return groups.keySet().asList();
  }

  /**
   * {@return the papers of the group {@code key}, in presentation order; empty if there is no such
   * group}
   *
   * @param key the attribute value of the group
   */
  public ImmutableList<Paper> papers(K key) {
    return groups.get(Objects.requireNonNull(key));
  }

  /** {@return all papers, group by group (a paper in several groups once per group)} */
  public ImmutableList<Paper> papers() {
    return ImmutableList.copyOf(groups.values());
  }

  /** {@return how many papers are in each group, in group order} */
  public ImmutableMap<K, Integer> counts() {
    ImmutableMap.Builder<K, Integer> counts = ImmutableMap.builder();
    groups.asMap().forEach((key, papers) -> counts.put(key, papers.size()));
    return counts.buildOrThrow();
  }

  /** {@return the grouping as a multimap from attribute value to papers} */
  public ImmutableListMultimap<K, Paper> asMultimap() {
    return groups;
  }

  /**
   * {@return groups each group again by a second attribute, as a table of included studies groups
   * by format and then by participant perspective}
   *
   * @param attribute the second attribute
   * @param <J> the type of its values
   */
  public <J> ImmutableMap<K, PaperGroups<J>> thenBy(
      Function<? super Paper, ? extends J> attribute) {
    ImmutableMap.Builder<K, PaperGroups<J>> nested = ImmutableMap.builder();
    groups.asMap().forEach((key, papers) -> nested.put(key, of(papers, attribute)));
    return nested.buildOrThrow();
  }

  /** Groupings are equal when they have the same groups with the same papers in the same order. */
  @Override
  public boolean equals(Object o) {
    return o instanceof PaperGroups
        && groups.equals(((PaperGroups<?>) o).groups)
        && keys().equals(((PaperGroups<?>) o).keys());
  }

  @Override
  public int hashCode() {
    return groups.hashCode();
  }

  /** Returns the groups and their papers. */
  @Override
  public String toString() {
    return groups.asMap().toString();
  }
}
