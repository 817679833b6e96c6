package org.attune.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.Activity;
import org.attune.model.Actor;
import org.attune.model.Aspect;
import org.attune.model.Dimension;
import org.attune.model.EffectFlow;
import org.attune.model.ElementKind;
import org.attune.model.Emotion;
import org.attune.model.Episode;
import org.attune.model.Initiative;
import org.attune.model.Institution;
import org.attune.model.InstitutionKind;
import org.attune.model.JourneyStage;
import org.attune.model.Mood;
import org.attune.model.PaymentBasis;
import org.attune.model.Profile;
import org.attune.model.RelationType;
import org.attune.model.Resource;
import org.attune.model.Sphere;
import org.attune.model.Touchpoint;
import org.attune.model.TouchpointOwnership;
import org.attune.model.ValueInUse;
import org.attune.model.ValueProposition;
import org.junit.jupiter.api.Test;

/** Hand-written documents, one per feature of the format, each read into the ecosystem it means. */
class EcosystemJsonDocumentsTest {

  private static final Actor ALICE = Actor.individual("alice", "Alice");
  private static final Actor CLINIC = Actor.organisation("clinic", "City Clinic");

  private static final String ACTORS = """
      {"kind": "ACTOR", "id": "alice", "name": "Alice", "type": "INDIVIDUAL"},
      {"kind": "ACTOR", "id": "clinic", "name": "City Clinic", "type": "ORGANISATION"}""";

  static ServiceEcosystem read(String body) throws IOException {
    return EcosystemJson.read(new StringReader(
        "{\"format\": \"attune-ecosystem\", \"version\": 1" + (body.isEmpty() ? "" : ", ") + body
            + "}"));
  }

  @Test
  void a_document_of_no_section_is_the_empty_ecosystem() throws IOException {
    assertThat(read("")).isEqualTo(ServiceEcosystem.builder().build());
  }

  @Test
  void elements_of_every_kind_read_with_their_own_fields() throws IOException {
    // when
    ServiceEcosystem eco = read("""
        "elements": [
          %s,
          {"kind": "RESOURCE", "id": "know-how", "name": "Self-care", "nature": "OPERANT"},
          {"kind": "INSTITUTION", "id": "privacy", "name": "Privacy", "institutionKind": "RULE"},
          {"kind": "ACTIVITY", "id": "measure", "name": "Measuring glucose"},
          {"kind": "TOUCHPOINT", "id": "app", "name": "App", "ownership": "BRAND_OWNED",
           "stage": "POSTPURCHASE"},
          {"kind": "VALUE_PROPOSITION", "id": "care", "name": "Care"},
          {"kind": "VALUE_PROPOSITION", "id": "hours", "name": "Flying hours", "basis": "OUTCOME",
           "sharedRisks": ["availability", "uptime"]}
        ]""".formatted(ACTORS));

    // then
    assertThat(eco.elements()).containsExactly(ALICE, CLINIC,
        Resource.operant("know-how", "Self-care"),
        Institution.of("privacy", "Privacy", InstitutionKind.RULE),
        Activity.of("measure", "Measuring glucose"),
        Touchpoint.of("app", "App", TouchpointOwnership.BRAND_OWNED, JourneyStage.POSTPURCHASE),
        ValueProposition.of("care", "Care"),
        ValueProposition.of("hours", "Flying hours", PaymentBasis.OUTCOME, "availability",
            "uptime"));
  }

  @Test
  void a_relation_without_a_strength_has_strength_1() throws IOException {
    // when
    ServiceEcosystem eco = read("""
        "elements": [%s],
        "relations": [
          {"source": "clinic", "type": "SERVES", "target": "alice", "strength": 0.8},
          {"source": "alice", "type": "INFLUENCES", "target": "clinic"}
        ]""".formatted(ACTORS));

    // then
    assertThat(eco.relations()).containsExactly(
        org.attune.model.Relation.of(ALICE, RelationType.INFLUENCES, CLINIC),
        org.attune.model.Relation.of(CLINIC, RelationType.SERVES, ALICE, 0.8));
  }

