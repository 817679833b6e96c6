package org.attune.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.attune.ecosystem.EcosystemException;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.Activity;
import org.attune.model.Actor;
import org.attune.model.Dimension;
import org.attune.model.ElementKind;
import org.attune.model.Episode;
import org.attune.model.JourneyStage;
import org.attune.model.Profile;
import org.attune.model.RelationType;
import org.attune.model.Sphere;
import org.attune.model.Touchpoint;
import org.attune.model.TouchpointOwnership;
import org.attune.model.ValueInUse;
import org.junit.jupiter.api.Test;

/**
 * Names are personal data: no exception message, import problem or {@code toString()} carries one,
 * however the ecosystem builder or an import is provoked. Every actor here is named "Jane Doe, 12
 * Main St".
 */
class PersonalDataInMessagesTest {

  private static final String NAME = "Jane Doe, 12 Main St";

  private static final Actor JANE = Actor.individual("jane", NAME);
  private static final Actor JOHN = Actor.individual("john", NAME);
  private static final Actor CLINIC = Actor.organisation("clinic", NAME);
  private static final Actor GHOST = Actor.individual("ghost", NAME);
  private static final Touchpoint DESK =
      Touchpoint.of("desk", NAME, TouchpointOwnership.BRAND_OWNED, JourneyStage.PURCHASE);
  private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

  private final List<String> texts = new ArrayList<>();

  @Test
  void should_keep_names_out_of_every_builder_message_and_string() {
    // given: every problem the builder reports, at once
    Actor otherJane = Actor.individual("jane", NAME + ", flat 2");
    RelationType caresFor = RelationType.actorToActor("CARES_FOR");
    RelationType caresForActivity = RelationType.of("CARES_FOR", EnumSet.of(ElementKind.ACTOR),
        EnumSet.of(ElementKind.ACTIVITY));
    Profile logic = Profile.builder().level(Dimension.FUNCTIONAL, 0.5).build();
    ServiceEcosystem.Builder builder = ServiceEcosystem.builder()
        .add(JANE, JOHN, CLINIC, DESK, otherJane, Activity.of("walk", NAME))
        .relate(CLINIC, RelationType.SERVES, JANE, 0.5)
        .relate(CLINIC, RelationType.SERVES, JANE, 0.25)
        .relate(CLINIC, RelationType.SERVES, GHOST)
        .relate(otherJane, RelationType.INFLUENCES, JOHN)
        .relate(JOHN, caresFor, JANE)
        .relate(JOHN, caresForActivity, Activity.of("walk", NAME))
        .perspective(GHOST, otherJane, logic)
        .valueInUse(ValueInUse.of(otherJane, Sphere.JOINT, 0.5, GHOST))
        .episode(Episode.builder(otherJane, DESK, T0).counterpart(GHOST).build());
    // when
    Throwable thrown = catchThrowable(builder::build);
    // then
    assertThat(thrown).isInstanceOf(EcosystemException.class);
    EcosystemException e = (EcosystemException) thrown;
    assertThat(e.problems()).hasSizeGreaterThanOrEqualTo(8);
    collect(e);
    texts.addAll(e.problems());

    // and the checks made at once, and the queries of a built ecosystem
    collect(catchThrowable(() -> builder.relate(JANE, RelationType.PERFORMS, JOHN)));
    ServiceEcosystem eco = ServiceEcosystem.builder().add(JANE, CLINIC, DESK)
        .relate(CLINIC, RelationType.SERVES, JANE)
        .perspective(JANE, JANE, logic)
        .episode(Episode.builder(JANE, DESK, T0).counterpart(CLINIC).build())
        .build();
    collect(catchThrowable(() -> eco.around(JOHN, 1)));
    collect(catchThrowable(() -> eco.influence(JOHN)));
    collect(catchThrowable(() -> eco.perspective(JOHN, otherJane).orElseThrow()));
    texts.add(eco.toString());
    eco.elements().forEach(x -> texts.add(x.toString()));
    eco.relations().forEach(x -> texts.add(x.toString()));
    eco.perspectives().keySet().forEach(x -> texts.add(x.toString()));
    eco.episodes().forEach(x -> texts.add(x.toString()));
    eco.journeys(JANE).forEach(x -> texts.add(x.toString()));
    texts.add(eco.graph().toString());

    assertThat(texts).hasSizeGreaterThan(15).allSatisfy(t ->
        assertThat(t).doesNotContain("Jane").doesNotContain("Main St"));
  }

  @Test
  void should_keep_names_out_of_import_problems_and_messages() throws IOException {
    // given: resources (members of staff, by name) that cannot become ids
    String csv = "case,activity,timestamp,resource\n"
        + "c1,A,2020-01-01T00:00:00Z,Jane Doe\u001b 12 Main St\n"
        + "c2,A,2020-01-01T00:00:00Z,Jane Doe\u0000\n"
        + "c3,A,2020-01-01T00:00:00Z,staff-7\n";
    CsvColumns columns = CsvColumns.defaults().withResource("resource");
    LogMapping skip = LogMapping.builder().onMalformed(MalformedInputPolicy.SKIP).build();
    // when
    collect(catchThrowable(() -> CsvImportTest.read(csv, columns, LogMapping.defaults())));
    EventLog log = CsvImportTest.read(csv, columns, skip);
    // then
    assertThat(log.report().problems()).hasSize(2);
    log.report().problems().forEach(p -> texts.add(p.message()));
    texts.add(log.report().render());
    texts.add(log.toString());
    log.journeys().forEach(j -> texts.add(j.toString()));
    assertThat(texts).allSatisfy(t ->
        assertThat(t).doesNotContain("Jane").doesNotContain("Main St"));
  }

  private void collect(Throwable t) {
    assertThat(t).isNotNull();
    for (Throwable c = t; c != null; c = c.getCause()) {
      texts.add(String.valueOf(c.getMessage()));
      texts.add(c.toString());
    }
  }
}
