package org.metaethnography.synthesis.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.metaethnography.model.InvalidValueException;
import org.metaethnography.model.ReviewProblem;

/** Collecting ratings: their orders, look-ups, checks and contracts. */
final class RatingsTest {
  private static Ratings screening() {
    return Ratings.builder()
        .rate("record 2", "SL", "exclude")
        .rate("record 1", "AO", "include")
        .rate("record 2", "AO", "include")
        .rate("record 1", "SL", "include")
        .rate("record 3", "JB", "maybe")
        .build();
  }

  @Test
  void subjectsRatersAndCategories_areInTheOrderOfFirstUse() {
    Ratings ratings = screening();

    assertThat(ratings.subjects()).containsExactly("record 2", "record 1", "record 3");
    assertThat(ratings.raters()).containsExactly("SL", "AO", "JB");
    assertThat(ratings.categories()).containsExactly("exclude", "include", "maybe");
    assertThat(ratings.size()).isEqualTo(5);
    assertThat(ratings.ratingsOf("record 1"))
        .containsExactly(
            java.util.Map.entry("SL", "include"), java.util.Map.entry("AO", "include"));
  }

  @Test
  void declaredCategories_keepTheirOrder_andOneNoOneUsedStays() {
    Ratings ratings =
        Ratings.builder()
            .categories("include", "maybe", "exclude")
            .rate("record 1", "AO", "exclude")
            .rate("record 1", "SL", "include")
            .build();

    assertThat(ratings.categories()).containsExactly("include", "maybe", "exclude");
    assertThat(Agreement.of(ratings).specificAgreement().keySet())
        .containsExactly("include", "maybe", "exclude");
  }

  @Test
  void rating_isTheCategoryGiven_orEmptyWhereMissing() {
    Ratings ratings = screening();

    assertThat(ratings.rating("record 2", "SL")).contains("exclude");
    assertThat(ratings.rating("record 3", "AO")).isEmpty();
    assertThat(ratings.rating("record 9", "AO")).isEmpty();
    assertThat(ratings.ratingsOf("record 9")).isEmpty();
    assertThat(ratings.asTable().get("record 1", "AO")).isEqualTo("include");
  }

  @Test
  void theSameRatingTwice_isOneRating() {
    Ratings ratings =
        Ratings.builder()
            .rate("record 1", "AO", "include")
            .rate("record 1", "AO", "include")
            .build();

    assertThat(ratings.size()).isEqualTo(1);
  }

  @Test
  void namesInEitherNormalForm_areOneName() {
    Ratings ratings =
        Ratings.builder()
            .rate("Zoe\u0308", "AO", "include")
            .rate("Zo\u00eb", "SL", "include")
            .build();

    assertThat(ratings.subjects()).containsExactly("Zo\u00eb");
    assertThat(ratings.rating("Zoe\u0308", "SL")).contains("include");
  }

