package org.attune.exchange;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.Multiset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attune.ecosystem.Direction;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.Actor;
import org.attune.model.Element;
import org.attune.model.Episode;
import org.attune.model.Mood;
import org.attune.model.Perspective;
import org.attune.model.Profile;
import org.attune.model.Relation;
import org.attune.model.RelationType;
import org.attune.model.ValueInUse;
import tools.jackson.core.JsonGenerator;

/**
 * The changes from one version of an ecosystem to the next, as edits of its builder ({@link
 * ServiceEcosystem#toBuilder()}): the elements removed (each with everything that names it) and
 * added, the relations unrelated, re-weighted and related, the perspectives removed and set, the
 * value-in-use, episodes and moods removed and added. Applied in that order to the earlier version,
 * they give a version equal to the later one.
 *
 * <p>The API does not expose what a version changed (its delta is internal), so the changes are
 * found by comparing the two versions: time in proportion to their size, with hash lookups, and
 * memory in proportion to the changes (plus each version's whole lists of perspectives,
 * value-in-use, episodes and moods, which the ecosystem makes on first use and keeps).
 *
 * <p>Immutable once made; not for use outside this package.
 */
final class Changes {

  final List<RelationType> declared = new ArrayList<>();
  final List<Element> removedElements = new ArrayList<>();
  final List<Element> addedElements = new ArrayList<>();
  final List<Relation> unrelated = new ArrayList<>();
  final List<Relation> reweighted = new ArrayList<>();
  final List<Relation> related = new ArrayList<>();
  final List<Perspective> removedPerspectives = new ArrayList<>();
  final List<Map.Entry<Perspective, Profile>> setPerspectives = new ArrayList<>();
  final List<ValueInUse> removedValueInUse = new ArrayList<>();
  final List<ValueInUse> addedValueInUse = new ArrayList<>();
  final List<Episode> removedEpisodes = new ArrayList<>();
  final List<Episode> addedEpisodes = new ArrayList<>();
  final List<Mood> removedMoods = new ArrayList<>();
  final List<Mood> addedMoods = new ArrayList<>();

  private Changes() {}

  /**
   * {@return the changes from {@code a} to {@code b}}; the relation types of {@code b} that differ
   * from those in force are declared and put in force
   *
   * @param inForce the relation types in force by name, updated
   * @param instant the instant of {@code b}, for the message
   * @throws IllegalArgumentException if a relation type changes its definition from {@code a} to
   *     {@code b} while {@code a} uses it, which the format does not carry
   */
  static Changes between(ServiceEcosystem a, ServiceEcosystem b,
      Map<String, RelationType> inForce, Instant instant) {
    Changes c = new Changes();
    for (RelationType t : b.relationTypes()) {
      RelationType known = inForce.get(t.name());
      if (!t.equals(known)) {
        for (RelationType used : a.relationTypes()) {
          if (used.name().equals(t.name())) {
            throw new IllegalArgumentException("relation type " + t.name()
                + " changes its definition in the version at " + instant + " from " + used
                .sources() + " -> " + used.targets() + " flowing " + used.flow() + " to "
                + t.sources() + " -> " + t.targets() + " flowing " + t.flow()
                + "; the history format carries one definition of a type in use");
          }
        }
        c.declared.add(t);
        inForce.put(t.name(), t);
      }
    }
    Set<Element> removed = new HashSet<>();
    for (Element e : a.elements()) {
      if (!b.contains(e)) {
        removed.add(e);
        c.removedElements.add(e);
      }
    }
    for (Element e : b.elements()) {
      if (!a.contains(e)) {
        c.addedElements.add(e);
      }
    }
    for (Element e : b.elements()) {
      for (Relation r : b.relations(e, Direction.OUTGOING)) {
        Optional<Relation> old = a.relation(r.source(), r.type(), r.target());
        if (old.isEmpty()) {
          c.related.add(r);
        } else if (!old.get().equals(r)) {
          c.reweighted.add(r);
        }
      }
    }
    for (Element e : a.elements()) {
      if (!removed.contains(e)) {
        for (Relation r : a.relations(e, Direction.OUTGOING)) {
          if (!removed.contains(r.target())
              && b.relation(r.source(), r.type(), r.target()).isEmpty()) {
            c.unrelated.add(r);
          }
        }
      }
    }
    Map<Perspective, Profile> pa = a.perspectives();
    Map<Perspective, Profile> pb = b.perspectives();
    for (Perspective p : pa.keySet()) {
      if (!removed.contains(p.holder()) && !removed.contains(p.subject()) && !pb.containsKey(p)) {
        c.removedPerspectives.add(p);
      }
    }
    for (Map.Entry<Perspective, Profile> e : pb.entrySet()) {
      Profile before = pa.get(e.getKey());
      if (before == null || !e.getValue().equals(before)) {
        c.setPerspectives.add(e);
      }
    }
    difference(a.valueInUse(), b.valueInUse(), v -> names(v, removed),
        c.removedValueInUse, c.addedValueInUse);
    difference(a.episodes(), b.episodes(), e -> names(e, removed),
        c.removedEpisodes, c.addedEpisodes);
    difference(a.moods(), b.moods(), m -> removed.contains(m.actor()),
        c.removedMoods, c.addedMoods);
    return c;
  }

