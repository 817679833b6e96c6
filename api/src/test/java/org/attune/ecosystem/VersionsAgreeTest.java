package org.attune.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.testlib.scenario.ClinicNetwork.ALICE;
import static org.attune.testlib.scenario.ClinicNetwork.ALICE_LOGIC;
import static org.attune.testlib.scenario.ClinicNetwork.APP;
import static org.attune.testlib.scenario.ClinicNetwork.BOB;
import static org.attune.testlib.scenario.ClinicNetwork.CLINIC;
import static org.attune.testlib.scenario.ClinicNetwork.CLINIC_OFFERING;
import static org.attune.testlib.scenario.ClinicNetwork.FEELING_SAFE;
import static org.attune.testlib.scenario.ClinicNetwork.LOGIN;
import static org.attune.testlib.scenario.ClinicNetwork.PHARMACY;
import static org.attune.testlib.scenario.ClinicNetwork.QUESTION;
import static org.attune.testlib.scenario.ClinicNetwork.T0;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.attune.model.Actor;
import org.attune.model.Element;
import org.attune.model.Episode;
import org.attune.model.Perspective;
import org.attune.model.RelationType;
import org.attune.model.Sphere;
import org.attune.model.ValueInUse;
import org.attune.testlib.scenario.ClinicNetwork;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of edit, and the removal of each element of the clinic with all that names it, gives a
 * version that agrees with the same content built from scratch on every query: equality, hash code,
 * summary, every list, and every question about each element.
 */
class VersionsAgreeTest {

  private static final Actor CAROL = Actor.individual("carol", "Carol");

  static Stream<Arguments> edits() {
    List<Arguments> edits = new ArrayList<>();
    for (Element e : ClinicNetwork.ecosystem().elements()) {
      edits.add(Arguments.of("remove " + e.id(), (UnaryOperator<ServiceEcosystem.Builder>)
          b -> b.remove(e)));
    }
    edits.add(Arguments.of("remove alice, add her again", (UnaryOperator<ServiceEcosystem.Builder>)
        b -> b.remove(ALICE).add(ALICE)));
    edits.add(Arguments.of("add carol, relate her both ways", (UnaryOperator<ServiceEcosystem.Builder>)
        b -> b.add(CAROL).relate(CLINIC, RelationType.SERVES, CAROL, 0.4)
            .relate(CAROL, RelationType.INFLUENCES, ALICE, 0.2).relate(CAROL,
                RelationType.INFLUENCES, CAROL, 0.1).perspective(CLINIC, CAROL, ALICE_LOGIC)
            .perspective(CAROL, CAROL, CLINIC_OFFERING)
            .valueInUse(ValueInUse.of(CAROL, Sphere.JOINT, 0.3, CLINIC))
            .episode(Episode.of(CAROL, APP, T0))));
    edits.add(Arguments.of("unrelate, reweight", (UnaryOperator<ServiceEcosystem.Builder>)
        b -> b.unrelate(BOB, RelationType.INFLUENCES, ALICE)
            .reweight(CLINIC, RelationType.SERVES, ALICE, 0.2)
            .reweight(PHARMACY, RelationType.PARTNERS_WITH, CLINIC, 0.9)));
    edits.add(Arguments.of("unrelate and relate again", (UnaryOperator<ServiceEcosystem.Builder>)
        b -> b.unrelate(CLINIC, RelationType.SERVES, BOB)
            .relate(CLINIC, RelationType.SERVES, BOB, 0.7)));
    edits.add(Arguments.of("the last OPERATES goes", (UnaryOperator<ServiceEcosystem.Builder>)
        b -> b.unrelate(CLINIC, RelationType.OPERATES, APP)));
    edits.add(Arguments.of("perspectives replaced and removed", (UnaryOperator<
        ServiceEcosystem.Builder>) b -> b.perspective(ALICE, ALICE, CLINIC_OFFERING)
            .removePerspective(CLINIC, ALICE).perspective(ALICE, CLINIC, ALICE_LOGIC)
            .removePerspective(ALICE, CLINIC)));
    edits.add(Arguments.of("value-in-use and episodes", (UnaryOperator<ServiceEcosystem.Builder>)
        b -> b.removeValueInUse(FEELING_SAFE).valueInUse(FEELING_SAFE).valueInUse(FEELING_SAFE)
            .removeEpisode(LOGIN).episode(Episode.of(ALICE, APP, T0))
            .episode(Episode.of(BOB, APP, T0)).removeEpisode(QUESTION)));
    return edits.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("edits")
  void a_version_agrees_with_its_content_built_from_scratch(
      String name, UnaryOperator<ServiceEcosystem.Builder> edit) {
    // given the clinic, with its lists, hash code and graph already made
    ServiceEcosystem parent = ClinicNetwork.ecosystem();
    Object[] before = answers(parent);

    // when
    ServiceEcosystem version = edit.apply(parent.toBuilder()).build();

    // then
    ServiceEcosystem fresh = fresh(version);
    assertThat(version).isEqualTo(fresh);
    assertThat(fresh).isEqualTo(version);
    assertThat(version.hashCode()).isEqualTo(fresh.hashCode());
    assertThat(answers(version)).containsExactly(answers(fresh));
    assertThat(answers(parent)).as("the parent is as it was").containsExactly(before);
  }

  /** {@return the answers of every query, in a comparable form} */
  private static Object[] answers(ServiceEcosystem eco) {
    List<Object> a = new ArrayList<>();
    a.add(eco.toString());
    a.add(eco.hashCode());
    a.add(eco.elementCount());
    a.add(eco.relationCount());
    a.add(eco.elements());
    a.add(eco.actors());
    a.add(eco.relations());
    a.add(eco.relationTypes());
    a.add(List.copyOf(eco.perspectives().entrySet()));
    a.add(eco.valueInUse());
    a.add(eco.episodes());
    a.add(eco.graph().vertexSet().size());
    a.add(eco.graph().edgeSet().size());
    for (Element e : eco.elements()) {
      a.add(eco.element(e.id()));
      for (Direction d : Direction.values()) {
        a.add(eco.relations(e, d));
        a.add(eco.neighbours(e, d));
        for (RelationType t : RelationType.builtIns()) {
          a.add(eco.relations(e, t, d));
        }
      }
      a.add(eco.graph().degreeOf(e));
      if (e instanceof Actor actor) {
        a.add(eco.ownLogic(actor));
        a.add(eco.valueInUse(actor));
        a.add(eco.episodes(actor));
        a.add(eco.journeys(actor));
        for (Actor other : eco.actors()) {
          a.add(eco.perspective(actor, other));
        }
      }
    }
    return a.toArray();
  }

  private static ServiceEcosystem fresh(ServiceEcosystem v) {
    ServiceEcosystem.Builder b = ServiceEcosystem.builder().add(v.elements())
        .relateAll(v.relations()).episodes(v.episodes());
    for (Map.Entry<Perspective, org.attune.model.Profile> e : v.perspectives().entrySet()) {
      b.perspective(e.getKey().holder(), e.getKey().subject(), e.getValue());
    }
    v.valueInUse().forEach(b::valueInUse);
    return b.build();
  }
}
