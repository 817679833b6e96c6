package org.attune.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.Activity;
import org.attune.model.Actor;
import org.attune.model.ElementKind;
import org.attune.model.Institution;
import org.attune.model.InstitutionKind;
import org.attune.model.JourneyStage;
import org.attune.model.PaymentBasis;
import org.attune.model.Relation;
import org.attune.model.RelationType;
import org.attune.model.Resource;
import org.attune.model.Touchpoint;
import org.attune.model.TouchpointOwnership;
import org.attune.model.ValueProposition;
import org.junit.jupiter.api.Test;

/** Elements and relations tables ({@link Tables#readElements}, {@link Tables#readRelations}). */
class ElementAndRelationTablesTest {

  static final TableMapping SKIP =
      TableMapping.builder().onMalformed(MalformedInputPolicy.SKIP).build();

  static final String ELEMENTS = "id,kind,name,type,stage,risks\n"
      + "clinic,actor,The Clinic,organisation,,\n"
      + "alice,Actor,Alice,,,\n"
      + "knowhow,resource,Know-how,operant,,\n"
      + "consent,institution,Consent,rule,,\n"
      + "care,activity,\"Self-care, at home\",,,\n"
      + "app,touchpoint,App,brand-owned,pre purchase,\n"
      + "plan,value proposition,Care plan,outcome,,availability|data\n";

  static TableImport elements(String csv, TableMapping mapping) throws IOException {
    return Tables.readElements(new StringReader(csv), mapping);
  }

  static TableImport relations(String csv, TableMapping mapping) throws IOException {
    return Tables.readRelations(new StringReader(csv), mapping);
  }

  @Test
  void an_elements_table_gives_one_element_per_row_with_its_kind_specific_columns()
      throws IOException {
    // when
    TableImport table = elements(ELEMENTS, TableMapping.defaults());
    // then
    assertThat(table.elements()).containsExactly(
        Actor.organisation("clinic", "The Clinic"),
        Actor.individual("alice", "Alice"),
        Resource.operant("knowhow", "Know-how"),
        Institution.of("consent", "Consent", InstitutionKind.RULE),
        Activity.of("care", "Self-care, at home"),
        Touchpoint.of("app", "App", TouchpointOwnership.BRAND_OWNED, JourneyStage.PREPURCHASE),
        ValueProposition.of("plan", "Care plan", PaymentBasis.OUTCOME, "availability", "data"));
    assertThat(table.report().format()).isEqualTo("CSV elements");
    assertThat(table.report().eventsImported()).isEqualTo(7);
    assertThat(table.report().tracesRead()).isZero();
    // a table of elements reads rows only: its report speaks of rows, not of events or traces
    assertThat(table.report().render())
        .contains("  rows: 7 read, 7 imported, 0 skipped\n")
        .doesNotContain("events")
        .doesNotContain("traces")
        .doesNotContain("profiles");
  }

  @Test
  void relations_join_known_elements_and_may_use_declared_types() throws IOException {
    // given
    RelationType caresFor = RelationType.of("CARES_FOR", EnumSet.of(ElementKind.ACTOR),
        EnumSet.of(ElementKind.ACTOR));
    TableImport parts = elements(ELEMENTS, TableMapping.defaults());
    TableMapping known = TableMapping.builder().elements(parts.elements())
        .relationTypes(caresFor).build();
    String csv = "source,type,target,strength\n"
        + "clinic,SERVES,alice,0.8\n"
        + "clinic,offers,plan,\n"
        + "clinic,CARES_FOR,alice,1\n";
    // when
    TableImport table = relations(csv, known);
    ServiceEcosystem.Builder builder = ServiceEcosystem.builder();
    parts.addTo(builder);
    ServiceEcosystem ecosystem = table.addTo(builder).build();
    // then
    Actor clinic = Actor.organisation("clinic", "The Clinic");
    Actor alice = Actor.individual("alice", "Alice");
    assertThat(table.relations()).containsExactly(
        Relation.of(clinic, RelationType.SERVES, alice, 0.8),
        Relation.of(clinic, RelationType.OFFERS,
            ValueProposition.of("plan", "Care plan", PaymentBasis.OUTCOME, "availability",
                "data")),
        Relation.of(clinic, caresFor, alice));
    assertThat(table.elements()).hasSize(3);
    assertThat(ecosystem.relation(clinic, caresFor, alice)).isPresent();
    assertThat(ecosystem.relationTypes()).contains(caresFor);
    assertThat(table.toEcosystem().relations(clinic, RelationType.SERVES,
        org.attune.ecosystem.Direction.OUTGOING)).hasSize(1);
  }

