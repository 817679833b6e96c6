package org.attune.exchange;

import java.util.List;
import java.util.Map;
import org.attune.ecosystem.Direction;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.Activity;
import org.attune.model.Actor;
import org.attune.model.Aspect;
import org.attune.model.Element;
import org.attune.model.ElementKind;
import org.attune.model.Emotion;
import org.attune.model.Episode;
import org.attune.model.Initiative;
import org.attune.model.Institution;
import org.attune.model.Mood;
import org.attune.model.PaymentBasis;
import org.attune.model.Perspective;
import org.attune.model.Profile;
import org.attune.model.Relation;
import org.attune.model.RelationType;
import org.attune.model.Resource;
import org.attune.model.Touchpoint;
import org.attune.model.ValueInUse;
import org.attune.model.ValueProposition;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the items of the JSON format, one object each, leaving out every field at its default (a
 * strength or weight of 1, the actual aspect, no initiative recorded, ...), and the sections of an
 * ecosystem. Stateless.
 */
final class ItemWriter {

  private ItemWriter() {}

  /** Writes the sections of {@code eco}, each an array, into the object being written. */
  static void sections(JsonGenerator g, ServiceEcosystem eco, List<RelationType> declared) {
    g.writeName("relationTypes");
    g.writeStartArray();
    for (RelationType t : declared) {
      relationType(g, t);
    }
    g.writeEndArray();
    g.writeName("elements");
    g.writeStartArray();
    for (Element e : eco.elements()) {
      element(g, e);
    }
    g.writeEndArray();
    g.writeName("relations");
    g.writeStartArray();
    for (Element e : eco.elements()) {
      // per source, in element order: the relations of one element are a view, nothing is copied
      for (Relation r : eco.relations(e, Direction.OUTGOING)) {
        relation(g, r, true);
      }
    }
    g.writeEndArray();
    g.writeName("perspectives");
    g.writeStartArray();
    for (Map.Entry<Perspective, Profile> p : eco.perspectives().entrySet()) {
      perspective(g, p.getKey(), p.getValue());
    }
    g.writeEndArray();
    g.writeName("valueInUse");
    g.writeStartArray();
    for (ValueInUse v : eco.valueInUse()) {
      valueInUse(g, v);
    }
    g.writeEndArray();
    g.writeName("episodes");
    g.writeStartArray();
    for (Episode e : eco.episodes()) {
      episode(g, e);
    }
    g.writeEndArray();
    g.writeName("moods");
    g.writeStartArray();
    for (Mood m : eco.moods()) {
      mood(g, m);
    }
    g.writeEndArray();
  }

  static void relationType(JsonGenerator g, RelationType t) {
    g.writeStartObject();
    g.writeStringProperty("name", t.name());
    g.writeName("sources");
    kinds(g, t.sources().toArray(new ElementKind[0]));
    g.writeName("targets");
    kinds(g, t.targets().toArray(new ElementKind[0]));
    g.writeStringProperty("flow", t.flow().name());
    g.writeEndObject();
  }

  private static void kinds(JsonGenerator g, ElementKind[] kinds) {
    g.writeStartArray();
    for (ElementKind k : kinds) {
      g.writeString(k.name());
    }
    g.writeEndArray();
  }

  static void element(JsonGenerator g, Element e) {
    g.writeStartObject();
    g.writeStringProperty("kind", e.elementKind().name());
    g.writeStringProperty("id", e.id());
    g.writeStringProperty("name", e.name());
    if (e instanceof Actor a) {
      g.writeStringProperty("type", a.type().name());
    } else if (e instanceof Resource r) {
      g.writeStringProperty("nature", r.nature().name());
    } else if (e instanceof Institution i) {
      g.writeStringProperty("institutionKind", i.kind().name());
    } else if (e instanceof Touchpoint t) {
      g.writeStringProperty("ownership", t.ownership().name());
      g.writeStringProperty("stage", t.stage().name());
    } else if (e instanceof ValueProposition v) {
      if (v.basis() != PaymentBasis.OWNERSHIP) {
        g.writeStringProperty("basis", v.basis().name());
      }
      if (!v.sharedRisks().isEmpty()) {
        g.writeName("sharedRisks");
        g.writeStartArray();
        for (String risk : v.sharedRisks()) {
          g.writeString(risk);
        }
        g.writeEndArray();
      }
    } else if (!(e instanceof Activity)) {
      throw new AssertionError("an element of no known kind: " + e.elementKind());
    }
    g.writeEndObject();
  }

