package org.attune.report;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attune.ecosystem.Reach;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.ecosystem.Traversal;
import org.attune.model.Actor;
import org.attune.model.Element;
import org.attune.model.ElementKind;
import org.attune.model.Relation;

/**
 * The customer ecosystem as a picture: the customer at the centre, the elements its ties reach in
 * rings by distance, each kind of element in a shape and colour of its own, each relation a line as
 * wide as it is strong, and a legend. The customer ecosystem is the one of customer-dominant logic
 * (Heinonen &amp; Strandvik 2015; Voima, Heinonen &amp; Strandvik 2011): what the customer's own
 * ties reach, as {@link ServiceEcosystem#around(Actor, int)} gives it, with distances from {@link
 * Reach} along {@link Traversal#customerEcosystem()}.
 *
 * <pre>{@code
 * String svg = EcosystemPicture.of(eco, alice, 2).svg();
 * }</pre>
 *
 * <p><b>Nodes and edges.</b> Every element of the customer ecosystem is exactly one SVG {@code g}
 * element of class {@code node} whose {@code data-id} is the element's id and {@code data-kind} its
 * kind; every relation among them is one {@code line} of class {@code edge}, with {@code
 * data-source}, {@code data-target} and {@code data-type}. The line's width is 0.75 + 3.25 &times;
 * strength pixels.
 *
 * <p><b>Layout.</b> Ring k holds the elements k steps from the customer, in order of id, spread
 * evenly round the circle; odd rings start half a step round so that neighbouring rings do not line
 * up. A ring is at least 120 pixels outside the one within, and wide enough to give each node and
 * its label 105 pixels along it.
 *
 * <p><b>Labels.</b> By id, so that the picture holds no personal data; {@link #withNames()} labels
 * by name instead. A label longer than {@value #LABEL_LENGTH} characters is cut short with an
 * ellipsis; the whole label is in the node's {@code title}, shown on hover.
 *
 * <p>Immutable and thread-safe; {@link #svg()} is deterministic.
 */
public final class EcosystemPicture {

  /** The longest label drawn in full; a longer one is cut short, whole in the node's title. */
  public static final int LABEL_LENGTH = 22;

  private static final double NODE = 16;
  private static final double RING_GAP = 120;
  private static final double SLOT = 105;
  private static final double MARGIN = 90;
  private static final double LEGEND_WIDTH = 240;

  private final ServiceEcosystem around;
  private final Reach reach;
  private final Actor customer;
  private final int radius;
  private final boolean names;

  private EcosystemPicture(
      ServiceEcosystem around, Reach reach, Actor customer, int radius, boolean names) {
    this.around = around;
    this.reach = reach;
    this.customer = customer;
    this.radius = radius;
    this.names = names;
  }

  /**
   * {@return the picture of {@code customer}'s ecosystem in {@code ecosystem}, {@code radius} steps
   * out, labelled by id}
   *
   * @param ecosystem the ecosystem the customer is in
   * @param customer the actor at the centre: must be in {@code ecosystem}
   * @param radius how many steps out: zero or more
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code customer} is not in {@code ecosystem} or {@code
   *     radius} is negative
   */
  public static EcosystemPicture of(ServiceEcosystem ecosystem, Actor customer, int radius) {
    requireNonNull(ecosystem, "ecosystem");
    requireNonNull(customer, "customer");
    // checks the customer and the radius, with the ecosystem's own messages
    Reach reach = Reach.of(ecosystem, customer, radius, Traversal.customerEcosystem());
    return new EcosystemPicture(ecosystem.around(customer, radius), reach, customer, radius, false);
  }

  /**
   * {@return the picture of {@code customer}'s ecosystem {@value ServiceEcosystem#DEFAULT_RADIUS}
   * steps out, labelled by id}
   *
   * @param ecosystem the ecosystem the customer is in
   * @param customer the actor at the centre: must be in {@code ecosystem}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code customer} is not in {@code ecosystem}
   */
  public static EcosystemPicture of(ServiceEcosystem ecosystem, Actor customer) {
    return of(ecosystem, customer, ServiceEcosystem.DEFAULT_RADIUS);
  }

