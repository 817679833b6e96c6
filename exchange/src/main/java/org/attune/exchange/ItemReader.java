package org.attune.exchange;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attune.model.Activity;
import org.attune.model.Actor;
import org.attune.model.ActorType;
import org.attune.model.Aspect;
import org.attune.model.Dimension;
import org.attune.model.EffectFlow;
import org.attune.model.Element;
import org.attune.model.ElementKind;
import org.attune.model.Emotion;
import org.attune.model.Episode;
import org.attune.model.Ids;
import org.attune.model.Initiative;
import org.attune.model.Institution;
import org.attune.model.InstitutionKind;
import org.attune.model.JourneyStage;
import org.attune.model.Mood;
import org.attune.model.PaymentBasis;
import org.attune.model.Perspective;
import org.attune.model.Profile;
import org.attune.model.Relation;
import org.attune.model.RelationType;
import org.attune.model.Resource;
import org.attune.model.ResourceNature;
import org.attune.model.Sphere;
import org.attune.model.Touchpoint;
import org.attune.model.TouchpointOwnership;
import org.attune.model.ValueInUse;
import org.attune.model.ValueProposition;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonToken;

/**
 * Reads the items of the JSON format (elements, relation types, relations, perspectives,
 * value-in-use, episodes, moods) one object at a time, resolving the ids they name in a scope given
 * by the caller. Each method is called with the item's {@code START_OBJECT} as the current token and
 * returns with its {@code END_OBJECT} current. Every problem is an {@link ExchangeFormatException}
 * at the field or the object where it lies.
 *
 * <p>Mutable and not thread-safe: one reader, one document.
 */
final class ItemReader {

  /** An element known by id, and its position in the document (-1 where not needed). */
  record Known(Element element, int index) {}

  /** A relation type in force, and the number it got in this document. */
  record TypeEntry(RelationType type, int index) {}

  /** Where the ids of the items resolve. */
  @FunctionalInterface
  interface Scope {
    /** {@return the element of {@code id}, or null} */
    @Nullable Known get(String id);

    /** {@return the element named by the current string token of {@code in}, or null} */
    default @Nullable Known current(JsonInput in) throws IOException {
      return get(in.currentString());
    }
  }

  /** A perspective read, with its profile (null when only the perspective is named). */
  record PerspectiveItem(Perspective perspective, @Nullable Profile profile) {}

  /** What a relation item may hold. */
  enum RelationMode {
    /** A relation: the strength may be left out (1). */
    RELATE,
    /** A relation to remove: no strength. */
    UNRELATE,
    /** A new strength: the strength is required. */
    REWEIGHT
  }

  private static final Map<String, RelationType> BUILT_INS = new HashMap<>();

  /** From this many dimensions on, a profile's are looked up in a set. */
  private static final int LISTED_SCAN = 16;

  static {
    for (RelationType t : RelationType.builtIns()) {
      BUILT_INS.put(t.name(), t);
    }
  }

  private final JsonInput in;
  private Scope scope;
  private final Map<String, TypeEntry> types = new HashMap<>();
  private final Map<String, Dimension> dimensions = new HashMap<>();
  /** The dimensions of the profile being read, in its order. */
  private Dimension[] profileDimensions = new Dimension[8];
  /** The dimension read at each position of a profile, last. */
  private @Nullable Dimension[] previousDimensions = new Dimension[8];
  private final Set<Dimension> listedSet = new HashSet<>();
  private int typeCount;
  private @Nullable TypeEntry lastTypeEntry;

  /** The indexes of the ends and the type of the relation read last. */
  int lastSource;
  int lastTarget;
  int lastType;

  /** The index of the element resolved last. */
  private int lastIndex;

  ItemReader(JsonInput in, Scope scope) {
    this.in = in;
    this.scope = scope;
  }

  /** Resolves the ids of the items read from here on in {@code scope}. */
  void scope(Scope scope) {
    this.scope = scope;
  }

  /** {@return the relation type of this name in force, or null} */
  @Nullable RelationType type(String name) {
    TypeEntry t = types.get(name);
    return t == null ? BUILT_INS.get(name) : t.type();
  }

