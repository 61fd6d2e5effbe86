package org.metaethnography.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.collect.ImmutableSet;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.metaethnography.model.Appraisal;
import org.metaethnography.model.Incidence;
import org.metaethnography.model.KeyConcept;
import org.metaethnography.model.Paper;
import org.metaethnography.model.Perspective;
import org.metaethnography.model.Review;
import org.metaethnography.model.Score;
import org.metaethnography.model.Stakeholder;
import org.metaethnography.synthesis.Sensitivity.Change;
import org.metaethnography.synthesis.Sensitivity.Kind;

/**
 * A worked sensitivity analysis: a small review re-synthesized without the papers its appraisal
 * scores weakest.
 *
 * <p>Stakeholders Patients and Carers. Five papers, each appraised with the same form out of 10:
 *
 * <pre>
 *   paper  perspective          score   kept (score at least 6)?
 *   [1]    Patients             9/10    yes
 *   [2]    Carers               4/10    no
 *   [3]    Patients             7/10    yes
 *   [4]    Carers               3-4/10  no   (a range; its lowest value is below 6)
 *   [5]    Patients and Carers  8/10    yes
 * </pre>
 *
 * Key concepts in review order, with the papers the review's grid ticks, worked by hand (voices are
 * the stakeholders of the papers' perspectives; P Patients, C Carers):
 *
 * <pre>
 *   key concept  before   voices  after    voices  change
 *   Relief       2, 4     C       -        -       loses support (2 -> 0); nothing else is said
 *   Belonging    1, 2, 5  P, C    1, 5     P, C    none: it loses paper 2, but no group, and
 *                                                  still rests on two papers
 *   Strain       1, 3, 4  P, C    1, 3     P       loses Carers (3 -> 2)
 *   Routine      2, 5     C, P    5        P, C    comes to rest on a single paper (2 -> 1)
 *   Isolation    3, 4     P, C    3        P       loses Carers (2 -> 1), and comes to rest on a
 *                                                  single paper (2 -> 1)
 *   Hope         1, 3, 5  P, C    1, 3, 5  P, C    none: it loses no paper
 *   Dormant      -        -       -        -       none: it has no paper to lose
 * </pre>
 */
final class SensitivityTest {
  private static final Stakeholder PATIENTS = Stakeholder.of("Patients");
  private static final Stakeholder CARERS = Stakeholder.of("Carers");
  private static final BigDecimal THRESHOLD = BigDecimal.valueOf(6);

  private static Paper paper(int reference, Score score, Stakeholder... voices) {
    return Paper.builder()
        .reference(reference)
        .perspective(Perspective.of(voices))
        .appraisal(Appraisal.builder().tool("Letts form").score(score).build())
        .build();
  }

  private static Score range(int low, int high) {
    return Score.range(
        BigDecimal.valueOf(low), BigDecimal.valueOf(high), Optional.of(BigDecimal.TEN));
  }

  private static final List<String> KEY_CONCEPTS =
      List.of("Relief", "Belonging", "Strain", "Routine", "Isolation", "Hope", "Dormant");

  private static Review review() {
    Review.Builder review =
        Review.builder()
            .title("Peer support")
            .addStakeholders(PATIENTS, CARERS)
            .addPapers(
                paper(1, Score.of(9, 10), PATIENTS),
                paper(2, Score.of(4, 10), CARERS),
                paper(3, Score.of(7, 10), PATIENTS),
                paper(4, range(3, 4), CARERS),
                paper(5, Score.of(8, 10), PATIENTS, CARERS));
    KEY_CONCEPTS.forEach(k -> review.addKeyConcepts(Examples.bareKeyConcept(k)));
    tick(review, "Relief", 2, 4);
    tick(review, "Belonging", 1, 2, 5);
    tick(review, "Strain", 1, 3, 4);
    tick(review, "Routine", 2, 5);
    tick(review, "Isolation", 3, 4);
    tick(review, "Hope", 1, 3, 5);
    return review.build();
  }

  private static void tick(Review.Builder review, String keyConcept, int... papers) {
    for (int paper : papers) {
      review.addIncidences(Incidence.of(paper, keyConcept));
    }
  }

  /** Keeps the papers whose appraisal score is at least 6 (a range by its lowest value). */
  private static boolean strongEnough(Paper paper) {
    return paper
        .appraisal()
        .flatMap(Appraisal::score)
        .map(s -> s.low().compareTo(THRESHOLD) >= 0)
        .orElse(true);
  }

  private final Review review = review();
  private final Synthesis whole = Synthesis.of(review);
  private final Synthesis strong = whole.restrictedTo(SensitivityTest::strongEnough);
  private final Sensitivity sensitivity = Sensitivity.compare(whole, strong);

  private KeyConcept keyConcept(String name) {
    return review.keyConcept(name).orElseThrow();
  }

  @Test
  void restriction_keepsThePapersScoringAtLeastTheThreshold() {
    assertThat(strong.review().papers())
        .extracting(p -> p.citation().number().orElseThrow())
        .containsExactly(1, 3, 5);
  }

  @Test
  void changes_areEveryChange_keyConceptByKeyConceptInReviewOrder() {
    assertThat(sensitivity.changes())
        .extracting(
            Change::kind,
            c -> c.keyConcept().name(),
            Change::papersBefore,
            Change::papersAfter,
            Change::lostStakeholders)
        .containsExactly(
            tuple(Kind.LOSES_SUPPORT, "Relief", 2, 0, ImmutableSet.of()),
            tuple(Kind.LOSES_STAKEHOLDER_GROUP, "Strain", 3, 2, ImmutableSet.of(CARERS)),
            tuple(Kind.COMES_TO_REST_ON_A_SINGLE_PAPER, "Routine", 2, 1, ImmutableSet.of()),
            tuple(Kind.LOSES_STAKEHOLDER_GROUP, "Isolation", 2, 1, ImmutableSet.of(CARERS)),
            tuple(Kind.COMES_TO_REST_ON_A_SINGLE_PAPER, "Isolation", 2, 1, ImmutableSet.of()));
    assertThat(sensitivity.changes().get(0).keyConcept()).isEqualTo(keyConcept("Relief"));
  }

