package org.attune.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.attune.ecosystem.Direction;
import org.attune.ecosystem.EcosystemException;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.Activity;
import org.attune.model.Actor;
import org.attune.model.ActorType;
import org.attune.model.Dimension;
import org.attune.model.Element;
import org.attune.model.ElementKind;
import org.attune.model.Emotion;
import org.attune.model.Episode;
import org.attune.model.Ids;
import org.attune.model.Initiative;
import org.attune.model.Institution;
import org.attune.model.InstitutionKind;
import org.attune.model.JourneyStage;
import org.attune.model.Perspective;
import org.attune.model.Profile;
import org.attune.model.Relation;
import org.attune.model.RelationType;
import org.attune.model.Resource;
import org.attune.model.Sphere;
import org.attune.model.Touchpoint;
import org.attune.model.TouchpointOwnership;
import org.attune.model.ValueInUse;
import org.attune.model.ValueProposition;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes {@link ServiceEcosystem.Builder} with any sequence of operations (add, relate, perspective,
 * value-in-use, episode, build, toBuilder) over a few ids, so that ids clash, relations repeat and
 * relation types collide. Every build gives an ecosystem that holds what was added, or the documented
 * {@link EcosystemException}; the model's factories refuse bad arguments only with the documented
 * {@link IllegalArgumentException}. The same sequence built twice, and built in another order, gives
 * equal ecosystems with equal hash codes, or fails both times.
 *
 * <p>Every build replays the corpus in {@code EcosystemBuilderFuzzTestInputs}; {@code
 * docs/QUALITY.md} says how to fuzz for longer.
 */
class EcosystemBuilderFuzzTest {

  /** Operations per input, so that a run is bounded. */
  private static final int MAX_OPERATIONS = 64;

  private static final String[] IDS = {"a", "b", "c", "d", "e", "f", "g", "h"};

  private static final Instant[] TIMES = {
    Instant.EPOCH, Instant.parse("0001-01-01T00:00:00Z"), Instant.parse("2024-05-01T10:00:00Z"),
    Instant.MIN, Instant.MAX
  };

  private static final String[] TYPE_NAMES = {"SERVES", "CARES_FOR", "USES"};

  @BeforeAll
  static void requireInstrumentationWhenFuzzing() {
    FuzzingMode.requireInstrumentationWhenFuzzing();
  }

  @FuzzTest(maxDuration = "30s")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void any_sequence_of_operations_gives_an_ecosystem_or_an_ecosystem_exception(
      FuzzedDataProvider data) {
    Sequence sequence = new Sequence();
    ServiceEcosystem.Builder builder = ServiceEcosystem.builder();
    ServiceEcosystem last = null;
    for (int n = 0; n < MAX_OPERATIONS && data.remainingBytes() > 0; n++) {
      int op = data.consumeInt(0, 9);
      try {
        switch (op) {
          case 0 -> sequence.add(List.of(element(data, sequence)));
          case 1 -> {
            List<Element> some = new ArrayList<>();
            for (int i = data.consumeInt(0, 3); i > 0; i--) {
              some.add(element(data, sequence));
            }
            sequence.add(some);
          }
          case 2, 3 -> {
            Element source = element(data, sequence);
            RelationType type = type(data);
            Element target = element(data, sequence);
            Relation relation = op == 2
                ? Relation.of(source, type, target)
                : Relation.of(source, type, target, strength(data));
            sequence.relate(relation);
          }
          case 4 -> {
            Actor holder = actor(data, sequence);
            Actor subject = data.consumeBoolean() ? holder : actor(data, sequence);
            Profile profile = profile(data);
            sequence.perspective(holder, subject, profile);
          }
          case 5 -> {
            Actor beneficiary = actor(data, sequence);
            ValueInUse value = ValueInUse.of(beneficiary, Sphere.values()[data.consumeInt(0, 2)],
                signed(data), actor(data, sequence));
            if (data.consumeBoolean()) {
              String id = id(data);
              value = value.in(made(id, "activity", () -> Activity.of(id, "activity")));
            }
            sequence.valueInUse(value);
          }
          case 6 -> {
            sequence.episode(episode(data, sequence));
          }
          case 7 -> {
            // a builder can be reused after build()
            sequence.applyTo(builder);
            last = build(builder, sequence);
          }
          default -> {
            if (last != null) {
              ServiceEcosystem again = last.toBuilder().build();
              assertThat(again).isEqualTo(last).hasSameHashCodeAs(last);
            }
          }
        }
      } catch (IllegalArgumentException e) {
        if (op >= 7) {
          throw e; // build() may throw only EcosystemException, and the queries nothing
        }
        // documented: a factory of the model refused its arguments, naming the field
        assertThat(e).isNotInstanceOf(EcosystemException.class);
        assertThat(e.getMessage()).isNotBlank();
      }
    }
    ServiceEcosystem first = build(sequence.builder(), sequence);
    ServiceEcosystem second = build(sequence.builder(), sequence);
    ServiceEcosystem reordered = build(sequence.reorderedBuilder(), sequence);
    assertThat(second == null).isEqualTo(first == null);
    assertThat(reordered == null).as("one order builds, the other fails").isEqualTo(first == null);
    if (first != null) {
      assertThat(second).isEqualTo(first).hasSameHashCodeAs(first);
      assertThat(reordered).isEqualTo(first).hasSameHashCodeAs(first);
      assertThat(first).isEqualTo(second);
    }
  }

