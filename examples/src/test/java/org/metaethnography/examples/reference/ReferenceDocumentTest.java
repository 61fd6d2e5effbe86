package org.metaethnography.examples.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.metaethnography.core.document.ReviewDocuments;

/**
 * The reference review document itself: valid by the schema, kept in the layout the library writes
 * (so that a change to the review shows as a change of the lines it touches), and carrying its
 * reconstruction notes. The golden tests check what it holds against the paper.
 */
final class ReferenceDocumentTest {
  private static String stored() throws IOException {
    try (InputStream in = PeerSupportReview.class.getResourceAsStream(PeerSupportReview.RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void isValidByTheSchema() throws IOException {
    var schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(ReviewDocuments.schema(), InputFormat.JSON);
    assertThat(schema.validate(new ObjectMapper().readTree(stored()))).isEmpty();
  }

  @Test
  void isKeptInTheLayoutTheLibraryWrites() throws IOException {
    assertThat(ReviewDocuments.write(PeerSupportReview.document())).isEqualTo(stored());
  }

  @Test
  void carriesItsReconstructionNotes() {
    var document = PeerSupportReview.document();
    // One note per relation of the line of argument, naming the sentence it rests on.
    assertThat(document.notes()).filteredOn(n -> n.startsWith("Relation ")).hasSize(19);
    assertThat(document.notes())
        .anySatisfy(n -> assertThat(n).startsWith("The 36 raw concepts are a reconstruction"));
    assertThat(document.review().concepts())
        .allSatisfy(
            c ->
                assertThat(c.note())
                    .hasValueSatisfying(n -> assertThat(n).contains("Reconstructed from section")));
    assertThat(PeerSupportReview.TABLE_3_ROW_ORDER).hasSize(25);
  }
}