  @Test
  void everyProblem_isReportedAtOnce_namingTheValues() {
    Ratings.Builder builder =
        Ratings.builder()
            .categories("include", "exclude", "include")
            .rate("record 1", "AO", "include")
            .rate("record 1", "AO", "exclude")
            .rate("record 2", "SL", "maybe")
            .rate("record 3", "SL", "maybe")
            .rate(" ", "SL", "include");

    assertThatThrownBy(builder::build)
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "ratings: category \"include\" is declared twice; declare each category once; "
                + "ratings: subject \"record 1\" is rated by \"AO\" both \"include\" and"
                + " \"exclude\"; a rater gives a subject one category; "
                + "ratings: subject name must not be blank; "
                + "ratings: category \"maybe\" (given first by \"SL\" to subject \"record 2\") is"
                + " not declared; the declared categories are [\"include\", \"exclude\","
                + " \"include\"]")
        .satisfies(
            e ->
                assertThat(((InvalidValueException) e).problems())
                    .extracting(ReviewProblem::rule, p -> p.value().orElseThrow())
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                            ReviewProblem.Rule.DUPLICATE, "include"),
                        org.assertj.core.groups.Tuple.tuple(
                            ReviewProblem.Rule.DUPLICATE, "exclude"),
                        org.assertj.core.groups.Tuple.tuple(ReviewProblem.Rule.INVALID_VALUE, " "),
                        org.assertj.core.groups.Tuple.tuple(
                            ReviewProblem.Rule.INVALID_VALUE, "maybe")));
  }

  @Test
  void categoriesDeclaredTwice_isAProblemNamingBoth() {
    Ratings.Builder builder = Ratings.builder().categories("yes", "no").categories("no", "yes");

    assertThatThrownBy(builder::build)
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "ratings: the categories are declared twice, first as [\"yes\", \"no\"], then as"
                + " [\"no\", \"yes\"]; declare them once");
  }

  @Test
  void ofRaters_keepsTheirRatingsAndTheCategories() {
    Ratings pair = screening().ofRaters("AO", "SL");

    assertThat(pair.raters()).containsExactly("SL", "AO");
    assertThat(pair.subjects()).containsExactly("record 2", "record 1");
    assertThat(pair.categories()).containsExactly("exclude", "include", "maybe");
    assertThatThrownBy(() -> screening().ofRaters("AO", "XY"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no rating is given by [\"XY\"]; the raters are [\"SL\", \"AO\", \"JB\"]");
  }

  @Test
  void ratings_areEqualWhenTheirRatingsAndCategoriesAre() {
    Ratings one = Ratings.builder().rate("a", "AO", "x").rate("b", "SL", "x").build();
    Ratings sameInAnotherOrder =
        Ratings.builder().rate("b", "SL", "x").rate("a", "AO", "x").build();
    Ratings declared =
        Ratings.builder().categories("x", "y").rate("a", "AO", "x").rate("b", "SL", "x").build();
    Ratings other = Ratings.builder().rate("a", "AO", "y").rate("b", "SL", "y").build();

    new EqualsTester()
        .addEqualityGroup(one, sameInAnotherOrder)
        .addEqualityGroup(declared)
        .addEqualityGroup(other)
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Agreement.of(one), Agreement.of(sameInAnotherOrder))
        .addEqualityGroup(Agreement.of(other))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            ConfidenceInterval.of(0.1, 0.2, 0.95), ConfidenceInterval.of(0.1, 0.2, 0.95))
        .addEqualityGroup(ConfidenceInterval.of(0.1, 0.2, 0.9))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            Agreement.of(one).coincidences(), Agreement.of(sameInAnotherOrder).coincidences())
        .addEqualityGroup(Agreement.of(declared).coincidences())
        .testEquals();
    assertThat(one.toString())
        .isEqualTo("Ratings(2 subjects, 2 raters, 2 ratings, categories [\"x\"])");
  }

  @Test
  void confidenceIntervals_checkTheirBounds() {
    assertThatThrownBy(() -> ConfidenceInterval.of(0.5, 0.4, 0.95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the lower bound 0.5 of a confidence interval must not exceed its upper bound 0.4");
    assertThatThrownBy(() -> ConfidenceInterval.of(Double.NaN, 0.4, 0.95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the bounds of a confidence interval must be finite: NaN and 0.4");
    assertThatThrownBy(() -> ConfidenceInterval.of(0.1, 0.4, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the level of a confidence interval must be above 0 and below 1: 1.0");
    assertThat(ConfidenceInterval.of(0.2030, 0.4868, 0.95)).hasToString("95% CI [0.2030, 0.4868]");
  }

  @Test
  void coincidences_nameAnUnknownCategory() {
    assertThatThrownBy(() -> Agreement.of(screening()).coincidences().count("no", "include"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "\"no\" is not a category; the categories are [\"exclude\", \"include\", \"maybe\"]");
  }

  @Test
  void publicMethods_rejectNull() {
    NullPointerTester tester = new NullPointerTester();
    tester.setDefault(Ratings.class, screening());
    tester.setDefault(String.class, "record 1");
    tester.testAllPublicStaticMethods(Ratings.class);
    tester.testAllPublicInstanceMethods(screening());
    tester.testAllPublicInstanceMethods(Ratings.builder());
    tester.testAllPublicStaticMethods(Agreement.class);
    tester.testAllPublicInstanceMethods(Agreement.of(screening()));
    tester.testAllPublicInstanceMethods(Agreement.of(screening()).coincidences());
    tester.testAllPublicStaticMethods(ConfidenceInterval.class);
  }

  @Test
  void coefficients_sayWhatTheyAre() {
    Agreement agreement = Agreement.of(screening().ofRaters("AO", "SL"));

    assertThat(agreement.percentAgreement()).hasToString("0.5000 (observed 0.5000; 2 subjects)");
    assertThat(Agreement.of(Ratings.builder().build()).cohensKappa())
        .hasToString("undefined: no subject has two ratings to compare (0 subjects)");
    assertThat(ImmutableMap.copyOf(agreement.specificAgreement()).keySet())
        .containsExactlyElementsOf(List.of("exclude", "include", "maybe"));
  }
}