  /** {@return the ecosystem the builder builds, checked against the sequence; null if refused} */
  private static @Nullable ServiceEcosystem build(
      ServiceEcosystem.Builder builder, Sequence sequence) {
    ServiceEcosystem eco;
    try {
      eco = builder.build();
    } catch (EcosystemException e) {
      assertThat(e.problems()).isNotEmpty();
      assertThat(e.getMessage()).isNotBlank();
      assertNoName(e, sequence);
      return null;
    }
    check(eco, sequence);
    return eco;
  }

  /**
   * Checks that the exception names elements by id only: no name of the form {@code "Name " + id}
   * (personal data for an actor) is in its message or its problems.
   */
  private static void assertNoName(EcosystemException e, Sequence sequence) {
    for (String name : privateNames(sequence)) {
      assertThat(e.getMessage()).as("the message names an element by its name").doesNotContain(name);
      assertThat(e.problems()).noneMatch(p -> p.contains(name));
    }
  }

  /** {@return the names of the form {@code "Name " + id} that no id holds} */
  private static List<String> privateNames(Sequence sequence) {
    return sequence.made.stream()
        .map(Element::name)
        .filter(name -> name.startsWith("Name "))
        .filter(name -> sequence.made.stream().noneMatch(other -> other.id().contains(name)))
        .distinct()
        .toList();
  }

  private static void check(ServiceEcosystem eco, Sequence sequence) {
    Map<String, Element> byId = new LinkedHashMap<>();
    sequence.added.forEach(e -> byId.putIfAbsent(e.id(), e));
    assertThat(eco.elements()).containsExactlyInAnyOrderElementsOf(byId.values());
    assertThat(eco.elementCount()).isEqualTo(byId.size());
    assertThat(eco.relationCount()).isEqualTo(sequence.related.size());
    for (Relation r : sequence.related) {
      assertThat(eco.contains(r)).as("contains %s", r).isTrue();
      assertThat(eco.relation(r.source(), r.type(), r.target())).contains(r);
    }
    int outgoing = 0;
    int incoming = 0;
    for (Element e : eco.elements()) {
      assertThat(eco.contains(e)).isTrue();
      assertThat(eco.element(e.id())).contains(e);
      outgoing += eco.relations(e, Direction.OUTGOING).size();
      incoming += eco.relations(e, Direction.INCOMING).size();
      assertThat(eco.neighbours(e, Direction.BOTH)).isSubsetOf(eco.elements());
    }
    assertThat(outgoing).isEqualTo(eco.relationCount());
    assertThat(incoming).isEqualTo(eco.relationCount());
    assertThat(eco.graph().vertexSet()).hasSize(eco.elementCount());
    assertThat(eco.graph().edgeSet()).hasSize(eco.relationCount());
    assertThat(eco.perspectives()).isEqualTo(sequence.perspectives);
    assertThat(eco.valueInUse()).hasSize(sequence.values);
    assertThat(eco.episodes()).hasSize(sequence.episodes);
    for (Actor actor : eco.actors()) {
      assertThat(eco.ownLogic(actor))
          .isEqualTo(Optional.ofNullable(sequence.perspectives.get(Perspective.own(actor))));
      for (int radius = 0; radius <= 2; radius++) {
        ServiceEcosystem around = eco.around(actor, radius);
        assertThat(around.contains(actor)).isTrue();
        assertThat(around.elements()).isSubsetOf(eco.elements());
        assertThat(around.relations()).isSubsetOf(eco.relations());
      }
      assertThat(eco.influence(actor)).allSatisfy(i -> assertThat(eco.contains(i.actor())).isTrue());
    }
    assertThat(eco.toString()).isNotBlank();
    for (String name : privateNames(sequence)) {
      assertThat(eco.toString()).doesNotContain(name);
      assertThat(eco.elements()).allSatisfy(e -> assertThat(e.toString()).doesNotContain(name));
    }
  }

