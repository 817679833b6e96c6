package org.attune.report;

import static java.util.Objects.requireNonNull;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attune.journey.DirectlyFollowsGraph;
import org.attune.journey.DirectlyFollowsGraph.Transition;

/**
 * The directly-follows graph of journeys as a picture (van der Aalst 2016, the first model process
 * mining draws from an event log): one box per touchpoint with how often it was met, one arrow per
 * pair that directly follows, labelled with its count and as wide as it is frequent.
 *
 * <pre>{@code
 * String svg = FollowsPicture.of(DirectlyFollowsGraph.of(journeys)).svg();
 * }</pre>
 *
 * <p><b>Nodes and edges.</b> One {@code g} of class {@code node} per touchpoint, whose {@code
 * data-id} is its id; one {@code g} of class {@code edge} per transition, with {@code data-source},
 * {@code data-target} and {@code data-count}, holding the arrow's {@code path} and its count as
 * {@code text} of class {@code count}. A start touchpoint has a green left edge, an end touchpoint
 * a red right edge; the counts are in the node's title.
 *
 * <p><b>Layout.</b> Layers left to right by breadth-first search from the touchpoints journeys
 * start at; within a layer, in the order the touchpoints were first met. An arrow to a later layer
 * is straight; any other bends, so that {@code a → b} and {@code b → a} do not overlap (within a
 * layer, an arrow down runs on the right, an arrow up on the left), and a touchpoint that follows
 * itself has a loop above it. The arrow's width is 1 + 4 &times; count / largest count drawn.
 *
 * <p><b>Busy logs.</b> {@link #withMinimumCount(long)} draws only the transitions met at least so
 * many times, and the touchpoints they reach from the starts.
 *
 * <p>Immutable and thread-safe; {@link #svg()} is deterministic.
 */
public final class FollowsPicture {

  private static final double BOX_WIDTH = 130;
  private static final double BOX_HEIGHT = 40;
  private static final double LAYER_GAP = 90;
  private static final double ROW_GAP = 50;
  private static final double MARGIN = 50;

  private final DirectlyFollowsGraph graph;
  private final long minimumCount;

  private FollowsPicture(DirectlyFollowsGraph graph, long minimumCount) {
    this.graph = graph;
    this.minimumCount = minimumCount;
  }

  /**
   * {@return the picture of {@code graph}}
   *
   * @param graph the directly-follows graph
   * @throws NullPointerException if {@code graph} is null
   */
  public static FollowsPicture of(DirectlyFollowsGraph graph) {
    return new FollowsPicture(requireNonNull(graph, "graph"), 1);
  }

  /**
   * {@return a picture of the same graph that draws only the transitions met at least {@code
   * count} times, and the touchpoints they reach from the starts} As a process-mining tool's path
   * slider does, it leaves out the rare paths of a busy log (BPI Challenge 2012's 138 transitions,
   * say) so that the frequent ones can be read; the title says how many transitions and touchpoints
   * are left out. A count of 1 draws the whole graph.
   *
   * @param count the least count of a transition drawn: at least 1
   * @throws IllegalArgumentException if {@code count} is below 1
   */
  public FollowsPicture withMinimumCount(long count) {
    if (count < 1) {
      throw new IllegalArgumentException(
          "count must be at least 1 (1 draws every transition), but was " + count);
    }
    return new FollowsPicture(graph, count);
  }

  /** {@return the least count of a transition drawn; 1 draws every transition} */
  public long minimumCount() {
    return minimumCount;
  }

  /** {@return the graph drawn} */
  public DirectlyFollowsGraph graph() {
    return graph;
  }

