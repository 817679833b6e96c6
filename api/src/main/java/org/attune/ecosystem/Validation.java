package org.attune.ecosystem;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.attune.model.Actor;
import org.attune.model.Element;
import org.attune.model.Episode;
import org.attune.model.Mood;
import org.attune.model.Perspective;
import org.attune.model.Profile;
import org.attune.model.Relation;
import org.attune.model.RelationType;
import org.attune.model.ValueInUse;

/**
 * The validation of an ecosystem built from scratch: every element, relation, perspective,
 * value-in-use and episode is checked, and every problem is reported at once in one {@link
 * EcosystemException}. A derived version is checked by {@link Edits} instead, which looks at what
 * changed only; both word their problems with the methods here.
 */
final class Validation {

  private Validation() {}

  /**
   * {@return the base of an ecosystem of these parts}
   *
   * @throws EcosystemException listing every problem found
   */
  @SuppressWarnings("ReferenceEquality") // caches by identity: the same object checks the same
  static Base build(
      List<Element> elements,
      List<Relation> relations,
      Map<Perspective, Profile> perspectives,
      List<ValueInUse> valueInUse,
      List<Episode> episodes,
      List<Mood> moods) {
    List<String> problems = new ArrayList<>();
    Map<String, Integer> ids = new HashMap<>(capacity(elements.size()));
    List<Element> unique = new ArrayList<>(elements.size());
    for (Element e : elements) {
      Integer seen = ids.putIfAbsent(e.id(), unique.size());
      if (seen == null) {
        unique.add(e);
      } else if (!unique.get(seen).equals(e)) {
        problems.add(duplicateId(unique.get(seen), e));
      }
    }
    Element[] elementArray = unique.toArray(new Element[0]);

    TreeMap<String, RelationType> types = new TreeMap<>();
    Set<String> typeProblems = new HashSet<>();
    RelationType lastType = null;
    for (Relation r : relations) {
      if (r.type() == lastType) {
        continue; // relations often come grouped by type: the same object was checked just now
      }
      lastType = r.type();
      RelationType known = types.putIfAbsent(r.type().name(), r.type());
      if (known != null && !known.equals(r.type())) {
        String problem = declaredTwice(known, r.type());
        if (typeProblems.add(problem)) {
          problems.add(problem);
        }
      }
    }
    RelationType[] typeArray = types.values().toArray(new RelationType[0]);
    Map<String, Integer> typeByName = new HashMap<>();
    for (int t = 0; t < typeArray.length; t++) {
      typeByName.put(typeArray[t].name(), t);
    }

    Resolver resolver = resolver(ids, elementArray);
    int m = relations.size();
    Relation[] rels = relations.toArray(new Relation[0]);
    int[] sources = new int[m];
    int[] typeIndexes = new int[m];
    int[] targets = new int[m];
    boolean relationsKnown = true;
    // one-entry caches by identity: relations often come grouped by source and by type, and one
    // element object that resolved once resolves to the same index again
    Element lastSource = null;
    int lastSourceIndex = -1;
    Element lastTarget = null;
    int lastTargetIndex = -1;
    RelationType lastRelationType = null;
    int lastTypeIndex = -1;
    for (int i = 0; i < m; i++) {
      Relation r = rels[i];
      Element source = r.source();
      if (source != lastSource) {
        int s = resolver.resolve(source, () -> "relation " + r, "source", problems);
        lastSource = s >= 0 ? source : null;
        lastSourceIndex = s;
      }
      sources[i] = lastSourceIndex;
      Element target = r.target();
      if (target != lastTarget) {
        int t = resolver.resolve(target, () -> "relation " + r, "target", problems);
        lastTarget = t >= 0 ? target : null;
        lastTargetIndex = t;
      }
      targets[i] = lastTargetIndex;
      if (r.type() != lastRelationType) {
        lastRelationType = r.type();
        lastTypeIndex = requireNonNull(typeByName.get(r.type().name()));
      }
      typeIndexes[i] = lastTypeIndex;
      relationsKnown &= sources[i] >= 0 && targets[i] >= 0;
    }
    Topology topology = null;
    if (relationsKnown) {
      topology = new Topology(elementArray, typeArray, rels, sources, typeIndexes, targets);
      duplicateRelations(topology, problems);
    } else {
      // the build fails anyway; still report the duplicates among the relations that resolve
      duplicateRelations(knownOnly(elementArray, typeArray, rels, sources, typeIndexes, targets),
          problems);
    }

    for (Perspective p : perspectives.keySet()) {
      references(p, resolver, problems);
    }
    for (ValueInUse v : valueInUse) {
      references(v, resolver, problems);
    }
    for (Episode e : episodes) {
      references(e, resolver, problems);
    }
    List<Mood> distinctMoods = new ArrayList<>(moods.size());
    Map<String, Map<java.time.Instant, Mood>> moodsSeen = new HashMap<>();
    for (Mood mood : moods) {
      references(mood, resolver, problems);
      Mood known = moodsSeen.computeIfAbsent(mood.actor().id(), id -> new HashMap<>())
          .putIfAbsent(mood.since(), mood);
      if (known == null) {
        distinctMoods.add(mood);
      } else if (!known.equals(mood)) {
        problems.add(twoMoods(known, mood));
      }
    }
    if (!problems.isEmpty() || topology == null) {
      throw new EcosystemException(problems);
    }
    return Base.of(topology, ids, typeByName, perspectives, valueInUse, episodes, distinctMoods);
  }

