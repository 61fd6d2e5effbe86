package org.metaethnography.synthesis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.metaethnography.model.KeyConcept;
import org.metaethnography.model.Stakeholder;

/**
 * How key concepts distribute over stakeholder groups, phases and valence, and any cross-tabulation
 * of two of these, under the declared or the derived classification.
 *
 * <pre>{@code
 * Distributions d = synthesis.distributions(Classification.DERIVED);
 * ImmutableList<KeyConcept> carersOnly = d.specificTo(Stakeholder.of("Carers"));
 * CrossTab table = d.crossTab(Dimension.STAKEHOLDERS, Dimension.VALENCE);
 * }</pre>
 */
public final class Distributions {
  private final ImmutableList<KeyConceptProfile> profiles;
  private final Classification classification;

  private Distributions(ImmutableList<KeyConceptProfile> profiles, Classification classification) {
    this.profiles = profiles;
    this.classification = classification;
  }

  /**
   * {@return the distributions of the given profiles under {@code classification}}
   *
   * @param profiles the key concept profiles of a synthesis
   * @param classification whether to count declared or derived classifications
   */
  public static Distributions of(
      Iterable<KeyConceptProfile> profiles, Classification classification) {
    return new Distributions(
        ImmutableList.copyOf(profiles), Objects.requireNonNull(classification));
  }

  /** {@return the classification counted} */
  public Classification classification() {
    return classification;
  }

  /**
   * {@return the key concepts by each of their categories in {@code dimension}, categories in order
   * of first appearance, key concepts in review order}
   *
   * @param dimension the dimension
   */
  public ImmutableListMultimap<Category, KeyConcept> by(Dimension dimension) {
    ImmutableListMultimap.Builder<Category, KeyConcept> by = ImmutableListMultimap.builder();
    for (KeyConceptProfile profile : profiles) {
      dimension.categories(profile, classification).forEach(c -> by.put(c, profile.keyConcept()));
    }
    return by.build();
  }

  /**
   * {@return the key concepts that concern {@code stakeholder} only: the stakeholder-specific
   * concepts of that group}
   *
   * @param stakeholder a stakeholder group
   */
  public ImmutableList<KeyConcept> specificTo(Stakeholder stakeholder) {
    return profiles.stream()
        .filter(p -> stakeholdersOf(p).equals(ImmutableSet.of(stakeholder)))
        .map(KeyConceptProfile::keyConcept)
        .collect(ImmutableList.toImmutableList());
  }

  /** {@return the key concepts that concern more than one stakeholder group} */
  public ImmutableList<KeyConcept> shared() {
    return profiles.stream()
        .filter(p -> stakeholdersOf(p).size() > 1)
        .map(KeyConceptProfile::keyConcept)
        .collect(ImmutableList.toImmutableList());
  }

  private Set<Stakeholder> stakeholdersOf(KeyConceptProfile profile) {
    return classification == Classification.DERIVED
        ? profile.stakeholders()
        : profile.declaredStakeholders();
  }

  /**
   * Counts key concepts by their categories in two dimensions: a cell counts the key concepts that
   * are in both its row's and its column's category.
   *
   * @return the cross-tabulation
   * @param rows the dimension of the rows
   * @param columns the dimension of the columns
   */
  public CrossTab crossTab(Dimension rows, Dimension columns) {
    Set<Category> rowCategories = new LinkedHashSet<>();
    Set<Category> columnCategories = new LinkedHashSet<>();
    Map<Category, Map<Category, Integer>> counts = new LinkedHashMap<>();
    for (KeyConceptProfile profile : profiles) {
      for (Category row : rows.categories(profile, classification)) {
        rowCategories.add(row);
        for (Category column : columns.categories(profile, classification)) {
          columnCategories.add(column);
          counts.computeIfAbsent(row, r -> new LinkedHashMap<>()).merge(column, 1, Integer::sum);
        }
      }
    }
    ImmutableMap.Builder<Category, ImmutableMap<Category, Integer>> cells = ImmutableMap.builder();
    for (Category row : rowCategories) {
      ImmutableMap.Builder<Category, Integer> cellRow = ImmutableMap.builder();
      for (Category column : columnCategories) {
        cellRow.put(column, counts.getOrDefault(row, Map.of()).getOrDefault(column, 0));
      }
      cells.put(row, cellRow.buildOrThrow());
    }
    return new CrossTab(rows, columns, cells.buildOrThrow());
  }

  /** Distributions are equal when they count the same profiles under the same classification. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Distributions
        && profiles.equals(((Distributions) o).profiles)
        && classification == ((Distributions) o).classification;
  }

  @Override
  public int hashCode() {
    return Objects.hash(profiles, classification);
  }

  /** Returns the distribution by stakeholder group. */
  @Override
  public String toString() {
    return "Distributions(" + classification + ", " + by(Dimension.STAKEHOLDERS) + ")";
  }
}
