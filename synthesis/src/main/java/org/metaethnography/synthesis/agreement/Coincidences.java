package org.metaethnography.synthesis.agreement;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The coincidence matrix of Krippendorff's alpha (Krippendorff 2004, 2011): for each ordered pair
 * of categories {@code (c, k)}, the number {@code o_ck} of ordered pairs of ratings of one pairable
 * subject that are {@code c} and {@code k}, each subject with {@code m >= 2} ratings weighing
 * {@code 1 / (m - 1)}. The matrix is symmetric; its diagonal holds the pairs that agree. The row of
 * a category sums to {@link #values(String) n_c}, the number of pairable ratings in it, and the
 * whole matrix to {@link #values() n}, the number of pairable ratings.
 *
 * <p>Coincidence matrices are equal when their categories, in order, and their cells are.
 */
public final class Coincidences {
  private final ImmutableList<String> categories;
  private final Map<String, Integer> index;
  private final double[][] matrix;
  private final long[] values;

  Coincidences(ImmutableList<String> categories, double[][] matrix, long[] values) {
    this.categories = categories;
    this.matrix = matrix;
    this.values = values;
    this.index = new HashMap<>();
    categories.forEach(c -> index.put(c, index.size()));
  }

  /** {@return the categories of the rows and columns, in the order of the ratings' categories} */
  public ImmutableList<String> categories() {
    return categories;
  }

  /**
   * {@return the coincidences {@code o_ck} of the two categories: the weighted number of ordered
   * pairs of ratings of one subject that are {@code first} and {@code second}}
   *
   * @param first the category of the row
   * @param second the category of the column
   * @throws IllegalArgumentException if either is not a category of the ratings
   */
  public double count(String first, String second) {
    Objects.requireNonNull(first);
    Objects.requireNonNull(second);
    return matrix[at(first)][at(second)];
  }

  /**
   * {@return how many pairable ratings (of subjects with at least two ratings) are in {@code
   * category}: {@code n_c}, the sum of its row}
   *
   * @param category a category
   * @throws IllegalArgumentException if it is not a category of the ratings
   */
  public long values(String category) {
    return values[at(category)];
  }

  /** {@return how many pairable ratings there are: {@code n}, the sum of the matrix} */
  public long values() {
    return Arrays.stream(values).sum();
  }

  private int at(String category) {
    Integer at = index.get(Objects.requireNonNull(category));
    Preconditions.checkArgument(
        at != null,
        "\"%s\" is not a category; the categories are %s",
        category,
        categories.stream().map(c -> "\"" + c + "\"").toList());
    return at;
  }

  /** Coincidence matrices are equal when their categories, in order, and their cells are. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Coincidences other
        && categories.equals(other.categories)
        && Arrays.deepEquals(matrix, other.matrix)
        && Arrays.equals(values, other.values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(categories, Arrays.deepHashCode(matrix), Arrays.hashCode(values));
  }

  /** Returns the matrix by rows, each row led by its category. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Coincidences(");
    for (int a = 0; a < categories.size(); a++) {
      text.append(a == 0 ? "" : "; ").append(categories.get(a)).append(':');
      for (double cell : matrix[a]) {
        text.append(' ').append(String.format(Locale.ROOT, "%.4f", cell));
      }
    }
    return text.append(')').toString();
  }
}
