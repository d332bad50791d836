package io.github.clsante.cls.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The document order of JSON Pointers: segment by segment, array indexes as numbers. */
class JsonPointersTest {

  @Test
  @Label("indexes compare as numbers, names as text, a parent before its children")
  void documentOrder() {
    assertThat(JsonPointers.compare("/people/2", "/people/10")).isNegative();
    assertThat(JsonPointers.compare("/people/10", "/people/2")).isPositive();
    assertThat(JsonPointers.compare("/people/007", "/people/7")).isZero();
    assertThat(JsonPointers.compare("/people", "/people/0")).isNegative();
    assertThat(JsonPointers.compare("", "/")).isNegative();
    assertThat(JsonPointers.compare("/actions/3/indicators", "/actions/3/indicators")).isZero();
    assertThat(JsonPointers.compare("/actions/3/indicators", "/actions/3/budget")).isPositive();
    assertThat(JsonPointers.compare("/governance/bodies/1/meetings/12", "/governance/bodies/1/meetings/3"))
        .isPositive();
    // a number against a name compares as text: "/1" < "/a"
    assertThat(JsonPointers.compare("/people/1", "/people/a")).isNegative();
    assertThat(JsonPointers.compare("/people/123456789012345678901234567890", "/people/99")).isPositive();
  }

  /**
   * The order as first written: segments found by a regular expression, numbers compared as {@code BigInteger}s.
   * The scan that replaced it (issue #16) must give the same sign for every pair of strings, however odd.
   */
  static int byPattern(String a, String b) {
    Pattern segment = Pattern.compile("/(\\d+)(?=/|$)|/([^/]*)");
    Matcher ma = segment.matcher(a);
    Matcher mb = segment.matcher(b);
    while (true) {
      boolean ha = ma.find();
      boolean hb = mb.find();
      if (!ha || !hb) {
        return Boolean.compare(ha, hb);
      }
      int c;
      if (ma.group(1) != null && mb.group(1) != null) {
        c = new java.math.BigInteger(ma.group(1)).compareTo(new java.math.BigInteger(mb.group(1)));
      } else {
        c = ma.group().compareTo(mb.group());
      }
      if (c != 0) {
        return c;
      }
    }
  }

  @Provide
  Arbitrary<String> pointers() {
    return Arbitraries.strings().withChars('/', '/', '/', '0', '0', '1', '2', '9', 'a', 'b', '~', 'é', '\n', '\r',
        '\u2028').ofMaxLength(14);
  }

  @Property(tries = 2000)
  @Label("the same sign as the pattern's order, for any two strings")
  void sameAsPattern(@ForAll("pointers") String a, @ForAll("pointers") String b) {
    assertThat(Integer.signum(JsonPointers.compare(a, b))).as("%s | %s", a, b)
        .isEqualTo(Integer.signum(byPattern(a, b)));
  }

  @Property(tries = 500)
  @Label("a total order: antisymmetric, and zero against itself")
  void antisymmetric(@ForAll("pointers") String a, @ForAll("pointers") String b) {
    assertThat(JsonPointers.compare(a, a)).isZero();
    assertThat(Integer.signum(JsonPointers.compare(a, b))).isEqualTo(-Integer.signum(JsonPointers.compare(b, a)));
  }
}