  // ------------------------------------------------------------------------------------------
  // relation types

  /**
   * Reads an array of relation type declarations, each in force from here on; the current token is
   * the field naming the array.
   */
  void relationTypes() throws IOException {
    in.startArray("the relation types");
    Set<String> here = new HashSet<>();
    while (in.nextItem("a relation type")) {
      String name = null;
      Set<ElementKind> sources = null;
      Set<ElementKind> targets = null;
      EffectFlow flow = EffectFlow.FORWARD;
      int seen = 0;
      for (String f = in.nextField(); f != null; f = in.nextField()) {
        switch (f) {
          case "name" -> {
            seen = once(seen, 1, f);
            name = in.string("the name of the relation type");
            if (!Ids.isValid(name)) {
              throw in.error("expected the name of the relation type (non-blank, no control"
                  + " characters), found " + Ids.quote(name));
            }
          }
          case "sources" -> {
            seen = once(seen, 2, f);
            sources = kinds("the element kinds it may start at");
          }
          case "targets" -> {
            seen = once(seen, 4, f);
            targets = kinds("the element kinds it may end at");
          }
          case "flow" -> {
            seen = once(seen, 8, f);
            flow = in.constant(EffectFlow.class, "the effect flow");
          }
          default -> throw in.unknownField(f, "one of name, sources, targets, flow");
        }
      }
      if (name == null) {
        throw in.missing("name", "a relation type");
      }
      if (sources == null) {
        throw in.missing("sources", "a relation type");
      }
      if (targets == null) {
        throw in.missing("targets", "a relation type");
      }
      if (!here.add(name)) {
        throw in.error("relation type " + Ids.quote(name) + " is declared twice");
      }
      declare(RelationType.of(name, sources, targets, flow));
    }
  }

  /** Puts {@code type} in force under its name. */
  void declare(RelationType type) {
    types.put(type.name(), new TypeEntry(type, typeCount++));
    lastTypeEntry = null;
  }

  private Set<ElementKind> kinds(String what) throws IOException {
    in.startArray(what);
    Set<ElementKind> kinds = EnumSet.noneOf(ElementKind.class);
    for (String s = in.nextStringItem("an element kind"); s != null;
        s = in.nextStringItem("an element kind")) {
      ElementKind kind = null;
      for (ElementKind k : ElementKind.values()) {
        if (k.name().equals(s)) {
          kind = k;
        }
      }
      if (kind == null) {
        throw in.error("expected an element kind, one of " + JsonInput.names(ElementKind.class)
            + ", found " + Ids.quote(s));
      }
      kinds.add(kind);
    }
    if (kinds.isEmpty()) {
      throw in.error("expected " + what + ": at least one element kind, found none");
    }
    return kinds;
  }

  // ------------------------------------------------------------------------------------------
  // elements

