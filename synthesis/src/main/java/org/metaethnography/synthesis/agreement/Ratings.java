package org.metaethnography.synthesis.agreement;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableTable;
import com.google.common.collect.Table;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.metaethnography.model.InvalidValueException;
import org.metaethnography.model.Place;
import org.metaethnography.model.ReviewProblem;

/**
 * Reliability data: named subjects (the units rated, such as a record at screening, a paper's
 * answer to one appraisal question, or a (paper, raw concept) pair at extraction), each rated by
 * some of a set of named raters (the reviewers), each rating being one category of a nominal scale.
 * A rater gives a subject at most one category; a rater who did not rate a subject leaves its
 * rating missing. Any stage of a review whose decisions two or more reviewers made independently
 * gives ratings, and {@link Agreement#of(Ratings)} measures how far they agree.
 *
 * <p>Subjects and raters are in the order of their first rating. Categories are those {@linkplain
 * Builder#categories(Iterable) declared}, in the order declared, so that a category no one used
 * still appears in every breakdown; where none are declared, they are those used, in the order of
 * first use. No statistic depends on these orders, nor on the categories' names: they only fix the
 * order of results. Names are stored in Unicode NFC, as the model stores names.
 *
 * <pre>{@code
 * Ratings screening = Ratings.builder()
 *     .categories("include", "exclude")
 *     .rate("record 1", "AO", "include")
 *     .rate("record 1", "SL", "include")
 *     .rate("record 2", "AO", "exclude")
 *     .rate("record 2", "SL", "include")
 *     .build();
 * }</pre>
 *
 * <p>Ratings are equal when they hold the same ratings and the same categories in the same order.
 */
public final class Ratings {
  private static final Place WHERE = new Place.Detached("ratings");

  private final ImmutableList<String> categories;
  private final ImmutableTable<String, String, String> cells;

  private Ratings(ImmutableList<String> categories, ImmutableTable<String, String, String> cells) {
    this.categories = categories;
    this.cells = cells;
  }

  /**
   * Returns a builder of ratings.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the subjects rated, in the order of their first rating} */
  public ImmutableList<String> subjects() {
    return cells.rowKeySet().asList();
  }

  /** {@return the raters, in the order of their first rating} */
  public ImmutableList<String> raters() {
    return cells.columnKeySet().asList();
  }

  /**
   * {@return the categories of the scale: those declared, in the order declared, or else those
   * used, in the order of first use}
   */
  public ImmutableList<String> categories() {
    return categories;
  }

  /** {@return how many ratings there are (subject and rater pairs with a category)} */
  public int size() {
    return cells.size();
  }

  /**
   * {@return the category {@code rater} gave {@code subject}; empty if the rater did not rate it,
   * or if either is not in these ratings}
   *
   * @param subject a subject's name
   * @param rater a rater's name
   */
  public Optional<String> rating(String subject, String rater) {
    return Optional.ofNullable(cells.get(nfc(subject), nfc(rater)));
  }

  /**
   * {@return the ratings of {@code subject}: each rater who rated it, in the order of raters' first
   * ratings, with the category given; empty if it is not a subject of these ratings}
   *
   * @param subject a subject's name
   */
  public ImmutableMap<String, String> ratingsOf(String subject) {
    return cells.row(nfc(subject));
  }

  /**
   * {@return every rating, as a table of subjects (rows) by raters (columns) whose cells are
   * categories; a missing rating is a missing cell}
   */
  public ImmutableTable<String, String, String> asTable() {
    return cells;
  }