  @Test
  void a_relation_type_declared_by_a_user_relates_the_kinds_it_names() throws IOException {
    // when
    ServiceEcosystem eco = read("""
        "relationTypes": [
          {"name": "CARES_FOR", "sources": ["ACTOR"], "targets": ["ACTOR"], "flow": "BACKWARD"},
          {"name": "KNOWS", "sources": ["ACTOR"], "targets": ["ACTOR"]}
        ],
        "elements": [%s],
        "relations": [
          {"source": "clinic", "type": "CARES_FOR", "target": "alice"},
          {"source": "alice", "type": "KNOWS", "target": "clinic", "strength": 0.5}
        ]""".formatted(ACTORS));

    // then: a type declared without a flow flows forward
    assertThat(eco.relationTypes()).containsExactly(
        RelationType.of("CARES_FOR", Set.of(ElementKind.ACTOR), Set.of(ElementKind.ACTOR),
            EffectFlow.BACKWARD),
        RelationType.of("KNOWS", Set.of(ElementKind.ACTOR), Set.of(ElementKind.ACTOR)));
  }

  @Test
  void perspectives_read_with_their_aspect_and_profile_in_order() throws IOException {
    // when
    ServiceEcosystem eco = read("""
        "elements": [%s],
        "perspectives": [
          {"holder": "alice", "subject": "alice", "profile": [
            {"dimension": "functional", "level": 0.9, "weight": 2},
            {"dimension": "emotional", "level": 0.7}]},
          {"holder": "alice", "subject": "alice", "aspect": "IDEAL", "profile": [
            {"dimension": "emotional", "level": 1}]},
          {"holder": "alice", "subject": "clinic", "aspect": "EXPECTED", "profile": [
            {"dimension": "trust", "level": 0.5, "weight": 0}, {"dimension": "speed", "level": 0}]}
        ]""".formatted(ACTORS));

    // then
    assertThat(eco.perspective(ALICE, ALICE)).contains(Profile.builder()
        .level(Dimension.FUNCTIONAL, 0.9, 2).level(Dimension.EMOTIONAL, 0.7).build());
    assertThat(eco.perspective(ALICE, ALICE, Aspect.IDEAL))
        .contains(Profile.builder().level(Dimension.EMOTIONAL, 1).build());
    assertThat(eco.perspective(ALICE, CLINIC, Aspect.EXPECTED)).contains(Profile.builder()
        .level(Dimension.of("trust"), 0.5, 0).level(Dimension.of("speed"), 0).build());
  }

  @Test
  void value_in_use_reads_with_its_beneficiary_first_among_the_contributors() throws IOException {
    // when
    ServiceEcosystem eco = read("""
        "elements": [%s, {"kind": "ACTIVITY", "id": "measure", "name": "Measuring"}],
        "valueInUse": [
          {"beneficiary": "alice", "sphere": "JOINT", "valence": 0.6, "contributors": ["clinic"],
           "activity": "measure"},
          {"beneficiary": "alice", "sphere": "CUSTOMER", "valence": -1}
        ]""".formatted(ACTORS));

    // then
    assertThat(eco.valueInUse()).containsExactly(
        ValueInUse.of(ALICE, Sphere.JOINT, 0.6, CLINIC).in(Activity.of("measure", "Measuring")),
        new ValueInUse(ALICE, Sphere.CUSTOMER, -1, Set.of(ALICE), Optional.empty()));
  }