  /** {@return the element of the current object} */
  Element element() throws IOException {
    String f = in.nextField();
    if (!"kind".equals(f)) {
      throw in.error("expected the field \"kind\" first in an element, one of "
          + JsonInput.names(ElementKind.class) + ", found " + in.found());
    }
    ElementKind kind = in.constant(ElementKind.class, "the kind of the element");
    String id = null;
    String name = null;
    Enum<?> detail = null;
    Enum<?> stage = null;
    PaymentBasis basis = PaymentBasis.OWNERSHIP;
    Set<String> risks = Set.of();
    int seen = 0;
    for (f = in.nextField(); f != null; f = in.nextField()) {
      switch (f) {
        case "id" -> {
          seen = once(seen, 1, f);
          id = in.string("the id of the element");
          if (!Ids.isValid(id)) {
            throw in.error("expected the id of the element (non-blank, no control characters),"
                + " found " + Ids.quote(id));
          }
        }
        case "name" -> {
          seen = once(seen, 2, f);
          name = in.string("the name of the element");
        }
        default -> {
          String detailField = detailField(kind);
          if (f.equals(detailField)) {
            seen = once(seen, 4, f);
            detail = in.constant(detailType(kind), "the " + f + " of the " + kind);
          } else if (kind == ElementKind.TOUCHPOINT && f.equals("stage")) {
            seen = once(seen, 8, f);
            stage = in.constant(JourneyStage.class, "the journey stage of the touchpoint");
          } else if (kind == ElementKind.VALUE_PROPOSITION && f.equals("sharedRisks")) {
            seen = once(seen, 16, f);
            risks = risks();
          } else {
            throw in.unknownField(f, "one of " + fieldsOf(kind) + " (the fields of " + kind
                + ")");
          }
        }
      }
    }
    if (id == null) {
      throw in.missing("id", "an element");
    }
    if (name == null) {
      throw in.missing("name", "the element " + Ids.quote(id));
    }
    if (kind == ElementKind.VALUE_PROPOSITION && detail != null) {
      basis = (PaymentBasis) detail;
    } else if (detail == null && kind != ElementKind.ACTIVITY
        && kind != ElementKind.VALUE_PROPOSITION) {
      throw in.missing(String.valueOf(detailField(kind)), "the " + kind + " " + Ids.quote(id));
    }
    if (kind == ElementKind.TOUCHPOINT && stage == null) {
      throw in.missing("stage", "the " + kind + " " + Ids.quote(id));
    }
    try {
      return switch (kind) {
        case ACTOR -> new Actor(id, name, (ActorType) requireNonNull(detail));
        case RESOURCE -> new Resource(id, name, (ResourceNature) requireNonNull(detail));
        case INSTITUTION -> new Institution(id, name, (InstitutionKind) requireNonNull(detail));
        case ACTIVITY -> new Activity(id, name);
        case TOUCHPOINT -> new Touchpoint(id, name, (TouchpointOwnership) requireNonNull(detail),
            (JourneyStage) requireNonNull(stage));
        case VALUE_PROPOSITION -> new ValueProposition(id, name, basis, risks);
      };
    } catch (IllegalArgumentException | NullPointerException e) {
      throw in.error(String.valueOf(e.getMessage()), e);
    }
  }

  private Set<String> risks() throws IOException {
    in.startArray("the shared risks");
    Set<String> risks = new LinkedHashSet<>();
    for (String s = in.nextStringItem("a shared risk"); s != null;
        s = in.nextStringItem("a shared risk")) {
      if (!Ids.isValid(s)) {
        throw in.error("expected a shared risk (non-blank, no control characters), found "
            + Ids.quote(s));
      }
      if (!risks.add(s)) {
        throw in.error("shared risk " + Ids.quote(s) + " is listed twice");
      }
    }
    return risks;
  }

  /** {@return the name of the field of the kind's own enum, null for an activity} */
  static @Nullable String detailField(ElementKind kind) {
    return switch (kind) {
      case ACTOR -> "type";
      case RESOURCE -> "nature";
      case INSTITUTION -> "institutionKind";
      case ACTIVITY -> null;
      case TOUCHPOINT -> "ownership";
      case VALUE_PROPOSITION -> "basis";
    };
  }

  private static Class<? extends Enum<?>> detailType(ElementKind kind) {
    return switch (kind) {
      case ACTOR -> ActorType.class;
      case RESOURCE -> ResourceNature.class;
      case INSTITUTION -> InstitutionKind.class;
      case TOUCHPOINT -> TouchpointOwnership.class;
      case VALUE_PROPOSITION -> PaymentBasis.class;
      case ACTIVITY -> throw new AssertionError("an activity has no detail");
    };
  }

  private static String fieldsOf(ElementKind kind) {
    return switch (kind) {
      case ACTOR -> "kind, id, name, type";
      case RESOURCE -> "kind, id, name, nature";
      case INSTITUTION -> "kind, id, name, institutionKind";
      case ACTIVITY -> "kind, id, name";
      case TOUCHPOINT -> "kind, id, name, ownership, stage";
      case VALUE_PROPOSITION -> "kind, id, name, basis, sharedRisks";
    };
  }

