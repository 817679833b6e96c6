package org.attune.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The lines of DESIGN section 2 that hold in the core module: it knows no graph and no logging. */
class CoreArchitectureTest {

  private static JavaClasses core;

  @BeforeAll
  static void import_the_core_main_classes() {
    core =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.attune");
  }

  @Test
  void should_import_the_model_and_no_test_class() {
    // the rules below would pass vacuously on an empty import
    assertThat(core.contain("org.attune.model.Profile")).isTrue();
    assertThat(core.contain("org.attune.model.Journey")).isTrue();
    assertThat(core.contain(CoreArchitectureTest.class)).isFalse();
  }

  @Test
  void core_should_depend_only_on_the_jdk_guava_its_annotations_and_itself() {
    classes()
        .that()
        .resideInAPackage("org.attune..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            "com.google.common..",
            "com.google.errorprone.annotations..",
            "org.jspecify..",
            "org.attune.model..")
        .check(core);
  }

  @Test
  void core_packages_should_be_free_of_cycles() {
    slices().matching("org.attune.(*)..").should().beFreeOfCycles().check(core);
  }
}