  /**
   * {@return the same picture labelled by the elements' names}; names can be personal data, so ask
   * for them only where the picture's readers may see them
   */
  public EcosystemPicture withNames() {
    return new EcosystemPicture(around, reach, customer, radius, true);
  }

  /** {@return the actor at the centre} */
  public Actor customer() {
    return customer;
  }

  /** {@return how many steps out the picture reaches} */
  public int radius() {
    return radius;
  }

  /**
   * {@return the customer ecosystem drawn, as {@link ServiceEcosystem#around(Actor, int)} gives it}
   */
  public ServiceEcosystem ecosystem() {
    return around;
  }

  /** {@return whether the labels are names rather than ids} */
  public boolean labelsByName() {
    return names;
  }

  /** {@return the picture as a standalone SVG document} */
  public String svg() {
    // rings: the elements at each hop, by id
    List<List<Element>> rings = new ArrayList<>();
    for (Element e : around.elements()) {
      int hop = reach.hop(e).orElseThrow();
      while (rings.size() <= hop) {
        rings.add(new ArrayList<>());
      }
      rings.get(hop).add(e);
    }
    order(rings, around.relations());
    double[] ringRadius = new double[rings.size()];
    for (int k = 1; k < rings.size(); k++) {
      // room on the ring for each node and its label
      double needed = rings.get(k).size() * SLOT / (2 * Math.PI);
      ringRadius[k] = Math.max(ringRadius[k - 1] + RING_GAP, needed);
    }
    double outer = ringRadius[rings.size() - 1];
    double centre = outer + MARGIN;
    double width = 2 * centre + LEGEND_WIDTH;
    double height = Math.max(2 * centre, 300);
    Map<Element, double[]> at = new HashMap<>();
    for (int k = 0; k < rings.size(); k++) {
      List<Element> ring = rings.get(k);
      for (int i = 0; i < ring.size(); i++) {
        double angle = angle(i, k, ring.size());
        at.put(
            ring.get(i),
            new double[] {
              centre + ringRadius[k] * Math.cos(angle), centre + ringRadius[k] * Math.sin(angle)
            });
      }
    }

    Svg svg = new Svg(width, height, "Customer ecosystem of " + customer.id());
    svg.arrowHead("#888888");

    svg.start("g").attr("class", "rings");
    for (int k = 1; k < rings.size(); k++) {
      svg.start("circle")
          .attr("cx", centre)
          .attr("cy", centre)
          .attr("r", ringRadius[k])
          .attr("fill", "none")
          .attr("stroke", "#dddddd")
          .attr("stroke-dasharray", "4 4")
          .end();
      // halfway between the ring's first two nodes, where no node is
      double angle = angle(0.5, k, rings.get(k).size());
      svg.start("text")
          .attr("class", "ring")
          .attr("x", centre + ringRadius[k] * Math.cos(angle))
          .attr("y", centre + ringRadius[k] * Math.sin(angle))
          .attr("text-anchor", "middle")
          .attr("fill", "#999999")
          .attr("font-size", 10)
          .text(k == 1 ? "1 step" : k + " steps")
          .end();
    }
    svg.end();

    svg.start("g").attr("class", "edges");
    for (Relation r : around.relations()) {
      double[] a = Svg.lookup(at, r.source());
      double[] b = Svg.lookup(at, r.target());
      double dx = b[0] - a[0];
      double dy = b[1] - a[1];
      double length = Math.hypot(dx, dy);
      double cut = length == 0 ? 0 : (NODE + 2) / length;
      svg.start("line")
          .attr("class", "edge")
          .attr("data-source", r.source().id())
          .attr("data-target", r.target().id())
          .attr("data-type", r.type().name())
          .attr("x1", a[0] + dx * cut)
          .attr("y1", a[1] + dy * cut)
          .attr("x2", b[0] - dx * cut)
          .attr("y2", b[1] - dy * cut)
          .attr("stroke", "#888888")
          .attr("stroke-opacity", 0.8)
          .attr("stroke-width", 0.75 + 3.25 * r.strength())
          .attr("marker-end", "url(#arrow)");
      svg.start("title")
          .text(
              r.source().id()
                  + " "
                  + r.type().name()
                  + " "
                  + r.target().id()
                  + " (strength "
                  + Svg.number(r.strength())
                  + ")")
          .end();
      svg.end();
    }
    svg.end();

    svg.start("g").attr("class", "nodes");
    for (List<Element> ring : rings) {
      for (Element e : ring) {
        double[] p = Svg.lookup(at, e);
        String label = names ? e.name() : e.id();
        svg.start("g")
            .attr("class", "node " + kindClass(e.elementKind()))
            .attr("data-id", e.id())
            .attr("data-kind", e.elementKind().name());
        svg.start("title").text(label).end();
        shape(svg, e.elementKind(), p[0], p[1], e.equals(customer));
        svg.start("text")
            .attr("x", p[0])
            .attr("y", p[1] + NODE + 14)
            .attr("text-anchor", "middle")
            .attr("fill", "#222222")
            .attr("stroke", "#ffffff")
            .attr("stroke-width", 3)
            .attr("stroke-linejoin", "round")
            .attr("paint-order", "stroke")
            .text(shorten(label))
            .end();
        svg.end();
      }
    }
    svg.end();

    legend(svg, 2 * centre + 10);
    return svg.finish();
  }