  // ------------------------------------------------------------------------------------------
  // relations

  /** {@return the relation of the current object}; its indexes go to {@code last...} */
  Relation relation(RelationMode mode) throws IOException {
    Known source = null;
    Known target = null;
    TypeEntry type = null;
    double strength = Relation.DEFAULT_STRENGTH;
    boolean hasStrength = false;
    int seen = 0;
    for (String f = in.nextField(); f != null; f = in.nextField()) {
      switch (f) {
        case "source" -> {
          seen = once(seen, 1, f);
          source = known("the source of the relation");
        }
        case "type" -> {
          seen = once(seen, 2, f);
          type = typeEntry();
        }
        case "target" -> {
          seen = once(seen, 4, f);
          target = known("the target of the relation");
        }
        case "strength" -> {
          if (mode == RelationMode.UNRELATE) {
            throw in.unknownField(f, "one of source, type, target (a relation to remove)");
          }
          seen = once(seen, 8, f);
          strength = in.number("the strength of the relation", 0, 1, true);
          hasStrength = true;
        }
        default -> throw in.unknownField(f, mode == RelationMode.UNRELATE
            ? "one of source, type, target (a relation to remove)"
            : "one of source, type, target, strength");
      }
    }
    if (source == null) {
      throw in.missing("source", "a relation");
    }
    if (type == null) {
      throw in.missing("type", "a relation");
    }
    if (target == null) {
      throw in.missing("target", "a relation");
    }
    if (mode == RelationMode.REWEIGHT && !hasStrength) {
      throw in.missing("strength", "a relation to re-weight");
    }
    lastSource = source.index();
    lastTarget = target.index();
    lastType = type.index();
    try {
      return new Relation(source.element(), type.type(), target.element(), strength);
    } catch (IllegalArgumentException e) {
      throw in.error(String.valueOf(e.getMessage()), e);
    }
  }

  private TypeEntry typeEntry() throws IOException {
    if (in.next() != JsonToken.VALUE_STRING) {
      throw in.error("expected the type of the relation (a string), found " + in.found());
    }
    TypeEntry last = lastTypeEntry;
    if (last != null && in.currentIs(last.type().name())) {
      return last; // relations come grouped by type: most often the type of the one before
    }
    String name = in.currentString();
    TypeEntry t = types.get(name);
    if (t == null) {
      RelationType builtIn = BUILT_INS.get(name);
      if (builtIn == null) {
        throw in.error("unknown relation type " + Ids.quote(name) + ": expected a built-in type ("
            + String.join(", ", builtInNames()) + ") or one declared in relationTypes");
      }
      t = new TypeEntry(builtIn, typeCount++);
      types.put(name, t);
    }
    lastTypeEntry = t;
    return t;
  }

  private static List<String> builtInNames() {
    List<String> names = new ArrayList<>();
    for (RelationType t : RelationType.builtIns()) {
      names.add(t.name());
    }
    return names;
  }

  // ------------------------------------------------------------------------------------------
  // ids

  /** {@return the element named by the string value of the field just named} */
  Known known(String what) throws IOException {
    if (in.next() != JsonToken.VALUE_STRING) {
      throw in.error("expected " + what + " (an element id), found " + in.found());
    }
    Known k = scope.current(in);
    if (k == null) {
      throw in.error("unknown element " + Ids.quote(in.currentString()) + ": expected " + what
          + " to be the id of an element declared before it");
    }
    lastIndex = k.index();
    return k;
  }

  private <T extends Element> T element(Class<T> type, ElementKind kind, String what)
      throws IOException {
    Known k = known(what);
    if (!type.isInstance(k.element())) {
      throw in.error("expected " + what + " to be the id of an element of kind " + kind
          + ", found " + Ids.quote(k.element().id()) + ", of kind " + k.element().elementKind());
    }
    return type.cast(k.element());
  }

  /** {@return the actor named by the string value of the field just named} */
  Actor actor(String what) throws IOException {
    return element(Actor.class, ElementKind.ACTOR, what);
  }

