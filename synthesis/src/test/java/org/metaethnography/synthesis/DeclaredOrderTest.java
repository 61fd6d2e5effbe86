package org.metaethnography.synthesis;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Lists;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeclaredOrderTest {
  private final DeclaredOrder<String> order =
      DeclaredOrder.of(List.of("patients", "carers", "staff", "managers"));

  @Test
  void putsValuesInTheDeclaredOrder_eachOnce() {
    assertThat(order.among(List.of("staff", "patients", "staff", "carers")))
        .containsExactly("patients", "carers", "staff");
  }

  @Test
  void leavesOutValuesThatAreNotDeclared() {
    assertThat(order.among(List.of("volunteers", "managers"))).containsExactly("managers");
    assertThat(order.among(List.of("volunteers"))).isEmpty();
    assertThat(order.among(List.of())).isEmpty();
  }

  @Test
  void aSetAlreadyInDeclaredOrder_isTheAnswer_andOneOutOfOrderIsReordered() {
    ImmutableSet<String> ordered = ImmutableSet.of("carers", "managers");
    assertThat(order.among(ordered)).isSameAs(ordered);
    assertThat(order.among(ImmutableSet.of("managers", "carers")))
        .containsExactly("carers", "managers");
    // A set with an undeclared value is not the answer: the value is left out.
    assertThat(order.among(ImmutableSet.of("carers", "volunteers"))).containsExactly("carers");
  }

  @Test
  void aValueDeclaredTwiceTakesItsFirstPlace() {
    DeclaredOrder<String> twice = DeclaredOrder.of(List.of("b", "a", "b"));
    assertThat(twice.among(List.of("a", "b"))).containsExactly("b", "a");
  }

  @Test
  void aSubsetFoundTwice_isOneSet() {
    assertThat(order.among(List.of("staff", "carers")))
        .isSameAs(order.among(List.of("carers", "staff", "carers")))
        .containsExactly("carers", "staff");
  }

  @Test
  void moreValuesThanTheBitsOfALong_areOrderedToo() {
    List<String> declared = new ArrayList<>();
    for (int i = 0; i < 70; i++) {
      declared.add("v" + i);
    }
    DeclaredOrder<String> many = DeclaredOrder.of(declared);
    assertThat(many.among(List.of("v69", "v3", "v69", "v64", "none")))
        .containsExactly("v3", "v64", "v69");
    ImmutableSet<String> ordered = ImmutableSet.of("v1", "v66");
    assertThat(many.among(ordered)).isSameAs(ordered);
  }

  @Test
  void growsPastItsFirstBuffer() {
    List<String> declared = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k");
    assertThat(DeclaredOrder.of(declared).among(Lists.reverse(declared)))
        .containsExactlyElementsOf(declared);
  }
}
