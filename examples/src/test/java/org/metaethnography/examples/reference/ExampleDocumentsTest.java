package org.metaethnography.examples.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.metaethnography.core.document.ReviewDocument;
import org.metaethnography.core.document.ReviewDocuments;
import org.metaethnography.examples.documents.ExampleDocuments;
import org.metaethnography.examples.realreviews.ChronicFatigueReview;
import org.metaethnography.examples.realreviews.MedicationBurdenReview;

/**
 * The review documents the examples keep (the reference review and the two real reviews): valid by
 * the schema, kept in the layout the library writes (so that a change to a review shows as a change
 * of the lines it touches), and carrying their notes. The golden tests check what they hold against
 * the papers.
 */
final class ExampleDocumentsTest {
  /** Each document: the class it belongs to, its file and the document loaded. */
  static Stream<Arguments> documents() {
    return Stream.of(
        Arguments.of(ReproducePaper.class, ReproducePaper.RESOURCE, ReproducePaper.document()),
        Arguments.of(
            ChronicFatigueReview.class,
            ChronicFatigueReview.RESOURCE,
            ChronicFatigueReview.document()),
        Arguments.of(
            MedicationBurdenReview.class,
            MedicationBurdenReview.RESOURCE,
            MedicationBurdenReview.document()));
  }

  @ParameterizedTest
  @MethodSource("documents")
  void isValidByTheSchema(Class<?> owner, String name, ReviewDocument document) throws IOException {
    var schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(ReviewDocuments.schema(), InputFormat.JSON);
    assertThat(schema.validate(new ObjectMapper().readTree(ExampleDocuments.text(owner, name))))
        .isEmpty();
  }

  @ParameterizedTest
  @MethodSource("documents")
  void isKeptInTheLayoutTheLibraryWrites(Class<?> owner, String name, ReviewDocument document) {
    assertThat(ReviewDocuments.write(document)).isEqualTo(ExampleDocuments.text(owner, name));
    assertThat(document.notes()).isNotEmpty();
  }

  @Test
  void carriesItsReconstructionNotes() {
    var document = ReproducePaper.document();
    // One note per relation of the line of argument, naming the sentence it rests on.
    assertThat(document.notes()).filteredOn(n -> n.startsWith("Relation ")).hasSize(19);
    assertThat(document.notes())
        .anySatisfy(n -> assertThat(n).startsWith("The 36 raw concepts are a reconstruction"));
    assertThat(document.review().concepts())
        .allSatisfy(
            c ->
                assertThat(c.note())
                    .hasValueSatisfying(n -> assertThat(n).contains("Reconstructed from section")));
    assertThat(ReproducePaper.TABLE_3_ROW_ORDER).hasSize(25);
  }
}