  /** {@return the initial capacity of a hash map that holds {@code size} entries unresized} */
  static int capacity(int size) {
    return (int) Math.min(1L << 30, (long) Math.ceil(size / 0.75));
  }

  /** {@return the topology of the relations whose source and target both resolved} */
  private static Topology knownOnly(Element[] elements, RelationType[] types, Relation[] rels,
      int[] sources, int[] typeIndexes, int[] targets) {
    int k = 0;
    for (int i = 0; i < rels.length; i++) {
      if (sources[i] >= 0 && targets[i] >= 0) {
        k++;
      }
    }
    Relation[] r = new Relation[k];
    int[] s = new int[k];
    int[] t = new int[k];
    int[] g = new int[k];
    k = 0;
    for (int i = 0; i < rels.length; i++) {
      if (sources[i] >= 0 && targets[i] >= 0) {
        r[k] = rels[i];
        s[k] = sources[i];
        t[k] = typeIndexes[i];
        g[k] = targets[i];
        k++;
      }
    }
    return new Topology(elements, types, r, s, t, g);
  }

  /** Finds the index of an element named by a part, or words the problem if it cannot. */
  @FunctionalInterface
  interface Resolver {
    /**
     * {@return the index of {@code element}, or -1 after adding the problem to {@code problems}}
     *
     * @param element the element named
     * @param owner the part naming it, for the message: made only if there is a problem
     * @param role the role it names the element in, for the message
     * @param problems where the problem goes
     */
    @CanIgnoreReturnValue
    int resolve(Element element, Supplier<String> owner, String role, List<String> problems);
  }

  /** {@return a resolver over ids and the elements they index} */
  static Resolver resolver(Map<String, Integer> ids, Element[] elements) {
    return resolver(id -> {
      Integer i = ids.get(id);
      return i == null ? -1 : i;
    }, i -> elements[i]);
  }

  /** {@return a resolver over a lookup of indexes by id and of elements by index} */
  static Resolver resolver(
      java.util.function.ToIntFunction<String> indexOfId,
      java.util.function.IntFunction<Element> elementAt) {
    return (element, owner, role, problems) -> {
      int i = indexOfId.applyAsInt(element.id());
      if (i < 0) {
        problems.add(owner.get() + " names unknown " + role + " '" + element.id() + "'");
        return -1;
      }
      Element known = elementAt.apply(i);
      if (!known.equals(element)) {
        problems.add(
            owner.get()
                + " names "
                + role
                + " "
                + element
                + ", which differs from the element added under id '"
                + element.id()
                + (known.toString().equals(element.toString())
                    ? "' in its name"
                    : "': " + known));
        return -1;
      }
      return i;
    };
  }

