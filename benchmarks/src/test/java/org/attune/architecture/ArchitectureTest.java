package org.attune.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The dependency direction of the design: examples and benchmarks use the API, the test kit uses the
 * API and the core and nothing in them uses it, the API uses the core, the core uses only the JDK and
 * Guava; no cycles between packages. It lives in the benchmarks, the one module whose test class path
 * holds every other module's classes.
 */
class ArchitectureTest {

  private static final JavaClasses ATTUNE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.attune");

  @Test
  void should_import_every_module() {
    // guards the rules below against passing on an empty import
    org.assertj.core.api.Assertions.assertThat(ATTUNE.containPackage("org.attune.model")).isTrue();
    org.assertj.core.api.Assertions.assertThat(ATTUNE.containPackage("org.attune.ecosystem"))
        .isTrue();
    org.assertj.core.api.Assertions.assertThat(ATTUNE.containPackage("org.attune.examples"))
        .isTrue();
    org.assertj.core.api.Assertions.assertThat(ATTUNE.containPackage("org.attune.testlib"))
        .isTrue();
    org.assertj.core.api.Assertions.assertThat(ATTUNE.containPackage("org.attune.testlib.scenario"))
        .isTrue();
    org.assertj.core.api.Assertions.assertThat(ATTUNE.containPackage("org.attune.benchmarks"))
        .isTrue();
    org.assertj.core.api.Assertions.assertThat(ATTUNE.containPackage("org.attune.exchange"))
        .isTrue();
    org.assertj.core.api.Assertions.assertThat(ATTUNE.containPackage("org.attune.report"))
        .isTrue();
  }

  @Test
  void the_core_and_the_api_should_know_neither_the_exchange_module_nor_its_dependencies() {
    // exchange builds on the API; a user who leaves it out leaves Jackson and jgrapht-io out too
    noClasses()
        .that()
        .resideOutsideOfPackages(
            "org.attune.exchange..", "org.attune.examples..", "org.attune.benchmarks..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.attune.exchange..", "tools.jackson..", "org.jgrapht.nio..")
        .check(ATTUNE);
  }

  @Test
  void the_core_and_the_api_should_know_no_picture() {
    // report draws on the API; the core and the API draw nothing
    noClasses()
        .that()
        .resideInAnyPackage(
            "org.attune.model..",
            "org.attune.ecosystem..",
            "org.attune.metric..",
            "org.attune.theory..",
            "org.attune.dominance..",
            "org.attune.journey..",
            "org.attune.dynamics..",
            "org.attune.io..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.attune.report..")
        .check(ATTUNE);
  }

  @Test
  void the_pictures_should_not_know_the_exchange_module() {
    // report depends on the API alone
    noClasses()
        .that()
        .resideInAPackage("org.attune.report..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.attune.exchange..", "tools.jackson..", "org.jgrapht.nio..")
        .check(ATTUNE);
  }

  @Test
  void the_library_should_know_no_test_kit() {
    // testlib builds on the core and the API; nothing in them may depend on it
    noClasses()
        .that()
        .resideOutsideOfPackage("org.attune.testlib..")
        .and()
        .resideOutsideOfPackage("org.attune.examples..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.attune.testlib..")
        .check(ATTUNE);
  }

  @Test
  void the_test_kit_should_use_no_example_and_no_internal_package() {
    noClasses()
        .that()
        .resideInAPackage("org.attune.testlib..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.attune.examples..", "..internal..")
        .check(ATTUNE);
  }

  @Test
  void core_should_use_only_the_jdk_and_guava() {
    noClasses()
        .that()
        .resideInAPackage("org.attune.model..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages(
            "java..",
            "com.google.common..",
            "com.google.errorprone.annotations..",
            "org.jspecify..",
            "org.attune.model..")
        .check(ATTUNE);
  }

  @Test
  void the_library_should_know_no_example() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.attune.examples..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.attune.examples..")
        .check(ATTUNE);
  }

  @Test
  void nothing_should_know_a_benchmark() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.attune.benchmarks..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.attune.benchmarks..")
        .check(ATTUNE);
  }

  @Test
  void only_the_library_itself_should_use_its_internals() {
    noClasses()
        .that()
        .resideInAnyPackage("org.attune.examples..", "org.attune.benchmarks..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("..internal..")
        .check(ATTUNE);
  }

  @Test
  void packages_should_have_no_cycles_one_by_one() {
    // each package is a slice of its own: the SPI org.attune.metric depends on none of its
    // sub-packages, which depend on it; the built-ins' wiring sits in an internal package of its own
    slices().matching("org.attune.(**)").should().beFreeOfCycles().check(ATTUNE);
  }

  @Test
  void the_metrics_spi_should_not_know_its_built_ins_nor_their_helpers() {
    noClasses()
        .that()
        .resideInAPackage("org.attune.metric")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.attune.metric.alignment..",
            "org.attune.metric.attunement..",
            "org.attune.metric.internal..")
        .check(ATTUNE);
  }
}