  static void relation(JsonGenerator g, Relation r, boolean strength) {
    g.writeStartObject();
    g.writeStringProperty("source", r.source().id());
    g.writeStringProperty("type", r.type().name());
    g.writeStringProperty("target", r.target().id());
    if (strength && r.strength() != Relation.DEFAULT_STRENGTH) {
      g.writeNumberProperty("strength", r.strength());
    }
    g.writeEndObject();
  }

  /** Writes a relation with its strength, even 1: a re-weighting. */
  static void reweight(JsonGenerator g, Relation r) {
    g.writeStartObject();
    g.writeStringProperty("source", r.source().id());
    g.writeStringProperty("type", r.type().name());
    g.writeStringProperty("target", r.target().id());
    g.writeNumberProperty("strength", r.strength());
    g.writeEndObject();
  }

  static void perspective(JsonGenerator g, Perspective p, Profile profile) {
    g.writeStartObject();
    perspectiveKey(g, p);
    g.writeName("profile");
    g.writeStartArray();
    for (int i = 0, n = profile.size(); i < n; i++) {
      g.writeStartObject();
      g.writeStringProperty("dimension", profile.dimensionAt(i).name());
      g.writeNumberProperty("level", profile.levelAt(i));
      double weight = profile.weightAt(i);
      if (weight != Profile.DEFAULT_WEIGHT) {
        g.writeNumberProperty("weight", weight);
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** Writes the holder, subject and aspect of a perspective into the object being written. */
  static void perspectiveKey(JsonGenerator g, Perspective p) {
    g.writeStringProperty("holder", p.holder().id());
    g.writeStringProperty("subject", p.subject().id());
    if (p.aspect() != Aspect.ACTUAL) {
      g.writeStringProperty("aspect", p.aspect().name());
    }
  }

  static void valueInUse(JsonGenerator g, ValueInUse v) {
    g.writeStartObject();
    g.writeStringProperty("beneficiary", v.beneficiary().id());
    g.writeStringProperty("sphere", v.sphere().name());
    g.writeNumberProperty("valence", v.valence());
    g.writeName("contributors");
    g.writeStartArray();
    for (Actor a : v.contributors()) {
      g.writeString(a.id());
    }
    g.writeEndArray();
    if (v.activity().isPresent()) {
      g.writeStringProperty("activity", v.activity().get().id());
    }
    g.writeEndObject();
  }

  static void episode(JsonGenerator g, Episode e) {
    g.writeStartObject();
    g.writeStringProperty("customer", e.customer().id());
    g.writeStringProperty("touchpoint", e.touchpoint().id());
    g.writeStringProperty("time", e.time().toString());
    if (e.initiative() != Initiative.UNKNOWN) {
      g.writeStringProperty("initiative", e.initiative().name());
    }
    if (e.acknowledged()) {
      g.writeBooleanProperty("acknowledged", true);
    }
    if (e.customerEmotion().isPresent()) {
      g.writeName("customerEmotion");
      emotion(g, e.customerEmotion().get());
    }
    if (e.providerEmotion().isPresent()) {
      g.writeName("providerEmotion");
      emotion(g, e.providerEmotion().get());
    }
    if (e.counterpart().isPresent()) {
      g.writeStringProperty("counterpart", e.counterpart().get().id());
    }
    if (e.proposition().isPresent()) {
      g.writeStringProperty("proposition", e.proposition().get().id());
    }
    g.writeEndObject();
  }

  static void mood(JsonGenerator g, Mood m) {
    g.writeStartObject();
    g.writeStringProperty("actor", m.actor().id());
    g.writeStringProperty("since", m.since().toString());
    g.writeName("emotion");
    emotion(g, m.emotion());
    g.writeEndObject();
  }

  private static void emotion(JsonGenerator g, Emotion e) {
    g.writeStartObject();
    g.writeNumberProperty("pleasure", e.pleasure());
    g.writeNumberProperty("arousal", e.arousal());
    g.writeNumberProperty("dominance", e.dominance());
    g.writeEndObject();
  }
}
