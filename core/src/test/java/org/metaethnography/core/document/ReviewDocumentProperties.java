package org.metaethnography.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.metaethnography.model.Review;
import org.metaethnography.model.testing.ReviewGenerators;

/** Review documents over generated reviews of every shape the model holds. */
final class ReviewDocumentProperties {
  @Test
  void savedThenLoaded_equalsTheOriginal_andSavesToTheSameBytes_andIsValidByTheSchema() {
    qt().forAll(ReviewGenerators.reviews())
        .checkAssert(
            review -> {
              String json = ReviewDocuments.write(review);
              SchemaCheck.assertValid(json);
              ReviewDocument loaded = ReviewDocuments.read(json);
              assertThat(loaded.review()).isEqualTo(review);
              assertThat(ReviewDocuments.write(loaded)).isEqualTo(json);
              assertThat(ReviewDocuments.write(review)).isEqualTo(json);
            });
  }

  @Test
  void aDocumentWithOneFieldOfTheWrongType_isRejectedAtThatFieldAlone() {
    ObjectMapper mapper = new ObjectMapper();
    qt().forAll(ReviewGenerators.seededReviews())
        .checkAssert(
            seeded -> {
              Review review = seeded.value();
              JsonNode tree = readTree(mapper, ReviewDocuments.write(review));
              List<String> leaves = new ArrayList<>();
              leaves(tree, "", leaves);
              Random random = seeded.random();
              String pointer = leaves.get(random.nextInt(leaves.size()));
              JsonNode original = tree.at(pointer);
              // A string becomes an array, a boolean a string and a number a boolean: never a
              // value of a type the field takes (a citation is a number or a string, an author a
              // string or an object).
              corrupt(
                  tree,
                  pointer,
                  original.isTextual()
                      ? mapper.createArrayNode().add("not a string")
                      : original.isBoolean() ? TextNode.valueOf("corrupted") : BooleanNode.TRUE);
              InvalidDocumentException thrown =
                  catchThrowableOfType(
                      InvalidDocumentException.class, () -> ReviewDocuments.read(tree.toString()));
              assertThat(thrown).as("loading with %s corrupted", pointer).isNotNull();
              assertThat(thrown.problems())
                  .extracting(DocumentProblem::pointer)
                  .containsExactly(pointer);
            });
  }

  @Test
  void anyValueInAnyField_givesAReviewOrAnInvalidDocument_neverAnotherException() {
    ObjectMapper mapper = new ObjectMapper();
    List<JsonNode> values =
        List.of(
            TextNode.valueOf(""),
            TextNode.valueOf(" "),
            TextNode.valueOf(" x "),
            TextNode.valueOf("\u0000"),
            mapper.getNodeFactory().numberNode(0),
            mapper.getNodeFactory().numberNode(-1),
            mapper.getNodeFactory().numberNode(Long.MAX_VALUE),
            mapper.getNodeFactory().numberNode(new java.math.BigDecimal("1e3")),
            mapper.getNodeFactory().numberNode(2.5),
            BooleanNode.FALSE,
            mapper.getNodeFactory().nullNode(),
            mapper.createArrayNode(),
            mapper.createObjectNode());
    qt().forAll(ReviewGenerators.seededReviews())
        .checkAssert(
            seeded -> {
              JsonNode tree = readTree(mapper, ReviewDocuments.write(seeded.value()));
              List<String> leaves = new ArrayList<>();
              leaves(tree, "", leaves);
              Random random = seeded.random();
              String pointer = leaves.get(random.nextInt(leaves.size()));
              corrupt(tree, pointer, values.get(random.nextInt(values.size())));
              try {
                ReviewDocuments.read(tree.toString());
              } catch (InvalidDocumentException expected) {
                assertThat(expected.problems()).isNotEmpty();
              }
            });
  }

  private static JsonNode readTree(ObjectMapper mapper, String json) {
    try {
      return mapper.readTree(json);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  /** The pointers of every scalar value in the tree. */
  private static void leaves(JsonNode node, String pointer, List<String> leaves) {
    if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              e ->
                  leaves(
                      e.getValue(),
                      pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1"),
                      leaves));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        leaves(node.get(i), pointer + "/" + i, leaves);
      }
    } else {
      leaves.add(pointer);
    }
  }

  private static void corrupt(JsonNode tree, String pointer, JsonNode value) {
    int last = pointer.lastIndexOf('/');
    JsonNode parent = tree.at(pointer.substring(0, last));
    String token = pointer.substring(last + 1).replace("~1", "/").replace("~0", "~");
    if (parent instanceof ArrayNode array) {
      array.set(Integer.parseInt(token), value);
    } else {
      ((ObjectNode) parent).set(token, value);
    }
  }
}