  @Test
  void episodes_read_with_what_is_known_of_them() throws IOException {
    // when
    ServiceEcosystem eco = read("""
        "elements": [%s,
          {"kind": "TOUCHPOINT", "id": "app", "name": "App", "ownership": "BRAND_OWNED",
           "stage": "PURCHASE"},
          {"kind": "VALUE_PROPOSITION", "id": "care", "name": "Care"}],
        "episodes": [
          {"customer": "alice", "touchpoint": "app", "time": "2026-03-01T09:00:00Z"},
          {"customer": "alice", "touchpoint": "app", "time": "2026-03-02T09:00:00.5Z",
           "initiative": "CUSTOMER", "acknowledged": true,
           "customerEmotion": {"pleasure": 0.6, "arousal": 0.2, "dominance": 0.3},
           "providerEmotion": {"pleasure": -0.1, "arousal": 0, "dominance": 1},
           "counterpart": "clinic", "proposition": "care"}
        ]""".formatted(ACTORS));

    // then
    Touchpoint app =
        Touchpoint.of("app", "App", TouchpointOwnership.BRAND_OWNED, JourneyStage.PURCHASE);
    assertThat(eco.episodes()).containsExactly(
        Episode.of(ALICE, app, Instant.parse("2026-03-01T09:00:00Z")),
        Episode.builder(ALICE, app, Instant.parse("2026-03-02T09:00:00.5Z"))
            .initiative(Initiative.CUSTOMER).acknowledged(true)
            .customerEmotion(Emotion.of(0.6, 0.2, 0.3)).providerEmotion(Emotion.of(-0.1, 0, 1))
            .counterpart(CLINIC).proposition(ValueProposition.of("care", "Care")).build());
  }

  @Test
  void moods_read_in_time_order() throws IOException {
    // when
    ServiceEcosystem eco = read("""
        "elements": [%s],
        "moods": [
          {"actor": "alice", "since": "2026-03-02T00:00:00Z",
           "emotion": {"pleasure": 0.5, "arousal": 0, "dominance": 0}},
          {"actor": "alice", "since": "2026-03-01T00:00:00Z",
           "emotion": {"pleasure": -0.5, "arousal": 0.6, "dominance": -0.4}}
        ]""".formatted(ACTORS));

    // then
    assertThat(eco.moods()).containsExactly(
        Mood.of(ALICE, Emotion.of(-0.5, 0.6, -0.4), Instant.parse("2026-03-01T00:00:00Z")),
        Mood.of(ALICE, Emotion.of(0.5, 0, 0), Instant.parse("2026-03-02T00:00:00Z")));
  }

  @Test
  void an_id_written_with_escapes_names_the_same_element_as_written_plainly() throws IOException {
    // when: "\u00fc" is the ü of the element's id, "\"" its quote
    ServiceEcosystem eco = read("""
        "elements": [
          {"kind": "ACTOR", "id": "ü\\"1", "name": "U", "type": "INDIVIDUAL"},
          {"kind": "ACTOR", "id": "v", "name": "V", "type": "INDIVIDUAL"}],
        "relations": [{"source": "\\u00fc\\"1", "type": "SERVES", "target": "v"}]""");

    // then
    assertThat(eco.relations()).hasSize(1);
    assertThat(eco.relations().get(0).source().id()).isEqualTo("ü\"1");
  }

  @Test
  void the_example_of_the_documentation_reads() throws IOException {
    // given: the example document of docs/EXCHANGE.md, section 1
    String doc = java.nio.file.Files.readString(java.nio.file.Path.of("../docs/EXCHANGE.md"));
    int start = doc.indexOf("```json\n{\"format\": \"attune-ecosystem\"");
    String json = doc.substring(start + 8, doc.indexOf("```", start + 8));

    // when
    ServiceEcosystem eco = EcosystemJson.read(new StringReader(json));

    // then
    assertThat(eco.elementCount()).isEqualTo(7);
    assertThat(eco.relationCount()).isEqualTo(6);
    assertThat(eco.perspectives()).hasSize(3);
    assertThat(eco.valueInUse()).hasSize(1);
    assertThat(eco.episodes()).hasSize(1);
    assertThat(eco.moods()).hasSize(1);
    assertThat(eco.relationTypes()).extracting(RelationType::name).contains("CARES_FOR");
    assertThat(List.of(eco.toString())).isNotEmpty();
  }
}