  @Test
  void keyConceptsThatLoseNoSupportGroupOrSecondPaper_undergoNoChange() {
    // Belonging loses paper 2 but keeps both groups and two papers; Hope loses nothing; Dormant
    // had no paper to lose.
    assertThat(sensitivity.changes())
        .extracting(c -> c.keyConcept().name())
        .doesNotContain("Belonging", "Hope", "Dormant");
    assertThat(strong.grid().count(keyConcept("Belonging"))).isEqualTo(2);
  }

  @Test
  void changes_ofOneKind_keepTheirOrder() {
    assertThat(sensitivity.changes(Kind.LOSES_SUPPORT))
        .extracting(c -> c.keyConcept().name())
        .containsExactly("Relief");
    assertThat(sensitivity.changes(Kind.LOSES_STAKEHOLDER_GROUP))
        .extracting(c -> c.keyConcept().name())
        .containsExactly("Strain", "Isolation");
    assertThat(sensitivity.changes(Kind.COMES_TO_REST_ON_A_SINGLE_PAPER))
        .extracting(c -> c.keyConcept().name())
        .containsExactly("Routine", "Isolation");
  }

  @Test
  void messages_sayTheChangeInWords() {
    assertThat(sensitivity.changes())
        .extracting(Change::message)
        .containsExactly(
            "key concept \"Relief\" loses support (2 -> 0 papers)",
            "key concept \"Strain\" loses stakeholder group [Carers] (3 -> 2 papers)",
            "key concept \"Routine\" comes to rest on a single paper (2 -> 1 papers)",
            "key concept \"Isolation\" loses stakeholder group [Carers] (2 -> 1 papers)",
            "key concept \"Isolation\" comes to rest on a single paper (2 -> 1 papers)");
  }

  @Test
  void lostStakeholderGroups_followTheStakeholdersOfTheRemainingPapers() {
    // Without papers 1 and 5 (keep 2, 3, 4), Belonging rests on [2] (Carers): it loses Patients
    // and comes to rest on one paper; Hope rests on [3] (Patients) and loses Carers.
    Synthesis weakest = whole.restrictedTo(p -> !List.of(1, 5).contains(number(p)));
    Sensitivity other = Sensitivity.compare(whole, weakest);
    assertThat(other.changes())
        .filteredOn(c -> c.keyConcept().name().equals("Belonging"))
        .extracting(Change::kind, Change::papersAfter, Change::lostStakeholders)
        .containsExactly(
            tuple(Kind.LOSES_STAKEHOLDER_GROUP, 1, ImmutableSet.of(PATIENTS)),
            tuple(Kind.COMES_TO_REST_ON_A_SINGLE_PAPER, 1, ImmutableSet.of()));
    assertThat(other.changes())
        .filteredOn(c -> c.keyConcept().name().equals("Hope"))
        .extracting(Change::kind, Change::papersAfter, Change::lostStakeholders)
        .containsExactly(
            tuple(Kind.LOSES_STAKEHOLDER_GROUP, 1, ImmutableSet.of(CARERS)),
            tuple(Kind.COMES_TO_REST_ON_A_SINGLE_PAPER, 1, ImmutableSet.of()));
  }

  @Test
  void comparingASynthesisWithItself_findsNoChange() {
    assertThat(Sensitivity.compare(whole, whole).changes()).isEmpty();
    assertThat(Sensitivity.compare(whole, whole.restrictedTo(p -> true)).changes()).isEmpty();
  }

  @Test
  void comparingWithASynthesisOfMorePapers_isRefused() {
    // Papers 2 and 4 are in the whole synthesis only; messages list citations as [2, 4].
    assertThatThrownBy(() -> Sensitivity.compare(strong, whole))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the restricted synthesis has papers the whole one does not: [2, 4]");
  }

  @Test
  void comparingSynthesesOfOtherKeyConcepts_isRefused() {
    Synthesis fewer =
        Synthesis.of(
            Review.builder()
                .from(review)
                .keyConcepts(List.of(Examples.bareKeyConcept("Relief")))
                .incidences(List.of(Incidence.of(2, "Relief")))
                .build());
    assertThatThrownBy(() -> Sensitivity.compare(whole, fewer))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a sensitivity analysis compares syntheses of the same key concepts: [Relief,"
                + " Belonging, Strain, Routine, Isolation, Hope, Dormant] and [Relief]");
  }

  @Test
  void analyses_areEqualByTheirChanges_andRejectNulls() {
    new EqualsTester()
        .addEqualityGroup(sensitivity, Sensitivity.compare(Synthesis.of(review()), strong))
        .addEqualityGroup(Sensitivity.compare(whole, whole))
        .testEquals();
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(Synthesis.class, whole)
            .setDefault(KeyConcept.class, keyConcept("Relief"))
            .setDefault(Kind.class, Kind.LOSES_SUPPORT);
    tester.testAllPublicInstanceMethods(sensitivity);
    tester.testAllPublicStaticMethods(Sensitivity.class);
    tester.testAllPublicConstructors(Change.class);
  }

  private static int number(Paper paper) {
    return paper.citation().number().orElseThrow();
  }
}
