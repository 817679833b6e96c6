package org.attune.modules.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.exchange.EcosystemJson;
import org.attune.exchange.GraphExport;
import org.attune.model.Actor;
import org.attune.model.Dimension;
import org.attune.model.Profile;
import org.attune.model.RelationType;
import org.junit.jupiter.api.Test;

/**
 * The exchange module on the module path: it and its dependencies (Jackson's streaming core, JGraphT's
 * io) resolve as named modules, and saving, loading and drawing work across module boundaries.
 */
class ExchangeOnModulePathTest {

  private static final ServiceEcosystem ECO = ServiceEcosystem.builder()
      .add(Actor.individual("alice", "Alice"), Actor.organisation("clinic", "City Clinic"))
      .relate(Actor.organisation("clinic", "City Clinic"), RelationType.SERVES,
          Actor.individual("alice", "Alice"), 0.8)
      .perspective(Actor.individual("alice", "Alice"), Actor.individual("alice", "Alice"),
          Profile.builder().level(Dimension.FUNCTIONAL, 0.9).build())
      .build();

  @Test
  void the_exchange_module_and_its_dependencies_are_named_modules() {
    // given
    Module exchange = EcosystemJson.class.getModule();

    // then
    assertThat(exchange.getName()).isEqualTo("org.attune.exchange");
    assertThat(exchange.getDescriptor().isAutomatic()).isFalse();
    assertThat(ModuleLayer.boot().findModule("tools.jackson.core")).isPresent();
    assertThat(ModuleLayer.boot().findModule("org.jgrapht.io")).isPresent();
  }

  @Test
  void an_ecosystem_is_saved_read_back_equal_and_drawn() throws IOException {
    // given
    StringWriter json = new StringWriter();
    StringWriter dot = new StringWriter();

    // when
    EcosystemJson.write(ECO, json);
    ServiceEcosystem read = EcosystemJson.read(new StringReader(json.toString()));
    GraphExport.standard().writeDot(ECO, dot);

    // then
    assertThat(read).isEqualTo(ECO);
    assertThat(dot.toString()).startsWith("digraph").contains("\"alice\"", "\"clinic\"");
  }
}