  /** {@return the index of the actor {@code a} in its scope} */
  int indexOf(Actor a) {
    Known k = scope.get(a.id());
    return k == null ? -1 : k.index();
  }

  // ------------------------------------------------------------------------------------------
  // perspectives

  /**
   * {@return the perspective of the current object, with its profile if {@code withProfile}}
   */
  PerspectiveItem perspective(boolean withProfile) throws IOException {
    Actor holder = null;
    Actor subject = null;
    Aspect aspect = Aspect.ACTUAL;
    Profile profile = null;
    int seen = 0;
    String fields = withProfile ? "one of holder, subject, aspect, profile"
        : "one of holder, subject, aspect (a perspective to remove)";
    for (String f = in.nextField(); f != null; f = in.nextField()) {
      switch (f) {
        case "holder" -> {
          seen = once(seen, 1, f);
          holder = actor("the holder of the perspective");
          lastSource = lastIndex;
        }
        case "subject" -> {
          seen = once(seen, 2, f);
          subject = actor("the subject of the perspective");
          lastTarget = lastIndex;
        }
        case "aspect" -> {
          seen = once(seen, 4, f);
          aspect = in.constant(Aspect.class, "the aspect of the perspective");
        }
        case "profile" -> {
          if (!withProfile) {
            throw in.unknownField(f, fields);
          }
          seen = once(seen, 8, f);
          profile = profile();
        }
        default -> throw in.unknownField(f, fields);
      }
    }
    if (holder == null) {
      throw in.missing("holder", "a perspective");
    }
    if (subject == null) {
      throw in.missing("subject", "a perspective");
    }
    if (withProfile && profile == null) {
      throw in.missing("profile", "a perspective");
    }
    return new PerspectiveItem(Perspective.of(holder, subject, aspect), profile);
  }

  private Profile profile() throws IOException {
    in.startArray("the profile: its dimensions");
    Profile.Builder b = Profile.builder();
    int n = 0;
    while (in.nextItem("a dimension of the profile")) {
      Dimension dimension = null;
      double level = Double.NaN;
      double weight = Profile.DEFAULT_WEIGHT;
      int seen = 0;
      for (String f = in.nextField(); f != null; f = in.nextField()) {
        switch (f) {
          case "dimension" -> {
            seen = once(seen, 1, f);
            dimension = dimension(n);
          }
          case "level" -> {
            seen = once(seen, 2, f);
            level = in.number("the level", 0, 1, false);
          }
          case "weight" -> {
            seen = once(seen, 4, f);
            weight = in.nonNegative("the weight");
          }
          default -> throw in.unknownField(f, "one of dimension, level, weight");
        }
      }
      if (dimension == null) {
        throw in.missing("dimension", "a dimension of the profile");
      }
      if (Double.isNaN(level)) {
        throw in.missing("level", "the dimension " + Ids.quote(dimension.name()));
      }
      if (listed(dimension, n)) {
        throw in.error("dimension " + Ids.quote(dimension.name()) + " is listed twice in the"
            + " profile");
      }
      if (n == profileDimensions.length) {
        profileDimensions = Arrays.copyOf(profileDimensions, 2 * n);
      }
      profileDimensions[n++] = dimension;
      b.level(dimension, level, weight);
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw in.error(String.valueOf(e.getMessage()), e);
    }
  }

  /**
   * {@return the dimension named by the string value of the field just named}, the {@code n}th of
   * its profile: most often the {@code n}th of the profile before, which is then found without
   * making a string
   */
  private Dimension dimension(int n) throws IOException {
    if (in.next() != JsonToken.VALUE_STRING) {
      throw in.error("expected the name of the dimension (a string), found " + in.found());
    }
    if (n < previousDimensions.length) {
      Dimension guess = previousDimensions[n];
      if (guess != null && in.currentIs(guess.name())) {
        return guess;
      }
    }
    String name = in.currentString();
    if (!Ids.isValid(name)) {
      throw in.error("expected the name of the dimension (non-blank, no control"
          + " characters), found " + Ids.quote(name));
    }
    Dimension d = dimensions.computeIfAbsent(name, Dimension::of);
    if (n >= previousDimensions.length) {
      previousDimensions = Arrays.copyOf(previousDimensions, Math.max(2 * n, n + 1));
    }
    previousDimensions[n] = d;
    return d;
  }