  private static String id(FuzzedDataProvider data) {
    return data.consumeInt(0, 15) == 0 ? data.consumeString(6) : IDS[data.consumeInt(0, IDS.length - 1)];
  }

  /** {@return an element made before (mostly), or a new one} */
  private static Element element(FuzzedDataProvider data, Sequence sequence) {
    if (!sequence.made.isEmpty() && data.consumeInt(0, 3) > 0) {
      return sequence.made.get(data.consumeInt(0, sequence.made.size() - 1));
    }
    String id = id(data);
    String name = switch (data.consumeInt(0, 3)) {
      case 0 -> "Name " + id;
      case 2 -> data.consumeString(6); // any name: blank, with line breaks, with controls
      default -> id;
    };
    int kind = data.consumeInt(0, 8);
    Element e = made(id, name, () -> switch (kind) {
      case 0 -> Actor.individual(id, name);
      case 1 -> Actor.collective(id, name);
      case 2 -> Actor.organisation(id, name);
      case 3 -> Touchpoint.of(id, name, TouchpointOwnership.values()[data.consumeInt(0, 3)],
          JourneyStage.values()[data.consumeInt(0, JourneyStage.values().length - 1)]);
      case 4 -> Resource.operant(id, name);
      case 5 -> Resource.operand(id, name);
      case 6 -> Activity.of(id, name);
      case 7 -> ValueProposition.of(id, name);
      default -> Institution.of(id, name,
          InstitutionKind.values()[data.consumeInt(0, InstitutionKind.values().length - 1)]);
    });
    sequence.made.add(e);
    return e;
  }

  /**
   * {@return the element {@code factory} makes of {@code id} and {@code name}}, checked against the
   * documented rules of ids and names ({@link Ids}): the factory must refuse them, with an {@link
   * IllegalArgumentException} naming the field and the rule, exactly when they break a rule.
   */
  private static <E extends Element> E made(String id, String name, Supplier<E> factory) {
    String rule = violated(id, name);
    E element;
    try {
      element = factory.get();
    } catch (IllegalArgumentException e) {
      assertThat(rule)
          .as("refused id %s and name %s: %s", Ids.quote(id), Ids.quote(name), e.getMessage())
          .isNotNull();
      assertThat(e.getMessage()).startsWith(rule);
      throw e;
    }
    assertThat(rule).as("accepted id %s and name %s", Ids.quote(id), Ids.quote(name)).isNull();
    assertThat(element.id()).isEqualTo(id);
    return element;
  }

  /**
   * {@return how the refusal of {@code id} and {@code name} starts, or null if both are valid}: an
   * id must be non-blank and free of control characters ({@link Ids#isValid}); a name must be
   * non-blank and free of control characters but the tab and the line breaks (line feed, carriage
   * return, U+2028 and U+2029). The id is checked first.
   */
  private static @Nullable String violated(String id, String name) {
    if (Ids.isBlank(id)) {
      return "id must be a non-blank string, but was ";
    }
    if (Ids.indexOfControl(id) >= 0) {
      return "id must be free of control characters, but was ";
    }
    if (Ids.isBlank(name)) {
      return "name must be a non-blank string, but was ";
    }
    if (name.chars().anyMatch(c -> Ids.isControl(c) && "\t\n\r\u2028\u2029".indexOf(c) < 0)) {
      return "name must be free of control characters other than the tab and the line breaks, but held ";
    }
    return null;
  }

  private static Actor actor(FuzzedDataProvider data, Sequence sequence) {
    for (int i = 0; i < 2; i++) {
      if (element(data, sequence) instanceof Actor a) {
        return a;
      }
    }
    String id = id(data);
    ActorType type = ActorType.values()[data.consumeInt(0, 2)];
    Actor a = made(id, "Name " + id, () -> new Actor(id, "Name " + id, type));
    sequence.made.add(a);
    return a;
  }

  private static Touchpoint touchpoint(FuzzedDataProvider data, Sequence sequence) {
    if (element(data, sequence) instanceof Touchpoint t) {
      return t;
    }
    String id = id(data);
    Touchpoint t = made(id, "touchpoint", () -> Touchpoint.of(id, "touchpoint",
        TouchpointOwnership.BRAND_OWNED, JourneyStage.PURCHASE));
    sequence.made.add(t);
    return t;
  }

  private static RelationType type(FuzzedDataProvider data) {
    if (data.consumeInt(0, 3) > 0) {
      List<RelationType> builtIns = RelationType.builtIns();
      return builtIns.get(data.consumeInt(0, builtIns.size() - 1));
    }
    return RelationType.of(TYPE_NAMES[data.consumeInt(0, TYPE_NAMES.length - 1)], kinds(data),
        kinds(data));
  }