  /**
   * {@return a perspective in words, naming the actors by id, such as {@code perspective of 'alice'
   * on 'clinic'}, with its aspect where it is not the actual one: {@code ideal perspective of
   * 'alice' on 'alice'}}
   */
  static String describe(Perspective p) {
    return (p.isActual() ? "" : p.aspect().label() + " ") + "perspective of '" + p.holder().id()
        + "' on '" + p.subject().id() + "'";
  }

  /** Checks that the holder and the subject of a perspective are here. */
  static void references(Perspective p, Resolver resolver, List<String> problems) {
    Supplier<String> owner = () -> describe(p);
    resolver.resolve(p.holder(), owner, "holder", problems);
    resolver.resolve(p.subject(), owner, "subject", problems);
  }

  /** Checks that every element a value-in-use names is here. */
  static void references(ValueInUse v, Resolver resolver, List<String> problems) {
    Supplier<String> owner = () -> "value-in-use of '" + v.beneficiary().id() + "'";
    for (Actor a : v.contributors()) {
      resolver.resolve(
          a, owner, a.equals(v.beneficiary()) ? "beneficiary" : "contributor", problems);
    }
    v.activity().ifPresent(a -> resolver.resolve(a, owner, "activity", problems));
  }

  /** Checks that every element an episode names is here. */
  static void references(Episode e, Resolver resolver, List<String> problems) {
    Supplier<String> owner = () -> "episode of '" + e.customer().id() + "' at " + e.time();
    resolver.resolve(e.customer(), owner, "customer", problems);
    resolver.resolve(e.touchpoint(), owner, "touchpoint", problems);
    e.counterpart().ifPresent(a -> resolver.resolve(a, owner, "counterpart", problems));
    e.proposition().ifPresent(p -> resolver.resolve(p, owner, "proposition", problems));
  }

  /** Checks that the actor of a mood is here. */
  static void references(Mood m, Resolver resolver, List<String> problems) {
    resolver.resolve(
        m.actor(), () -> "mood of '" + m.actor().id() + "' since " + m.since(), "actor", problems);
  }

  /** {@return the problem of two different moods of one actor from one instant} */
  static String twoMoods(Mood first, Mood second) {
    return "two moods of '" + second.actor().id() + "' since " + second.since() + " ("
        + first.emotion() + " and " + second.emotion()
        + "); an actor has at most one mood from an instant";
  }

  /** {@return the problem of two different elements under one id} */
  static String duplicateId(Element first, Element second) {
    return "duplicate id '"
        + second.id()
        + "': "
        + (first.toString().equals(second.toString())
            ? "two " + second + " that differ in their names share it"
            : first + " and " + second + " share it");
  }

  /** {@return the problem of two relation types of one name} */
  static String declaredTwice(RelationType known, RelationType other) {
    boolean onlyFlow =
        known.sources().equals(other.sources()) && known.targets().equals(other.targets());
    return "relation type "
        + other.name()
        + " is declared twice: "
        + known.sources()
        + " -> "
        + known.targets()
        + (onlyFlow ? " flowing " + known.flow() : "")
        + " and "
        + other.sources()
        + " -> "
        + other.targets()
        + (onlyFlow ? " flowing " + other.flow() : "");
  }

  /** {@return the problem of a second relation of one type between one pair} */
  static String twoRelations(Relation first, Relation second) {
    return "two "
        + second.type().name()
        + " relations from '"
        + second.source().id()
        + "' to '"
        + second.target().id()
        + "' (strengths "
        + first.strength()
        + " and "
        + second.strength()
        + "); at most one relation of a type may join a pair";
  }

  private static void duplicateRelations(Topology topology, List<String> problems) {
    for (int i = 1; i < topology.relationCount(); i++) {
      if (topology.outTargets[i] == topology.outTargets[i - 1]
          && topology.outTypes[i] == topology.outTypes[i - 1]
          && topology.outRelations[i].source().equals(topology.outRelations[i - 1].source())) {
        problems.add(twoRelations(topology.outRelations[i - 1], topology.outRelations[i]));
      }
    }
  }
}