  /**
   * Returns the ratings of the named raters only, with the same categories: for example the ratings
   * of one pair of reviewers of a larger team, for Cohen's kappa. Subjects none of them rated are
   * left out.
   *
   * @param raters the names of raters of these ratings
   * @return their ratings
   * @throws IllegalArgumentException if a name is not a rater's of these ratings
   */
  public Ratings ofRaters(String... raters) {
    Set<String> kept = new LinkedHashSet<>();
    List<String> unknown = new ArrayList<>();
    for (String rater : raters) {
      String name = nfc(rater);
      if (cells.containsColumn(name)) {
        kept.add(name);
      } else {
        unknown.add(name);
      }
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "no rating is given by " + quoted(unknown) + "; the raters are " + quoted(raters()));
    }
    ImmutableTable.Builder<String, String, String> subset = tableInOrder(subjects(), raters());
    for (Table.Cell<String, String, String> cell : cells.cellSet()) {
      if (kept.contains(cell.getColumnKey())) {
        subset.put(cell);
      }
    }
    return new Ratings(categories, subset.buildOrThrow());
  }

  /** A builder of a table whose rows and columns are in the order of the lists given. */
  private static ImmutableTable.Builder<String, String, String> tableInOrder(
      List<String> subjects, List<String> raters) {
    Map<String, Integer> subjectOrder = new HashMap<>();
    Map<String, Integer> raterOrder = new HashMap<>();
    subjects.forEach(s -> subjectOrder.putIfAbsent(s, subjectOrder.size()));
    raters.forEach(r -> raterOrder.putIfAbsent(r, raterOrder.size()));
    return ImmutableTable.<String, String, String>builder()
        .orderRowsBy(Comparator.comparing(subjectOrder::get))
        .orderColumnsBy(Comparator.comparing(raterOrder::get));
  }

  /** Ratings are equal when their ratings and their categories, in order, are. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Ratings other
        && categories.equals(other.categories)
        && cells.equals(other.cells);
  }

  @Override
  public int hashCode() {
    return Objects.hash(categories, cells);
  }

  /** Returns how many subjects, raters and ratings there are, and the categories. */
  @Override
  public String toString() {
    return String.format(
        "Ratings(%d subjects, %d raters, %d ratings, categories %s)",
        cells.rowKeySet().size(), cells.columnKeySet().size(), cells.size(), quoted(categories));
  }

  private static String nfc(String name) {
    Objects.requireNonNull(name);
    return Normalizer.isNormalized(name, Normalizer.Form.NFC)
        ? name
        : Normalizer.normalize(name, Normalizer.Form.NFC);
  }

  private static String quoted(Iterable<String> names) {
    List<String> quoted = new ArrayList<>();
    names.forEach(name -> quoted.add(quoted(name)));
    return quoted.stream().collect(Collectors.joining(", ", "[", "]"));
  }

  private static String quoted(String name) {
    return "\"" + name + "\"";
  }

  /**
   * Collects ratings and builds {@link Ratings}, checking them whole: every problem (a blank name,
   * a rater who gives one subject two categories, a category used but not declared, a category
   * declared twice) is reported at once when {@link #build()} is called.
   */
  public static final class Builder {
    /** For each subject, in order of first rating, each rater's first category. */
    private final Map<String, Map<String, String>> ratings = new LinkedHashMap<>();

    /** Every rating given, in order, including those that conflict. */
    private final List<String[]> given = new ArrayList<>();

    private List<String> declared;
    private final List<ReviewProblem> problems = new ArrayList<>();

    private Builder() {}

    /**
     * Declares the categories of the scale, in the order results list them. A category declared but
     * never used still appears in every per-category breakdown; a category used but not declared is
     * an error. Without a declaration, the categories are those used.
     *
     * @param categories the categories, each once
     * @return this builder
     */
    public Builder categories(String... categories) {
      return categories(Arrays.asList(categories));
    }

    /**
     * Declares the categories of the scale, in the order results list them: see {@link
     * #categories(String...)}.
     *
     * @param categories the categories, each once
     * @return this builder
     */
    public Builder categories(Iterable<String> categories) {
      List<String> names = new ArrayList<>();
      for (String category : categories) {
        names.add(nfc(category));
      }
      if (declared != null) {
        problems.add(
            ReviewProblem.of(
                WHERE,
                ReviewProblem.Rule.INCOMPLETE_DESCRIPTION,
                quoted(names),
                "the categories are declared twice, first as "
                    + quoted(declared)
                    + ", then as "
                    + quoted(names)
                    + "; declare them once"));
        return this;
      }
      Set<String> seen = new HashSet<>();
      for (String name : names) {
        if (blank(name, "category")) {
          continue;
        }
        if (!seen.add(name)) {
          problems.add(
              ReviewProblem.of(
                  WHERE,
                  ReviewProblem.Rule.DUPLICATE,
                  name,
                  "category " + quoted(name) + " is declared twice; declare each category once"));
        }
      }
      declared = names;
      return this;
    }

    /**
     * Records that {@code rater} put {@code subject} in {@code category}. Giving the same rating
     * again changes nothing; giving the subject another category is an error.
     *
     * @param subject the subject's name, for example {@code "record 12"}
     * @param rater the rater's name, for example {@code "AO"}
     * @param category the category, for example {@code "include"}
     * @return this builder
     */
    public Builder rate(String subject, String rater, String category) {
      String s = nfc(subject);
      String r = nfc(rater);
      String c = nfc(category);
      boolean bad = blank(s, "subject") | blank(r, "rater") | blank(c, "category");
      if (bad) {
        return this;
      }
      given.add(new String[] {s, r, c});
      Map<String, String> byRater = ratings.computeIfAbsent(s, k -> new LinkedHashMap<>());
      String earlier = byRater.putIfAbsent(r, c);
      if (earlier != null && !earlier.equals(c)) {
        problems.add(
            ReviewProblem.of(
                WHERE,
                ReviewProblem.Rule.DUPLICATE,
                c,
                String.format(
                    "subject %s is rated by %s both %s and %s; a rater gives a subject one"
                        + " category",
                    quoted(s), quoted(r), quoted(earlier), quoted(c))));
      }
      return this;
    }

    private boolean blank(String name, String what) {
      if (name.strip().isEmpty()) {
        problems.add(ReviewProblem.invalid(WHERE, name, what + " name must not be blank"));
        return true;
      }
      return false;
    }

    /**
     * Returns the ratings collected.
     *
     * @return the ratings
     * @throws InvalidValueException listing every problem at once: a blank subject, rater or
     *     category name; a rater who gives a subject two different categories (naming the subject,
     *     the rater and both categories); a category used but not declared (naming it, where it was
     *     first used and the declared categories); a category declared twice; categories declared
     *     twice
     */
    public Ratings build() {
      List<ReviewProblem> found = new ArrayList<>(problems);
      Set<String> used = new LinkedHashSet<>();
      Map<String, String[]> firstUse = new LinkedHashMap<>();
      for (String[] rating : given) {
        used.add(rating[2]);
        firstUse.putIfAbsent(rating[2], rating);
      }
      if (declared != null) {
        Set<String> allowed = new HashSet<>(declared);
        for (String category : used) {
          if (!allowed.contains(category)) {
            String[] first = firstUse.get(category);
            found.add(
                ReviewProblem.of(
                    WHERE,
                    ReviewProblem.Rule.INVALID_VALUE,
                    category,
                    String.format(
                        "category %s (given first by %s to subject %s) is not declared; the"
                            + " declared categories are %s",
                        quoted(category), quoted(first[1]), quoted(first[0]), quoted(declared))));
          }
        }
      }
      if (!found.isEmpty()) {
        throw new InvalidValueException(found);
      }
      // Subjects and raters in the order of their first rating; each row by rater in that order.
      ImmutableTable.Builder<String, String, String> cells =
          tableInOrder(
              given.stream().map(rating -> rating[0]).toList(),
              given.stream().map(rating -> rating[1]).toList());
      ratings.forEach((subject, byRater) -> byRater.forEach((r, c) -> cells.put(subject, r, c)));
      ImmutableList<String> categories =
          declared != null ? ImmutableSet.copyOf(declared).asList() : ImmutableList.copyOf(used);
      return new Ratings(categories, cells.buildOrThrow());
    }
  }
}