  private static Set<ElementKind> kinds(FuzzedDataProvider data) {
    Set<ElementKind> kinds = EnumSet.noneOf(ElementKind.class);
    int bits = data.consumeInt(0, 31);
    for (ElementKind k : ElementKind.values()) {
      if ((bits & (1 << k.ordinal())) != 0) {
        kinds.add(k);
      }
    }
    return kinds;
  }

  private static double strength(FuzzedDataProvider data) {
    return data.consumeBoolean() ? data.consumeDouble() : data.consumeProbabilityDouble();
  }

  /** {@return mostly a number in [-1, 1], sometimes any double} */
  private static double signed(FuzzedDataProvider data) {
    return data.consumeInt(0, 7) == 0
        ? data.consumeDouble()
        : data.consumeProbabilityDouble() * 2 - 1;
  }

  private static Profile profile(FuzzedDataProvider data) {
    Profile.Builder b = Profile.builder();
    int size = data.consumeInt(1, 3);
    for (int i = 0; i < size; i++) {
      List<Dimension> dims = Dimension.defaults();
      b.level(dims.get(data.consumeInt(0, dims.size() - 1)), data.consumeProbabilityDouble(),
          data.consumeInt(0, 3));
    }
    return b.build();
  }

  private static Episode episode(FuzzedDataProvider data, Sequence sequence) {
    Actor customer = actor(data, sequence);
    Touchpoint touchpoint = touchpoint(data, sequence);
    Instant time = data.consumeBoolean()
        ? TIMES[data.consumeInt(0, TIMES.length - 1)]
        : Instant.ofEpochSecond(data.consumeLong(-62_135_596_800L, 253_402_300_799L));
    Episode.Builder b = Episode.builder(customer, touchpoint, time);
    if (data.consumeBoolean()) {
      b.customerEmotion(Emotion.of(signed(data), signed(data), signed(data)));
    }
    if (data.consumeBoolean()) {
      b.counterpart(actor(data, sequence));
    }
    if (data.consumeBoolean()) {
      Element p = element(data, sequence);
      if (p instanceof ValueProposition vp) {
        b.proposition(vp);
      }
    }
    b.initiative(Initiative.values()[data.consumeInt(0, Initiative.values().length - 1)]);
    b.acknowledged(data.consumeBoolean());
    return b.build();
  }

  /** The operations accepted so far, and what they add up to. */
  private static final class Sequence {
    /** Every element made, added or not, to pick from. */
    final List<Element> made = new ArrayList<>();
    /** Every element added, in order. */
    final List<Element> added = new ArrayList<>();
    final Set<Relation> related = new LinkedHashSet<>();
    final Map<Perspective, Profile> perspectives = new LinkedHashMap<>();
    int values;
    int episodes;
    private final List<Consumer<ServiceEcosystem.Builder>> operations = new ArrayList<>();
    private final List<Boolean> isPerspective = new ArrayList<>();
    private int applied;

    void add(List<Element> elements) {
      added.addAll(elements);
      operation(false, b -> b.add(elements));
    }

    void relate(Relation relation) {
      related.add(relation);
      operation(false, b -> b.relate(relation));
    }

    void perspective(Actor holder, Actor subject, Profile profile) {
      perspectives.put(Perspective.of(holder, subject), profile);
      operation(true, b -> b.perspective(holder, subject, profile));
    }

    void valueInUse(ValueInUse value) {
      values++;
      operation(false, b -> b.valueInUse(value));
    }

    void episode(Episode episode) {
      episodes++;
      operation(false, b -> b.episode(episode));
    }

    private void operation(boolean perspective, Consumer<ServiceEcosystem.Builder> operation) {
      operations.add(operation);
      isPerspective.add(perspective);
    }

    /** Applies the operations not yet applied to {@code builder}. */
    void applyTo(ServiceEcosystem.Builder builder) {
      for (; applied < operations.size(); applied++) {
        operations.get(applied).accept(builder);
      }
    }

    ServiceEcosystem.Builder builder() {
      ServiceEcosystem.Builder b = ServiceEcosystem.builder();
      operations.forEach(o -> o.accept(b));
      return b;
    }

    /** Every operation but the perspectives in reverse order, then the perspectives in order. */
    ServiceEcosystem.Builder reorderedBuilder() {
      ServiceEcosystem.Builder b = ServiceEcosystem.builder();
      for (int i = operations.size() - 1; i >= 0; i--) {
        if (!isPerspective.get(i)) {
          operations.get(i).accept(b);
        }
      }
      for (int i = 0; i < operations.size(); i++) {
        if (isPerspective.get(i)) {
          operations.get(i).accept(b);
        }
      }
      return b;
    }
  }
}