  /** {@return the picture as a standalone SVG document} */
  public String svg() {
    List<String> all = new ArrayList<>(graph.touchpoints());
    Map<String, Integer> layer = new HashMap<>();
    Deque<String> queue = new ArrayDeque<>();
    for (String t : all) {
      if (graph.starts().containsKey(t)) {
        layer.put(t, 0);
        queue.add(t);
      }
    }
    while (!queue.isEmpty()) {
      String a = queue.poll();
      // targets in the order first met, so that the layers do not depend on the counts' ties
      for (String b : all) {
        if (!layer.containsKey(b) && graph.count(a, b) >= minimumCount) {
          layer.put(b, Svg.lookup(layer, a) + 1);
          queue.add(b);
        }
      }
    }
    // with every transition drawn, every touchpoint is reached: a journey's first one is a start,
    // each later one follows another; with rare transitions left out, what only they reach goes too
    List<String> touchpoints = new ArrayList<>();
    List<Transition> transitions = new ArrayList<>();
    for (String t : all) {
      if (layer.containsKey(t)) {
        touchpoints.add(t);
      }
    }
    long most = 1;
    for (Transition t : graph.transitions()) {
      if (t.count() >= minimumCount && layer.containsKey(t.source())) {
        transitions.add(t);
        most = Math.max(most, t.count());
      }
    }
    List<List<String>> layers = new ArrayList<>();
    for (String t : touchpoints) {
      int k = Svg.lookup(layer, t);
      while (layers.size() <= k) {
        layers.add(new ArrayList<>());
      }
      layers.get(k).add(t);
    }
    int rows = layers.stream().mapToInt(List::size).max().orElse(0);
    Map<String, double[]> at = new HashMap<>();
    for (int k = 0; k < layers.size(); k++) {
      List<String> column = layers.get(k);
      double offset = (rows - column.size()) * (BOX_HEIGHT + ROW_GAP) / 2;
      for (int i = 0; i < column.size(); i++) {
        at.put(
            column.get(i),
            new double[] {
              MARGIN + k * (BOX_WIDTH + LAYER_GAP) + BOX_WIDTH / 2,
              MARGIN + offset + i * (BOX_HEIGHT + ROW_GAP) + BOX_HEIGHT / 2
            });
      }
    }
    double width = 2 * MARGIN + Math.max(1, layers.size()) * (BOX_WIDTH + LAYER_GAP) - LAYER_GAP;
    double height = 2 * MARGIN + Math.max(1, rows) * (BOX_HEIGHT + ROW_GAP) - ROW_GAP + 20;

    Svg svg =
        new Svg(width, height, "Directly-follows graph of " + graph.journeyCount() + " journeys");
    svg.arrowHead("#555555");
    svg.start("text")
        .attr("x", 10)
        .attr("y", 20)
        .attr("font-weight", "bold")
        .text(graph.journeyCount() + " journeys, " + touchpoints.size() + " touchpoints"
            + (minimumCount == 1 ? "" : "; transitions met at least " + minimumCount + " times: "
                + transitions.size() + " of " + graph.transitions().size() + " drawn, "
                + (all.size() - touchpoints.size())
                + (all.size() - touchpoints.size() == 1 ? " touchpoint" : " touchpoints")
                + " left out"))
        .end();

    svg.start("g").attr("class", "edges");
    // in the order of transitions(): by count, then source, then target
    for (Transition t : transitions) {
      edge(svg, t, Svg.lookup(at, t.source()), Svg.lookup(at, t.target()), layer, most);
    }
    svg.end();

    svg.start("g").attr("class", "nodes");
    for (String t : touchpoints) {
      double[] p = Svg.lookup(at, t);
      long starts = graph.starts().getOrDefault(t, 0L);
      long ends = graph.ends().getOrDefault(t, 0L);
      svg.start("g").attr("class", "node").attr("data-id", t);
      svg.start("title")
          .text(t + ": met " + graph.occurrences(t) + ", starts " + starts + ", ends " + ends)
          .end();
      svg.start("rect")
          .attr("x", p[0] - BOX_WIDTH / 2)
          .attr("y", p[1] - BOX_HEIGHT / 2)
          .attr("width", BOX_WIDTH)
          .attr("height", BOX_HEIGHT)
          .attr("rx", 6)
          .attr("fill", "#e8f1fa")
          .attr("stroke", "#0072b2")
          .end();
      if (starts > 0) {
        side(svg, p[0] - BOX_WIDTH / 2, p[1], "#009e73");
      }
      if (ends > 0) {
        side(svg, p[0] + BOX_WIDTH / 2, p[1], "#d55e00");
      }
      svg.start("text")
          .attr("x", p[0])
          .attr("y", p[1] - 2)
          .attr("text-anchor", "middle")
          .text(EcosystemPicture.shorten(t))
          .end();
      svg.start("text")
          .attr("x", p[0])
          .attr("y", p[1] + 13)
          .attr("text-anchor", "middle")
          .attr("font-size", 10)
          .attr("fill", "#555555")
          .text("\u00d7" + graph.occurrences(t))
          .end();
      svg.end();
    }
    svg.end();
    return svg.finish();
  }