  /**
   * Puts in {@code removals} what {@code before} holds more often than {@code after} (leaving out
   * what a removed element takes with it), and in {@code additions} what {@code after} holds more
   * often than {@code before}, in the order of {@code after}.
   */
  private static <T> void difference(List<T> before, List<T> after,
      java.util.function.Predicate<T> goesWithAnElement, List<T> removals, List<T> additions) {
    Multiset<T> kept = HashMultiset.create();
    for (T t : before) {
      if (!goesWithAnElement.test(t)) {
        kept.add(t);
      }
    }
    Multiset<T> now = HashMultiset.create(after);
    for (T t : before) {
      if (kept.contains(t) && kept.count(t) > now.count(t)) {
        kept.remove(t);
        removals.add(t);
      }
    }
    for (T t : after) {
      if (!kept.remove(t)) {
        additions.add(t);
      }
    }
  }

  private static boolean names(ValueInUse v, Set<Element> removed) {
    for (Actor a : v.contributors()) {
      if (removed.contains(a)) {
        return true;
      }
    }
    return removed.contains(v.beneficiary())
        || (v.activity().isPresent() && removed.contains(v.activity().get()));
  }

  private static boolean names(Episode e, Set<Element> removed) {
    return removed.contains(e.customer()) || removed.contains(e.touchpoint())
        || (e.counterpart().isPresent() && removed.contains(e.counterpart().get()))
        || (e.proposition().isPresent() && removed.contains(e.proposition().get()));
  }

  /** Writes these changes as the sections of the object being written, the empty ones left out. */
  void write(JsonGenerator g) {
    if (!declared.isEmpty()) {
      g.writeName("relationTypes");
      g.writeStartArray();
      declared.forEach(t -> ItemWriter.relationType(g, t));
      g.writeEndArray();
    }
    if (!removedElements.isEmpty()) {
      g.writeName("removeElements");
      g.writeStartArray();
      removedElements.forEach(e -> g.writeString(e.id()));
      g.writeEndArray();
    }
    section(g, "addElements", addedElements, e -> ItemWriter.element(g, e));
    section(g, "unrelate", unrelated, r -> ItemWriter.relation(g, r, false));
    section(g, "reweight", reweighted, r -> ItemWriter.reweight(g, r));
    section(g, "relate", related, r -> ItemWriter.relation(g, r, true));
    section(g, "removePerspectives", removedPerspectives, p -> {
      g.writeStartObject();
      ItemWriter.perspectiveKey(g, p);
      g.writeEndObject();
    });
    section(g, "perspectives", setPerspectives,
        e -> ItemWriter.perspective(g, e.getKey(), e.getValue()));
    section(g, "removeValueInUse", removedValueInUse, v -> ItemWriter.valueInUse(g, v));
    section(g, "valueInUse", addedValueInUse, v -> ItemWriter.valueInUse(g, v));
    section(g, "removeEpisodes", removedEpisodes, e -> ItemWriter.episode(g, e));
    section(g, "episodes", addedEpisodes, e -> ItemWriter.episode(g, e));
    section(g, "removeMoods", removedMoods, m -> ItemWriter.mood(g, m));
    section(g, "moods", addedMoods, m -> ItemWriter.mood(g, m));
  }

  private static <T> void section(JsonGenerator g, String name, List<T> items,
      java.util.function.Consumer<T> write) {
    if (!items.isEmpty()) {
      g.writeName(name);
      g.writeStartArray();
      items.forEach(write);
      g.writeEndArray();
    }
  }
}
