package org.attune.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Id prefixes become part of every imported id, so they are held to the rules of ids at once. */
class IdPrefixesTest {

  @Test
  void should_refuse_a_prefix_with_a_control_character_naming_it_and_keep_the_old_prefixes() {
    // given
    LogMapping.Builder builder = LogMapping.builder().idPrefixes("c:", "t:", "r:", "p:");
    // when / then
    assertThatThrownBy(() -> builder.idPrefixes("c:", "t\u001b[31m:", "r:", "p:"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("touchpoint prefix must be free of control characters, but was"
            + " \"t\\u001b[31m:\" (U+001B at index 1)");
    LogMapping mapping = builder.build();
    assertThat(mapping.customerIdPrefix()).isEqualTo("c:");
    assertThat(mapping.touchpointIdPrefix()).isEqualTo("t:");
  }

  @Test
  void should_accept_empty_and_plain_prefixes() {
    // when
    LogMapping mapping = LogMapping.builder().idPrefixes("", "touchpoint/", "", "offer ").build();
    // then
    assertThat(mapping.touchpointIdPrefix()).isEqualTo("touchpoint/");
    assertThat(mapping.propositionIdPrefix()).isEqualTo("offer ");
  }
}
