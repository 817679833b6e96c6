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
}
