package org.attune.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.attune.dynamics.History;
import org.attune.ecosystem.ServiceEcosystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * What the writers write, parsed back by Jackson's tree model, independently of the readers: its
 * shape, and its agreement with the JSON Schemas of {@code docs/schema}.
 */
class JsonShapeTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static JsonNode written(ServiceEcosystem eco) throws IOException {
    StringWriter text = new StringWriter();
    EcosystemJson.write(eco, text);
    return JSON.readTree(text.toString());
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void every_ecosystem_written_agrees_with_its_schema(long seed) throws IOException {
    // when
    JsonNode doc = written(RandomContent.ecosystem(seed));

    // then
    assertThat(SchemaCheck.check(doc, "attune-ecosystem-1.schema.json")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6})
  void every_history_written_agrees_with_its_schema(long seed) throws IOException {
    // given
    Random r = new Random(seed);
    ServiceEcosystem v = RandomContent.ecosystem(seed);
    History.Builder b = History.builder().add(Instant.EPOCH, v);
    for (int i = 1; i <= 3; i++) {
      v = RandomContent.changed(v, r);
      b.add(Instant.EPOCH.plusSeconds(i), v, List.of(v.actors().get(0)));
    }
    StringWriter text = new StringWriter();

    // when
    HistoryJson.write(b.build(), text);

    // then
    assertThat(SchemaCheck.check(JSON.readTree(text.toString()), "attune-history-1.schema.json"))
        .isEmpty();
  }

  @Test
  void the_schema_check_finds_what_breaks_the_schema() throws IOException {
    // given: a written document, broken in four ways
    tools.jackson.databind.node.ObjectNode doc =
        (tools.jackson.databind.node.ObjectNode) written(RandomContent.ecosystem(1));
    doc.put("extra", 1);
    ((tools.jackson.databind.node.ObjectNode) doc.get("relations").get(0)).put("strength", 2.0);
    ((tools.jackson.databind.node.ObjectNode) doc.get("elements").get(0)).remove("name");
    doc.put("version", 2);

    // then: a check that could not fail would prove nothing
    assertThat(SchemaCheck.check(doc, "attune-ecosystem-1.schema.json")).containsExactlyInAnyOrder(
        "$ has the field extra, which the schema does not name",
        "$.relations[0].strength is 2.0, above the maximum 1",
        "$.elements[0] matches 0 branches of oneOf, not one",
        "$.version is 2, not the constant 1");
  }

  @Test
  void the_document_begins_with_its_format_and_version_and_holds_every_section() throws IOException {
    // when
    JsonNode doc = written(RandomContent.ecosystem(2));

    // then
    assertThat(doc.propertyNames()).containsExactly("format", "version", "relationTypes",
        "elements", "relations", "perspectives", "valueInUse", "episodes", "moods");
    assertThat(doc.get("format").asString()).isEqualTo(EcosystemJson.FORMAT);
    assertThat(doc.get("version").asInt()).isEqualTo(EcosystemJson.VERSION);
    JsonNode schema = SchemaCheck.load("attune-ecosystem-1.schema.json");
    assertThat(schema.get("properties").propertyNames())
        .containsExactlyElementsOf(doc.propertyNames());
  }

  @Test
  void items_are_flat_objects_of_ids_names_and_numbers() throws IOException {
    // given
    ServiceEcosystem eco = RandomContent.ecosystem(3);

    // when
    JsonNode doc = written(eco);

    // then: one object per item, in the ecosystem's order, naming elements by id
    assertThat(doc.get("elements")).hasSize(eco.elementCount());
    assertThat(doc.get("relations")).hasSize(eco.relationCount());
    assertThat(doc.get("perspectives")).hasSize(eco.perspectives().size());
    JsonNode relation = doc.get("relations").get(0);
    assertThat(relation.get("source").asString()).isEqualTo(eco.relations().get(0).source().id());
    assertThat(relation.get("type").asString())
        .isEqualTo(eco.relations().get(0).type().name());
    for (JsonNode r : doc.get("relations")) {
      // written only where it is not 1
      assertThat(!r.has("strength") || r.get("strength").doubleValue() < 1).isTrue();
    }
    assertThat(doc.get("elements").get(0).propertyNames())
        .containsExactly("kind", "id", "name", "type");
    assertThat(doc.get("relationTypes")).extracting(t -> t.get("name").asString())
        .containsExactlyInAnyOrder("CARES_FOR", "DRAWS_ON");
  }
}
