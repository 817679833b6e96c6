package org.attune.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attune.model.Actor;
import org.attune.model.RelationType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link TableMapping}, and the tables read from files. */
class TableMappingTest {

  @Test
  void to_builder_keeps_every_setting() {
    // given
    RelationType caresFor = RelationType.actorToActor("CARES_FOR");
    TableMapping mapping = TableMapping.builder().column("respondent", " customer ")
        .delimiter(';').elements(List.of(Actor.individual("a", "A"))).relationTypes(caresFor)
        .onMalformed(MalformedInputPolicy.SKIP).maxValueLength(50).maxFieldCount(7)
        .weightSuffix("_w").build();
    // when
    TableMapping copy = mapping.toBuilder().build();
    // then
    assertThat(copy.column("respondent")).isEqualTo("customer");
    assertThat(copy.column("level")).isEqualTo("level");
    assertThat(copy.delimiter()).isEqualTo(';');
    assertThat(copy.elements()).containsOnlyKeys("a");
    assertThat(copy.relationTypes()).containsEntry("CARES_FOR", caresFor).hasSize(12);
    assertThat(copy.malformedInputPolicy()).isEqualTo(MalformedInputPolicy.SKIP);
    assertThat(copy.maxValueLength()).isEqualTo(50);
    assertThat(copy.maxFieldCount()).isEqualTo(7);
    assertThat(copy.weightSuffix()).isEqualTo("_w");
    assertThat(copy.toString()).isEqualTo("TableMapping[columns={respondent=customer},"
        + " delimiter=\";\", elements=1, relationTypes=[SERVES, PARTNERS_WITH, INFLUENCES,"
        + " MEMBER_OF, ACCESSES, PERFORMS, INTEGRATES, SUPPORTS, ADHERES_TO, OFFERS, OPERATES,"
        + " CARES_FOR], onMalformed=SKIP, maxValueLength=50, maxFieldCount=7,"
        + " weightSuffix=\"_w\"]");
  }

  @Test
  void bad_settings_are_refused_with_a_sentence() {
    TableMapping.Builder b = TableMapping.builder();
    assertThatThrownBy(() -> b.maxValueLength(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxValueLength must be at least 1, but was 0");
    assertThatThrownBy(() -> b.maxFieldCount(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxFieldCount must be at least 1, but was 0");
    assertThatThrownBy(() -> b.weightSuffix("")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("suffix must not be empty");
    assertThatThrownBy(() -> b.delimiter('"')).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TableMapping.defaults().column("customer"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("standard must be one of [respondent,");
    // then: the builder is unchanged
    TableMapping built = b.build();
    assertThat(built.maxValueLength()).isEqualTo(LogMapping.DEFAULT_MAX_VALUE_LENGTH);
    assertThat(built.maxFieldCount()).isEqualTo(LogMapping.DEFAULT_MAX_FIELD_COUNT);
    assertThat(built.maxFieldCount()).isEqualTo(TableMapping.builder().maxFieldCount(1)
        .maxFieldCount(LogMapping.DEFAULT_MAX_FIELD_COUNT).build().maxFieldCount());
    assertThat(TableMapping.builder().maxValueLength(1).build().maxValueLength()).isEqualTo(1);
  }

  @Test
  void every_format_reads_a_file_by_its_name(@TempDir Path dir) throws IOException {
    // given
    Path wide = write(dir, "wide.csv", "respondent,functional\na,0.5\n");
    Path elements = write(dir, "elements.csv", "id,kind\na,actor\nb,actor\n");
    Path relations = write(dir, "relations.csv", "source,type,target\na,SERVES,b\n");
    // when
    TableImport w = Tables.readWideSurvey(wide, TableMapping.defaults());
    TableImport e = Tables.readElements(elements, TableMapping.defaults());
    TableImport r = Tables.readRelations(relations,
        TableMapping.builder().elements(e.elements()).build());
    // then
    assertThat(w.perspectives()).hasSize(1);
    assertThat(w.toString()).isEqualTo(
        "TableImport[1 elements, 0 relations, 1 perspectives, from wide.csv]");
    assertThat(e.elements()).hasSize(2);
    assertThat(e.report().source()).isEqualTo("elements.csv");
    assertThat(r.relations()).hasSize(1);
    assertThat(r.report().format()).isEqualTo("CSV relations");
  }

  private static Path write(Path dir, String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }
}