  /**
   * {@return the angle of place {@code i} of {@code n} on ring {@code k}, from straight up,
   * clockwise}; odd rings start half a place round
   */
  /**
   * Orders each ring in place: the first by kind, in the legend's order, then by id, so that each
   * kind forms an arc of its own; each later ring by the mean direction of its elements' ties to the
   * ring inside it (ties by id), so that ties run outward rather than across the picture. The order
   * is a function of the input alone, so the picture stays deterministic.
   */
  static void order(List<List<Element>> rings, List<Relation> relations) {
    for (List<Element> ring : rings) {
      ring.sort(Comparator.comparing(Element::elementKind).thenComparing(Element::id));
    }
    for (int k = 2; k < rings.size(); k++) {
      List<Element> inner = rings.get(k - 1);
      Map<Element, Integer> place = new HashMap<>();
      for (int i = 0; i < inner.size(); i++) {
        place.put(inner.get(i), i);
      }
      Map<Element, double[]> pull = new HashMap<>();
      for (Relation r : relations) {
        pullOf(pull, place, r.source(), r.target(), k - 1, inner.size());
        pullOf(pull, place, r.target(), r.source(), k - 1, inner.size());
      }
      Map<Element, Double> direction = new HashMap<>();
      for (Element e : rings.get(k)) {
        // an element k steps out is tied to one k - 1 steps out: the mean direction of those ties,
        // clockwise from straight up, where the ring's places start
        double[] v = Svg.lookup(pull, e);
        double turn = Math.atan2(v[0], -v[1]);
        direction.put(e, turn < 0 ? turn + 2 * Math.PI : turn);
      }
      rings.get(k).sort(Comparator.<Element>comparingDouble(e -> Svg.lookup(direction, e))
          .thenComparing(Element::id));
    }
  }

  /** Adds to {@code e}'s pull the unit vector towards {@code other}, when that is on the ring inside. */
  private static void pullOf(Map<Element, double[]> pull, Map<Element, Integer> place, Element e,
      Element other, int k, int n) {
    Integer i = place.get(other);
    if (i == null) {
      return;
    }
    double a = angle(i, k, n);
    double[] v = pull.computeIfAbsent(e, x -> new double[2]);
    v[0] += Math.cos(a);
    v[1] += Math.sin(a);
  }

  private static double angle(double i, int k, int n) {
    return 2 * Math.PI * (i + (k % 2 == 1 ? 0.5 : 0)) / n - Math.PI / 2;
  }