  /** {@return whether {@code d} is among the first {@code n} dimensions of the profile read} */
  private boolean listed(Dimension d, int n) {
    if (n < LISTED_SCAN) {
      for (int i = 0; i < n; i++) {
        if (profileDimensions[i].equals(d)) {
          return true;
        }
      }
      return false;
    }
    if (n == LISTED_SCAN) {
      listedSet.clear();
      listedSet.addAll(Arrays.asList(profileDimensions).subList(0, n));
    }
    return !listedSet.add(d);
  }

  // ------------------------------------------------------------------------------------------
  // value-in-use, episodes, moods

  /** {@return the value-in-use of the current object} */
  ValueInUse valueInUse() throws IOException {
    Actor beneficiary = null;
    Sphere sphere = null;
    double valence = Double.NaN;
    Set<Actor> contributors = new LinkedHashSet<>();
    Activity activity = null;
    int seen = 0;
    for (String f = in.nextField(); f != null; f = in.nextField()) {
      switch (f) {
        case "beneficiary" -> {
          seen = once(seen, 1, f);
          beneficiary = actor("the beneficiary");
        }
        case "sphere" -> {
          seen = once(seen, 2, f);
          sphere = in.constant(Sphere.class, "the sphere");
        }
        case "valence" -> {
          seen = once(seen, 4, f);
          valence = in.number("the valence", -1, 1, false);
        }
        case "contributors" -> {
          seen = once(seen, 8, f);
          in.startArray("the contributors");
          while (in.next() != JsonToken.END_ARRAY) {
            if (in.token() != JsonToken.VALUE_STRING) {
              throw in.error("expected a contributor (an actor id) or the end of the array, found "
                  + in.found());
            }
            Actor a = resolveActor("a contributor");
            if (!contributors.add(a)) {
              throw in.error("contributor " + Ids.quote(a.id()) + " is listed twice");
            }
          }
        }
        case "activity" -> {
          seen = once(seen, 16, f);
          activity = element(Activity.class, ElementKind.ACTIVITY, "the activity");
        }
        default -> throw in.unknownField(f,
            "one of beneficiary, sphere, valence, contributors, activity");
      }
    }
    if (beneficiary == null) {
      throw in.missing("beneficiary", "a value-in-use");
    }
    if (sphere == null) {
      throw in.missing("sphere", "a value-in-use");
    }
    if (Double.isNaN(valence)) {
      throw in.missing("valence", "a value-in-use");
    }
    return new ValueInUse(beneficiary, sphere, valence, contributors, Optional.ofNullable(activity));
  }

  /** The actor named by the current string token. */
  private Actor resolveActor(String what) throws IOException {
    String id = in.currentString();
    Known k = scope.get(id);
    if (k == null) {
      throw in.error("unknown element " + Ids.quote(id) + ": expected " + what
          + " to be the id of an element declared before it");
    }
    if (!(k.element() instanceof Actor a)) {
      throw in.error("expected " + what + " to be the id of an element of kind ACTOR, found "
          + Ids.quote(id) + ", of kind " + k.element().elementKind());
    }
    return a;
  }

