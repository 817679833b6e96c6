package org.attune.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.Aspect;
import org.attune.model.ValueProposition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EcosystemJsonRoundTripTest {

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987, 1597})
  void an_ecosystem_of_every_kind_of_content_reads_back_equal(long seed) throws IOException {
    // given
    ServiceEcosystem eco = RandomContent.ecosystem(seed);

    // when
    StringWriter text = new StringWriter();
    EcosystemJson.write(eco, text);
    ServiceEcosystem read = EcosystemJson.read(new StringReader(text.toString()));

    // then
    assertThat(read).isEqualTo(eco);
    assertThat(read.elements()).containsExactlyElementsOf(eco.elements());
    assertThat(read.relations()).containsExactlyElementsOf(eco.relations());
    assertThat(read.perspectives()).containsExactlyEntriesOf(eco.perspectives());
    assertThat(read.valueInUse()).containsExactlyElementsOf(eco.valueInUse());
    assertThat(read.episodes()).containsExactlyElementsOf(eco.episodes());
    assertThat(read.moods()).containsExactlyElementsOf(eco.moods());
  }

  @Test
  void the_random_content_holds_every_kind_the_format_carries() {
    // given
    ServiceEcosystem eco = RandomContent.ecosystem(3);

    // then: a test over it covers every section and every optional part
    assertThat(eco.elements()).extracting(e -> e.elementKind())
        .contains(org.attune.model.ElementKind.values());
    assertThat(eco.relationTypes()).contains(RandomContent.CARES_FOR, RandomContent.DRAWS_ON);
    assertThat(eco.perspectives().keySet()).extracting(p -> p.aspect()).contains(Aspect.IDEAL);
    assertThat(eco.valueInUse()).isNotEmpty();
    assertThat(eco.episodes()).anyMatch(e -> e.counterpart().isPresent());
    assertThat(eco.moods()).isNotEmpty();
    assertThat(eco.elements(ValueProposition.class)).anyMatch(ValueProposition::sharesRisk);
  }

  @Test
  void an_ecosystem_goes_through_bytes_and_files_as_through_text(@TempDir Path dir)
      throws IOException {
    // given
    ServiceEcosystem eco = RandomContent.ecosystem(7);
    Path file = dir.resolve("eco.json");

    // when
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    EcosystemJson.write(eco, bytes);
    EcosystemJson.write(eco, file);
    StringWriter text = new StringWriter();
    EcosystemJson.write(eco, text);

    // then
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(text.toString());
    assertThat(Files.readString(file)).isEqualTo(text.toString());
    assertThat(EcosystemJson.read(new ByteArrayInputStream(bytes.toByteArray()))).isEqualTo(eco);
    assertThat(EcosystemJson.read(file)).isEqualTo(eco);
  }

  @Test
  void an_empty_ecosystem_reads_back_empty() throws IOException {
    // given
    ServiceEcosystem empty = ServiceEcosystem.builder().build();

    // when
    StringWriter text = new StringWriter();
    EcosystemJson.write(empty, text);

    // then
    assertThat(text.toString()).startsWith("{\"format\":\"attune-ecosystem\",\"version\":1,");
    assertThat(EcosystemJson.read(new StringReader(text.toString()))).isEqualTo(empty);
  }
}
