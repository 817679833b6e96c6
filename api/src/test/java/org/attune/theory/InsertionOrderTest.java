package org.attune.theory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.Element;
import org.attune.model.Episode;
import org.attune.model.Perspective;
import org.attune.model.Profile;
import org.attune.model.Relation;
import org.attune.model.ValueInUse;
import org.attune.testlib.scenario.RandomEcosystems;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Equal ecosystems give equal reports whatever the order in which they were built: the elements a
 * violation names and its message list providers and activities by id, and a pair that serves both
 * ways is named from the lower id.
 */
class InsertionOrderTest {

  private static final RuleSet ALL = SdlAxioms.all().and(CdlFoundations.all());

  static LongStream seeds() {
    return LongStream.range(0, 40);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void every_rule_reports_the_same_on_an_ecosystem_built_in_the_reverse_order(long seed) {
    // given
    ServiceEcosystem eco = RandomEcosystems.of(seed).ecosystem();
    ServiceEcosystem reversed = reversed(eco);

    // when
    TheoryReport report = ALL.check(eco);
    TheoryReport other = ALL.check(reversed);

    // then
    assertThat(reversed).isEqualTo(eco);
    for (Rule rule : ALL.rules()) {
      assertThat(other.violations(rule.id())).as("%s, seed %s", rule.id(), seed)
          .isEqualTo(report.violations(rule.id()));
    }
  }

  /** {@return {@code eco} built afresh with everything added in the reverse order} */
  private static ServiceEcosystem reversed(ServiceEcosystem eco) {
    ServiceEcosystem.Builder b = ServiceEcosystem.builder();
    List<Element> elements = new ArrayList<>(eco.elements());
    Collections.reverse(elements);
    b.add(elements);
    List<Relation> relations = new ArrayList<>(eco.relations());
    Collections.reverse(relations);
    relations.forEach(b::relate);
    List<Map.Entry<Perspective, Profile>> perspectives =
        new ArrayList<>(eco.perspectives().entrySet());
    Collections.reverse(perspectives);
    perspectives.forEach(
        e -> b.perspective(e.getKey().holder(), e.getKey().subject(), e.getValue()));
    List<ValueInUse> values = new ArrayList<>(eco.valueInUse());
    Collections.reverse(values);
    values.forEach(b::valueInUse);
    List<Episode> episodes = new ArrayList<>(eco.episodes());
    Collections.reverse(episodes);
    b.episodes(episodes);
    return b.build();
  }
}