  /** {@return the episode of the current object} */
  Episode episode() throws IOException {
    Actor customer = null;
    Touchpoint touchpoint = null;
    Instant time = null;
    Initiative initiative = Initiative.UNKNOWN;
    boolean acknowledged = false;
    Emotion customerEmotion = null;
    Emotion providerEmotion = null;
    Actor counterpart = null;
    ValueProposition proposition = null;
    int seen = 0;
    for (String f = in.nextField(); f != null; f = in.nextField()) {
      switch (f) {
        case "customer" -> {
          seen = once(seen, 1, f);
          customer = actor("the customer");
        }
        case "touchpoint" -> {
          seen = once(seen, 2, f);
          touchpoint = element(Touchpoint.class, ElementKind.TOUCHPOINT, "the touchpoint");
        }
        case "time" -> {
          seen = once(seen, 4, f);
          time = in.instant("the time of the episode");
        }
        case "initiative" -> {
          seen = once(seen, 8, f);
          initiative = in.constant(Initiative.class, "the initiative");
        }
        case "acknowledged" -> {
          seen = once(seen, 16, f);
          acknowledged = in.bool("whether the initiative was acknowledged");
        }
        case "customerEmotion" -> {
          seen = once(seen, 32, f);
          customerEmotion = emotion("the customer's emotion");
        }
        case "providerEmotion" -> {
          seen = once(seen, 64, f);
          providerEmotion = emotion("the provider's emotion");
        }
        case "counterpart" -> {
          seen = once(seen, 128, f);
          counterpart = actor("the counterpart");
        }
        case "proposition" -> {
          seen = once(seen, 256, f);
          proposition = element(ValueProposition.class, ElementKind.VALUE_PROPOSITION,
              "the value proposition");
        }
        default -> throw in.unknownField(f, "one of customer, touchpoint, time, initiative,"
            + " acknowledged, customerEmotion, providerEmotion, counterpart, proposition");
      }
    }
    if (customer == null) {
      throw in.missing("customer", "an episode");
    }
    if (touchpoint == null) {
      throw in.missing("touchpoint", "an episode");
    }
    if (time == null) {
      throw in.missing("time", "an episode");
    }
    return new Episode(customer, touchpoint, time, Optional.ofNullable(customerEmotion),
        Optional.ofNullable(providerEmotion), initiative, acknowledged,
        Optional.ofNullable(counterpart), Optional.ofNullable(proposition));
  }

  /** {@return the mood of the current object} */
  Mood mood() throws IOException {
    Actor actor = null;
    Instant since = null;
    Emotion emotion = null;
    int seen = 0;
    for (String f = in.nextField(); f != null; f = in.nextField()) {
      switch (f) {
        case "actor" -> {
          seen = once(seen, 1, f);
          actor = actor("the actor of the mood");
        }
        case "since" -> {
          seen = once(seen, 2, f);
          since = in.instant("the instant the mood began");
        }
        case "emotion" -> {
          seen = once(seen, 4, f);
          emotion = emotion("the mood's emotion");
        }
        default -> throw in.unknownField(f, "one of actor, since, emotion");
      }
    }
    if (actor == null) {
      throw in.missing("actor", "a mood");
    }
    if (since == null) {
      throw in.missing("since", "a mood");
    }
    if (emotion == null) {
      throw in.missing("emotion", "a mood");
    }
    return new Mood(actor, emotion, since);
  }

  private Emotion emotion(String what) throws IOException {
    in.startObject(what);
    double p = Double.NaN;
    double a = Double.NaN;
    double d = Double.NaN;
    int seen = 0;
    for (String f = in.nextField(); f != null; f = in.nextField()) {
      switch (f) {
        case "pleasure" -> {
          seen = once(seen, 1, f);
          p = in.number("the pleasure", -1, 1, false);
        }
        case "arousal" -> {
          seen = once(seen, 2, f);
          a = in.number("the arousal", -1, 1, false);
        }
        case "dominance" -> {
          seen = once(seen, 4, f);
          d = in.number("the dominance", -1, 1, false);
        }
        default -> throw in.unknownField(f, "one of pleasure, arousal, dominance");
      }
    }
    if (Double.isNaN(p)) {
      throw in.missing("pleasure", what);
    }
    if (Double.isNaN(a)) {
      throw in.missing("arousal", what);
    }
    if (Double.isNaN(d)) {
      throw in.missing("dominance", what);
    }
    return new Emotion(p, a, d);
  }

  /** {@return {@code seen} with {@code bit} set}, or an error if the field came before */
  private int once(int seen, int bit, String field) {
    if ((seen & bit) != 0) {
      throw in.error("field " + Ids.quote(field) + " is given twice");
    }
    return seen | bit;
  }
}