  @Test
  void under_skip_each_broken_element_row_is_counted_under_its_reason() throws IOException {
    // given: 2 good; 3 an unknown kind; 4 a resource without a nature; 5 a duplicate id; 6 a
    // stage for an actor; 7 no id; 8 a name holding a control character; 9 an unknown type
    String csv = "id,kind,name,type,stage\n"
        + "a,actor,A,,\n"
        + "b,robot,B,,\n"
        + "c,resource,C,,\n"
        + "a,actor,A again,,\n"
        + "d,actor,D,,purchase\n"
        + ",actor,E,,\n"
        + "f,actor,\"F\u0007\",,\n"
        + "g,actor,G,crowd,\n";
    // when
    TableImport table = elements(csv, SKIP);
    // then
    ImportReport r = table.report();
    assertThat(table.elements()).containsExactly(Actor.individual("a", "A"));
    assertThat(r.skipped()).containsOnly(
        Map.entry(SkipReason.UNKNOWN_NAME, 2L),
        Map.entry(SkipReason.MISSING_FIELD, 2L),
        Map.entry(SkipReason.DUPLICATE_ROW, 1L),
        Map.entry(SkipReason.INVALID_VALUE, 2L));
    assertThat(r.problems()).extracting(ImportReport.Problem::line)
        .containsExactly(3, 4, 5, 6, 7, 8, 9);
    assertThat(r.problems()).extracting(ImportReport.Problem::column)
        .containsExactly(2, 4, 1, 5, 1, 3, 4);
    assertThat(r.problems()).extracting(ImportReport.Problem::message).containsExactly(
        "<character stream>: column 'kind' must be one of [actor, resource, institution, activity,"
            + " touchpoint, value proposition], but was \"robot\"",
        "<character stream>: column 'type' is empty; expected one of [operant, operand]",
        "<character stream>: id \"a\" is already the id of the element on line 2; expected ids"
            + " unique across all kinds",
        "<character stream>: column 'stage' is for a touchpoint only, but the row is of kind ACTOR"
            + " and gives \"purchase\"; expected it empty",
        "<character stream>: column 'id' is empty; expected the element's id",
        "<character stream>: column 'name' must be free of control characters other than the tab"
            + " and the line breaks, but held U+0007 at index 1 (the name is not shown: names are"
            + " personal data)",
        "<character stream>: column 'type' must be one of [individual, collective, organisation],"
            + " but was \"crowd\"");
    XesImportTest.assertBalanced(r);
  }

  @Test
  void under_skip_each_broken_relation_row_is_counted_under_its_reason() throws IOException {
    // given: 2 good; 3 an unknown type; 4 an unknown target; 5 a strength of 0; 6 a type that
    // does not connect the kinds; 7 a duplicate of 2; 8 no source
    TableMapping known = SKIP.toBuilder()
        .elements(elements(ELEMENTS, TableMapping.defaults()).elements()).build();
    String csv = "source,type,target,strength\n"
        + "clinic,SERVES,alice,\n"
        + "clinic,LOVES,alice,\n"
        + "clinic,SERVES,bob,\n"
        + "clinic,INFLUENCES,alice,0\n"
        + "clinic,SERVES,app,\n"
        + "clinic,serves,alice,0.5\n"
        + ",SERVES,alice,\n";
    // when
    TableImport table = relations(csv, known);
    // then
    ImportReport r = table.report();
    assertThat(table.relations()).hasSize(1);
    assertThat(r.skipped()).containsOnly(
        Map.entry(SkipReason.UNKNOWN_NAME, 1L),
        Map.entry(SkipReason.UNKNOWN_ELEMENT, 1L),
        Map.entry(SkipReason.INVALID_VALUE, 2L),
        Map.entry(SkipReason.DUPLICATE_ROW, 1L),
        Map.entry(SkipReason.MISSING_FIELD, 1L));
    assertThat(r.problems()).extracting(ImportReport.Problem::line)
        .containsExactly(3, 4, 5, 6, 7, 8);
    assertThat(r.problems()).extracting(ImportReport.Problem::column)
        .containsExactly(2, 3, 4, 2, 2, 1);
    assertThat(r.problems()).extracting(ImportReport.Problem::message).containsExactly(
        "<character stream>: column 'type' must name a relation type, one of [SERVES,"
            + " PARTNERS_WITH, INFLUENCES, MEMBER_OF, ACCESSES, PERFORMS, INTEGRATES, SUPPORTS,"
            + " ADHERES_TO, OFFERS, OPERATES] (declare others with"
            + " TableMapping.Builder.relationTypes), but was \"LOVES\"",
        "<character stream>: column 'target' names \"bob\", which is not among the 7 known"
            + " elements; expected the id of an element given to TableMapping.Builder.elements"
            + " (such as those of an elements table)",
        "<character stream>: column 'strength' must be a number in (0, 1], but was \"0\"",
        "<character stream>: relation type SERVES runs from [ACTOR] to [ACTOR], but \"clinic\" is"
            + " ACTOR and \"app\" is TOUCHPOINT",
        "<character stream>: the relation \"clinic\" SERVES \"alice\" is already on line 2;"
            + " expected one row per source, type and target",
        "<character stream>: column 'source' is empty; expected the id of an element");
    XesImportTest.assertBalanced(r);
  }

  @Test
  void under_fail_a_broken_row_stops_the_import_and_nothing_is_returned() {
    assertThatThrownBy(() -> relations("source,type,target,strength\nclinic,SERVES,alice,x\n",
            TableMapping.builder()
                .elements(List.of(Actor.organisation("clinic", "C"), Actor.individual("alice",
                    "A"))).build()))
        .isInstanceOfSatisfying(LogFormatException.class, e -> {
          assertThat(e.reason()).isEqualTo(SkipReason.INVALID_VALUE);
          assertThat(e.line()).isEqualTo(2);
          assertThat(e.column()).isEqualTo(4);
        })
        .hasMessage("line 2, column 4: <character stream>: column 'strength' must be a number in"
            + " [0, 1], written with a decimal point, such as 0.75, but was \"x\"");
    assertThatThrownBy(() -> elements("id,name\na,A\n", SKIP))
        .isInstanceOf(LogFormatException.class)
        .hasMessageContaining("the header has no column 'kind'");
    assertThatThrownBy(() -> elements("", SKIP)).isInstanceOf(LogFormatException.class);
  }

  @Test
  void a_declared_type_may_not_redeclare_a_built_in() {
    assertThatThrownBy(() -> TableMapping.builder().relationTypes(RelationType.of("SERVES",
            EnumSet.of(ElementKind.ACTOR), EnumSet.of(ElementKind.TOUCHPOINT))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("types must not redeclare relation type SERVES differently");
    assertThatThrownBy(() -> TableMapping.builder().column("customer", "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
