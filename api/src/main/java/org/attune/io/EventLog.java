package org.attune.io;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.Actor;
import org.attune.model.Element;
import org.attune.model.Episode;
import org.attune.model.Journey;
import org.attune.model.RelationType;
import org.attune.model.Touchpoint;
import org.attune.model.ValueProposition;

/**
 * An imported event log: its journeys, the elements they name, the mapping that made them and the
 * {@link ImportReport} that accounts for what was not imported.
 *
 * <p>Everything a service ecosystem needs is here: the {@linkplain #customers() customers}, the
 * {@linkplain #provider() provider} and the {@linkplain #resources() actors on its side}, the
 * {@linkplain #touchpoints() touchpoints}, the {@linkplain #propositions() value propositions}, and
 * the {@linkplain #episodes() episodes} that relate them. Each distinct one is one object, shared by
 * every episode that names it.
 *
 * <p>Immutable, null-hostile and thread-safe. Iteration orders are deterministic: journeys in the
 * order of their traces in the log (for CSV: of each case's first row), elements in the order first
 * met.
 *
 * <pre>{@code
 * EventLog log = EventLogs.readXes(path, LogMapping.defaults());
 * log.report().tracesImported();
 * DirectlyFollowsGraph dfg = DirectlyFollowsGraph.of(log.journeys());
 * }</pre>
 */
public final class EventLog {

  private final ImmutableList<Journey> journeys;
  private final ImmutableSet<Actor> customers;
  private final ImmutableSet<Touchpoint> touchpoints;
  private final ImmutableSet<Actor> resources;
  private final ImmutableSet<ValueProposition> propositions;
  private final LogMapping mapping;
  private final ImportReport report;

  EventLog(
      List<Journey> journeys,
      Collection<Actor> customers,
      Collection<Touchpoint> touchpoints,
      Collection<Actor> resources,
      Collection<ValueProposition> propositions,
      LogMapping mapping,
      ImportReport report) {
    this.journeys = ImmutableList.copyOf(journeys);
    this.customers = ImmutableSet.copyOf(customers);
    this.touchpoints = ImmutableSet.copyOf(touchpoints);
    this.resources = ImmutableSet.copyOf(resources);
    this.propositions = ImmutableSet.copyOf(propositions);
    this.mapping = requireNonNull(mapping, "mapping");
    this.report = requireNonNull(report, "report");
  }

  /**
   * {@return this log as a service ecosystem}: the {@link #provider()}, every customer, resource
   * (member of staff), touchpoint and value proposition; the provider OFFERS each proposition,
   * OPERATES each touchpoint and SERVES each customer; each resource is MEMBER_OF the provider; every
   * episode is carried over as it is. The customer's own logic and the value-in-use are not in an
   * event log, so the ecosystem has none: add them with {@link ServiceEcosystem#toBuilder()}.
   *
   * @throws org.attune.ecosystem.EcosystemException if ids clash across kinds (see {@link
   *     #idClashes()}; {@link LogMapping} can prefix the ids of each kind)
   */
  public ServiceEcosystem toEcosystem() {
    Actor provider = provider();
    ServiceEcosystem.Builder builder = ServiceEcosystem.builder().add(provider);
    builder.add(customers).add(resources).add(touchpoints).add(propositions);
    for (ValueProposition proposition : propositions) {
      builder.relate(provider, RelationType.OFFERS, proposition);
    }
    for (Touchpoint touchpoint : touchpoints) {
      builder.relate(provider, RelationType.OPERATES, touchpoint);
    }
    for (Actor customer : customers) {
      if (!customer.equals(provider)) {
        builder.relate(provider, RelationType.SERVES, customer);
      }
    }
    for (Actor resource : resources) {
      if (!resource.equals(provider)) {
        builder.relate(resource, RelationType.MEMBER_OF, provider);
      }
    }
    for (Journey journey : journeys) {
      builder.episodes(journey.episodes());
    }
    return builder.build();
  }

  /** {@return the journeys, one per imported trace (for CSV: per case id), in log order} */
  public List<Journey> journeys() {
    return journeys;
  }

  /**
   * {@return every episode of every journey, journey by journey, each in time order}; a new list on
   * each call, sharing the episodes
   */
  public List<Episode> episodes() {
    ImmutableList.Builder<Episode> all =
        ImmutableList.builderWithExpectedSize((int) Math.min(Integer.MAX_VALUE,
            report.eventsImported()));
    for (Journey j : journeys) {
      all.addAll(j.episodes());
    }
    return all.build();
  }

  /** {@return the customers of the journeys (individuals), in the order first met} */
  public Set<Actor> customers() {
    return customers;
  }

  /** {@return the touchpoints, one per distinct activity imported, in the order first met} */
  public Set<Touchpoint> touchpoints() {
    return touchpoints;
  }

  /**
   * {@return the actors on the provider's side (individuals, from the resource attribute) that
   * episodes name as counterparts, in the order first met}
   */
  public Set<Actor> resources() {
    return resources;
  }

  /** {@return the value propositions (from the product attribute), in the order first met} */
  public Set<ValueProposition> propositions() {
    return propositions;
  }

  /** {@return the provider: the organisation whose log it is, from the mapping} */
  public Actor provider() {
    return mapping.provider();
  }

  /** {@return the mapping the log was imported with} */
  public LogMapping mapping() {
    return mapping;
  }

  /** {@return what was read, imported and skipped, per reason} */
  public ImportReport report() {
    return report;
  }

  /**
   * {@return the ids used by more than one element of this log (customers, touchpoints, resources,
   * propositions and the provider), sorted}; within a service ecosystem ids must be unique across
   * kinds, so a clash asks for {@linkplain LogMapping.Builder#idPrefixes id prefixes}
   */
  public Set<String> idClashes() {
    Map<String, Element> seen = new HashMap<>();
    ImmutableSortedSet.Builder<String> clashes = ImmutableSortedSet.naturalOrder();
    Iterable<? extends Element> provider = List.of(mapping.provider());
    for (Iterable<? extends Element> kind :
        List.<Iterable<? extends Element>>of(provider, customers, touchpoints, resources,
            propositions)) {
      for (Element e : kind) {
        Element before = seen.putIfAbsent(e.id(), e);
        if (before != null && !before.equals(e)) {
          clashes.add(e.id());
        }
      }
    }
    return clashes.build();
  }

  @Override
  public String toString() {
    return "EventLog["
        + journeys.size()
        + " journeys, "
        + report.eventsImported()
        + " episodes, "
        + customers.size()
        + " customers, "
        + touchpoints.size()
        + " touchpoints, "
        + resources.size()
        + " resources, "
        + propositions.size()
        + " propositions, from "
        + report.source()
        + "]";
  }
}
