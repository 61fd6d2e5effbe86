package org.metaethnography.core.refi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.metaethnography.core.MetaEthnography;
import org.metaethnography.model.Review;
import org.metaethnography.model.Translation;
import org.metaethnography.model.testing.ReviewGenerators;

/** Codebooks and projects of generated reviews of every shape the model holds. */
final class RefiQdaProperties {
  @Test
  void codebookWrittenThenRead_givesTheSameCodebook() {
    qt().forAll(ReviewGenerators.reviews())
        .assuming(r -> !r.keyConcepts().isEmpty() || !r.setAside().isEmpty())
        .checkAssert(
            review -> {
              String xml = RefiQda.codebook(review);
              Codebook codebook = CodebookReader.strict().parse(xml);
              Review back = codebook.describeInto(MetaEthnography.review(review.title())).build();

              assertThat(back.themes()).isEqualTo(review.themes());
              assertThat(
                      namesAndDefinitions(back.keyConcepts(), k -> k.name(), k -> k.definition()))
                  .containsExactlyInAnyOrderElementsOf(
                      namesAndDefinitions(
                          review.keyConcepts(), k -> k.name(), k -> k.definition()));
              assertThat(namesAndDefinitions(back.concepts(), c -> c.name(), c -> c.definition()))
                  .containsExactlyInAnyOrderElementsOf(
                      namesAndDefinitions(review.concepts(), c -> c.name(), c -> c.definition()));
              assertThat(back.translations())
                  .extracting(t -> t.keyConcept(), t -> java.util.Set.copyOf(t.concepts()))
                  .containsExactlyInAnyOrderElementsOf(
                      review.translations().stream()
                          .collect(
                              java.util.stream.Collectors.groupingBy(
                                  Translation::keyConcept,
                                  java.util.stream.Collectors.flatMapping(
                                      t -> t.concepts().stream(),
                                      java.util.stream.Collectors.toSet())))
                          .entrySet()
                          .stream()
                          .map(e -> org.assertj.core.groups.Tuple.tuple(e.getKey(), e.getValue()))
                          .toList());
              assertThat(back.setAside()).containsExactlyInAnyOrderElementsOf(review.setAside());
              // The same review writes the same codebook, GUIDs and all.
              assertThat(RefiQda.codebook(back)).isEqualTo(xml);
            });
  }

  @Test
  void project_ofEveryReview_isTheSameEachTimeAndWellFormed() {
    qt().forAll(ReviewGenerators.reviews())
        .checkAssert(
            review -> {
              byte[] archive = RefiQda.projectArchive(review);
              assertThat(RefiQda.projectArchive(review)).isEqualTo(archive);
              assertThat(CodebookReaderLike.isWellFormed(RefiQda.project(review))).isTrue();
            });
  }

  /** Each value's name with its definition. */
  private static <T>
      java.util.List<java.util.Map.Entry<String, java.util.Optional<String>>> namesAndDefinitions(
          java.util.List<T> values,
          java.util.function.Function<T, String> name,
          java.util.function.Function<T, java.util.Optional<String>> definition) {
    return values.stream()
        .map(v -> java.util.Map.entry(name.apply(v), definition.apply(v)))
        .toList();
  }

  /** A plain, secure parse: well-formed or not. */
  private static final class CodebookReaderLike {
    static boolean isWellFormed(String xml) {
      try {
        javax.xml.parsers.DocumentBuilderFactory factory =
            javax.xml.parsers.DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(javax.xml.XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory
            .newDocumentBuilder()
            .parse(
                new java.io.ByteArrayInputStream(
                    xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return true;
      } catch (Exception e) {
        return false;
      }
    }
  }
}