  private static void side(Svg svg, double x, double y, String colour) {
    svg.start("line")
        .attr("x1", x)
        .attr("y1", y - BOX_HEIGHT / 2)
        .attr("x2", x)
        .attr("y2", y + BOX_HEIGHT / 2)
        .attr("stroke", colour)
        .attr("stroke-width", 4)
        .end();
  }

  private static void edge(
      Svg svg, Transition t, double[] a, double[] b, Map<String, Integer> layer, long most) {
    String d;
    double labelX;
    double labelY;
    if (t.source().equals(t.target())) {
      double x = a[0];
      double y = a[1] - BOX_HEIGHT / 2;
      d =
          "M "
              + Svg.number(x - 15)
              + " "
              + Svg.number(y)
              + " C "
              + Svg.number(x - 30)
              + " "
              + Svg.number(y - 40)
              + " "
              + Svg.number(x + 30)
              + " "
              + Svg.number(y - 40)
              + " "
              + Svg.number(x + 15)
              + " "
              + Svg.number(y);
      labelX = x;
      labelY = y - 32;
    } else {
      boolean forward = Svg.lookup(layer, t.target()) > Svg.lookup(layer, t.source());
      // within a layer, from the box's bottom to the next one's top, down on the right, up on the
      // left; across layers, from side to side
      double down = Math.signum(b[1] - a[1]);
      double x1 = a[0] + (b[0] > a[0] ? BOX_WIDTH / 2 : b[0] < a[0] ? -BOX_WIDTH / 2 : 20 * down);
      double y1 = a[1] + (b[0] == a[0] ? down * BOX_HEIGHT / 2 : 0);
      double x2 = b[0] + (a[0] > b[0] ? BOX_WIDTH / 2 : a[0] < b[0] ? -BOX_WIDTH / 2 : 20 * down);
      double y2 = b[1] + (b[0] == a[0] ? -down * BOX_HEIGHT / 2 : 0);
      double dx = x2 - x1;
      double dy = y2 - y1;
      double length = Math.max(1, Math.hypot(dx, dy));
      double bend = forward ? 0 : b[0] == a[0] ? 15 : 40;
      // bend to the left of the direction of travel: a → b and b → a bend apart
      double cx = (x1 + x2) / 2 + bend * dy / length;
      double cy = (y1 + y2) / 2 - bend * dx / length;
      d =
          "M "
              + Svg.number(x1)
              + " "
              + Svg.number(y1)
              + " Q "
              + Svg.number(cx)
              + " "
              + Svg.number(cy)
              + " "
              + Svg.number(x2)
              + " "
              + Svg.number(y2);
      labelX = (x1 + 2 * cx + x2) / 4;
      labelY = (y1 + 2 * cy + y2) / 4 - 4;
    }
    svg.start("g")
        .attr("class", "edge")
        .attr("data-source", t.source())
        .attr("data-target", t.target())
        .attr("data-count", Long.toString(t.count()));
    svg.start("path")
        .attr("d", d)
        .attr("fill", "none")
        .attr("stroke", "#555555")
        .attr("stroke-width", 1 + 4.0 * t.count() / most)
        .attr("marker-end", "url(#arrow)")
        .end();
    svg.start("text")
        .attr("class", "count")
        .attr("x", labelX)
        .attr("y", labelY)
        .attr("text-anchor", "middle")
        .attr("font-size", 11)
        .attr("stroke", "#ffffff")
        .attr("stroke-width", 3)
        .attr("paint-order", "stroke")
        .text(Long.toString(t.count()))
        .end();
    svg.end();
  }

  /** {@return the size of the graph drawn} */
  @Override
  public String toString() {
    return "FollowsPicture[journeys="
        + graph.journeyCount()
        + ", touchpoints="
        + graph.touchpoints().size()
        + ", transitions="
        + graph.transitions().size()
        + (minimumCount == 1 ? "" : ", minimumCount=" + minimumCount)
        + "]";
  }
}