  private static void legend(Svg svg, double x) {
    svg.start("g").attr("class", "legend");
    svg.start("text").attr("x", x).attr("y", 24).attr("font-weight", "bold").text("Kinds").end();
    double y = 50;
    for (ElementKind kind : ElementKind.values()) {
      shape(svg, kind, x + 12, y, false);
      svg.start("text").attr("x", x + 36).attr("y", y + 4).text(kindLabel(kind)).end();
      y += 42;
    }
    svg.start("text").attr("x", x).attr("y", y).text("Line width: relation strength").end();
    svg.start("text").attr("x", x).attr("y", y + 16).text("Rings: steps from the customer").end();
    svg.start("text").attr("x", x).attr("y", y + 32).text("Thick outline: the customer").end();
    svg.end();
  }

  /** Draws the shape of {@code kind} centred on (x, y). */
  static void shape(Svg svg, ElementKind kind, double x, double y, boolean customer) {
    String fill = Svg.lookup(COLOURS, kind);
    double r = NODE;
    switch (kind) {
      case ACTOR -> svg.start("circle").attr("cx", x).attr("cy", y).attr("r", r);
      case RESOURCE ->
          svg.start("rect")
              .attr("x", x - r * 0.85)
              .attr("y", y - r * 0.85)
              .attr("width", r * 1.7)
              .attr("height", r * 1.7);
      case INSTITUTION -> svg.start("polygon").attr("points", polygon(x, y, r, 4, 0));
      case ACTIVITY ->
          svg.start("ellipse").attr("cx", x).attr("cy", y).attr("rx", r * 1.2).attr("ry", r * 0.75);
      case TOUCHPOINT -> svg.start("polygon").attr("points", polygon(x, y, r, 3, 0));
      case VALUE_PROPOSITION ->
          svg.start("polygon").attr("points", polygon(x, y, r, 6, Math.PI / 6));
    }
    svg.attr("fill", fill).attr("stroke", "#333333").attr("stroke-width", customer ? 3.5 : 1).end();
  }

  /** {@return the points of a regular polygon of {@code n} corners, the first straight up} */
  private static String polygon(double x, double y, double r, int n, double turn) {
    StringBuilder points = new StringBuilder();
    for (int i = 0; i < n; i++) {
      double angle = -Math.PI / 2 + turn + 2 * Math.PI * i / n;
      if (i > 0) {
        points.append(' ');
      }
      points
          .append(Svg.number(x + r * Math.cos(angle)))
          .append(',')
          .append(Svg.number(y + r * Math.sin(angle)));
    }
    return points.toString();
  }

  private static final Map<ElementKind, String> COLOURS = new EnumMap<>(ElementKind.class);

  static {
    // Okabe and Ito's palette, told apart by colour-blind readers too
    COLOURS.put(ElementKind.ACTOR, "#56b4e9");
    COLOURS.put(ElementKind.RESOURCE, "#e69f00");
    COLOURS.put(ElementKind.INSTITUTION, "#cc79a7");
    COLOURS.put(ElementKind.ACTIVITY, "#009e73");
    COLOURS.put(ElementKind.TOUCHPOINT, "#f0e442");
    COLOURS.put(ElementKind.VALUE_PROPOSITION, "#d55e00");
  }

  static String kindClass(ElementKind kind) {
    return "kind-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  private static String kindLabel(ElementKind kind) {
    return switch (kind) {
      case ACTOR -> "Actor";
      case RESOURCE -> "Resource";
      case INSTITUTION -> "Institution";
      case ACTIVITY -> "Activity";
      case TOUCHPOINT -> "Touchpoint";
      case VALUE_PROPOSITION -> "Value proposition";
    };
  }

  /** {@return {@code label}, cut to {@value #LABEL_LENGTH} characters with an ellipsis} */
  static String shorten(String label) {
    if (label.codePointCount(0, label.length()) <= LABEL_LENGTH) {
      return label;
    }
    return label.substring(0, label.offsetByCodePoints(0, LABEL_LENGTH - 1)) + "\u2026";
  }

  /** {@return the customer's id, the radius and how the picture is labelled; never a name} */
  @Override
  public String toString() {
    return "EcosystemPicture[customer="
        + customer.id()
        + ", radius="
        + radius
        + ", labels="
        + (names ? "names" : "ids")
        + "]";
  }
}
