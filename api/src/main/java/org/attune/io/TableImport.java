package org.attune.io;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.List;
import java.util.Map;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.Element;
import org.attune.model.Perspective;
import org.attune.model.Profile;
import org.attune.model.Relation;

/**
 * What a table read by {@link Tables} holds, as the model: elements, relations and perspectives, with
 * the {@link ImportReport} that accounts for every row not imported.
 *
 * <ul>
 *   <li>an elements table gives {@linkplain #elements() elements};
 *   <li>a relations table gives {@linkplain #relations() relations}, and the elements they join;
 *   <li>a survey gives {@linkplain #perspectives() perspectives}, and the actors they name.
 * </ul>
 *
 * <p>{@link #addTo} puts all of it into an ecosystem builder, as {@link EventLog#toEcosystem()} does
 * for a log: the elements first, then the relations, then the perspectives.
 *
 * <p>Immutable, null-hostile and thread-safe. Iteration orders are deterministic: the order of the
 * rows that first named each.
 *
 * <pre>{@code
 * TableImport elements = Tables.readElements(Path.of("elements.csv"), TableMapping.defaults());
 * TableMapping known = TableMapping.builder().elements(elements.elements()).build();
 * TableImport relations = Tables.readRelations(Path.of("relations.csv"), known);
 * TableImport survey = Tables.readSurvey(Path.of("answers.csv"), known);
 * ServiceEcosystem.Builder builder = ServiceEcosystem.builder();
 * elements.addTo(builder);
 * relations.addTo(builder);
 * survey.addTo(builder);
 * ServiceEcosystem ecosystem = builder.build();
 * }</pre>
 */
public final class TableImport {

  private final ImmutableList<Element> elements;
  private final ImmutableList<Relation> relations;
  private final ImmutableMap<Perspective, Profile> perspectives;
  private final ImportReport report;

  TableImport(List<Element> elements, List<Relation> relations,
      Map<Perspective, Profile> perspectives, ImportReport report) {
    this.elements = ImmutableList.copyOf(elements);
    this.relations = ImmutableList.copyOf(relations);
    this.perspectives = ImmutableMap.copyOf(perspectives);
    this.report = requireNonNull(report, "report");
  }

  /**
   * {@return the elements: those of an elements table, or those that the relations or perspectives
   * name (known ones from the mapping, and the actors a survey made of ids it did not know), each
   * once}
   */
  public List<Element> elements() {
    return elements;
  }

  /** {@return the relations of a relations table; empty for other tables} */
  public List<Relation> relations() {
    return relations;
  }

  /** {@return the profiles of a survey, by perspective; empty for other tables} */
  public Map<Perspective, Profile> perspectives() {
    return perspectives;
  }

  /** {@return what was read, imported and skipped, per reason} */
  public ImportReport report() {
    return report;
  }

  /**
   * Adds the elements, relations and perspectives to {@code builder}. An element equal to one the
   * builder has already changes nothing; one that clashes with it, by id, is a problem the builder's
   * {@code build()} reports.
   *
   * @param builder the builder
   * @return {@code builder}
   */
  @CanIgnoreReturnValue
  public ServiceEcosystem.Builder addTo(ServiceEcosystem.Builder builder) {
    requireNonNull(builder, "builder");
    builder.add(elements);
    builder.relateAll(relations);
    for (Map.Entry<Perspective, Profile> e : perspectives.entrySet()) {
      Perspective p = e.getKey();
      builder.perspective(p.holder(), p.subject(), p.aspect(), e.getValue());
    }
    return builder;
  }

  /**
   * {@return a service ecosystem of just this table's elements, relations and perspectives}
   *
   * @throws org.attune.ecosystem.EcosystemException if the ecosystem's checks fail
   */
  public ServiceEcosystem toEcosystem() {
    return addTo(ServiceEcosystem.builder()).build();
  }

  @Override
  public String toString() {
    return "TableImport[" + elements.size() + " elements, " + relations.size() + " relations, "
        + perspectives.size() + " perspectives, from " + report.source() + "]";
  }
}
