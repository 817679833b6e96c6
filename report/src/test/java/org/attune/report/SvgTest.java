package org.attune.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SvgTest {

  @Test
  void should_write_numbers_in_the_root_locale_with_two_decimals() {
    assertThat(Svg.number(1234.5)).isEqualTo("1234.50");
    assertThat(Svg.number(-0.001)).isEqualTo("0.00");
    assertThat(Svg.number(0.125)).isEqualTo("0.13");
    assertThat(Svg.number(-0.0001, 3)).isEqualTo("0.000");
    assertThatThrownBy(() -> Svg.number(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a coordinate must be finite, but was NaN");
  }

  @Test
  void should_escape_text_and_attributes_and_replace_what_xml_cannot_hold() {
    // given
    Svg svg = new Svg(10, 10, "t");

    // when
    String out =
        svg.start("text")
            .attr("data-x", "<\"'&>\n")
            .text("<a & 'b' \"c\"> \u0001 \ud800 \ud83d\ude00")
            .end()
            .finish();

    // then: a control character and a lone surrogate become U+FFFD; a pair is kept
    assertThat(out)
        .contains("data-x=\"&lt;&quot;&apos;&amp;&gt;&#10;\"")
        .contains(">&lt;a &amp; 'b' \"c\"&gt; \uFFFD \uFFFD \ud83d\ude00</text>");
    assertThat(Xml.texts(Xml.parse(out))).contains("<a & 'b' \"c\"> \uFFFD \uFFFD \ud83d\ude00");
  }

  @Test
  void should_end_a_line_after_each_element_of_the_root_only() {
    // given
    Svg svg = new Svg(10, 20, "t");

    // when
    String out = svg.start("g").start("rect").end().end().finish();

    // then
    assertThat(out)
        .isEqualTo(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10.00\" height=\"20.00\""
                + " viewBox=\"0 0 10.00 20.00\" font-family=\"sans-serif\" font-size=\"12.00\""
                + " role=\"img\"><title>t</title>\n"
                + "<rect width=\"10.00\" height=\"20.00\" fill=\"#ffffff\"/>\n"
                + "<g><rect/></g>\n"
                + "</svg>\n");
  }

  @Test
  void should_keep_a_surrogate_pair_and_replace_a_lone_or_final_half_and_what_xml_cannot_hold() {
    // given: a pair between letters; a high half at the end; U+001F below the space, the space
    // itself; U+FFFE and U+FFFF; a carriage return and a tab in an attribute
    StringBuilder out = new StringBuilder();

    // when
    Svg.escape(out, "a\ud83d\ude00b\ud83d", false);
    out.append('|');
    Svg.escape(out, "\u001f \ufffe\uffff\ufffd", false);
    out.append('|');
    Svg.escape(out, "\r\t", true);

    // then
    assertThat(out.toString())
        .isEqualTo("a\ud83d\ude00b\ufffd|\ufffd \ufffd\ufffd\ufffd|&#13;&#9;");
  }

  @Test
  void should_refuse_an_attribute_outside_a_start_tag() {
    // given
    Svg svg = new Svg(10, 10, "t");

    // then
    assertThatThrownBy(() -> svg.start("g").text("x").attr("class", "late"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("attribute class outside a start tag");
  }
}
