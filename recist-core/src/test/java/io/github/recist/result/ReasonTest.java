package io.github.recist.result;

import static io.github.recist.testing.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.recist.Recist11;
import io.github.recist.model.Diameter;
import io.github.recist.model.Protocol;
import io.github.recist.model.Response;
import io.github.recist.model.Site;
import io.github.recist.model.Subject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link Reason}: its values come with their names, and every name is a value of the sentence; the
 * sentence is the template with each value as {@link String#valueOf(Object)} shows it, lists joined
 * by commas, whether rendered as a string or as bytes ({@link Reason#renderTo}).
 */
class ReasonTest {

  @Test
  void everyKindNamesEachValueOfItsSentenceOnce() {
    Pattern placeholder = Pattern.compile("\\{(\\d)\\}");
    for (Reason.Kind kind : Reason.Kind.values()) {
      TreeSet<Integer> used = new TreeSet<>();
      Matcher m = placeholder.matcher(kind.template());
      while (m.find()) {
        used.add(Integer.parseInt(m.group(1)));
      }
      int values = used.isEmpty() ? 0 : used.last() + 1;
      assertEquals(values, kind.valueNames().size(), kind + ": " + kind.valueNames());
      assertEquals(values, new TreeSet<>(kind.valueNames()).size(), kind + " repeats a name");
      assertEquals(used.size(), values, kind + " leaves a value out of its sentence");
    }
  }

  @Test
  void R6_4_aPartialResponsePrintsItsValuesWithTheirNames() {
    LocalDate day0 = LocalDate.of(2018, 1, 10);
    Subject s = Subject.builder("SARC-001").referenceDate(day0).target("T1", Site.LUNG)
        .baseline(day0.minusDays(5), v -> v.measure("T1", 70))
        .visit(day0.plusDays(28), v -> v.measure("T1", 49)).build();
    Reason pr = Recist11.assess(s, Protocol.defaults()).timepoints().get(0).reasons().stream()
        .filter(r -> r.kind() == Reason.Kind.TARGET_PARTIAL_RESPONSE).findFirst().orElseThrow();
    assertEquals("{sum=49 mm, decreasePct=30.0, baseline=70 mm, minDecreasePct=30}",
        pr.namedValues().toString());
    assertEquals(List.of("sum", "decreasePct", "baseline", "minDecreasePct"),
        pr.kind().valueNames());
    assertEquals(pr.values(), List.copyOf(pr.namedValues().values()));
  }

  @Test
  void aReasonWithoutValuesHasNoNamedValue() {
    assertEquals("{}", Reason.of(Reason.Kind.TARGET_NONE_EVALUATED).namedValues().toString());
  }

  /** Values of every type a rule gives a reason, and some no rule gives. */
  private static Gen<Object> values() {
    Gen<Object> diameters = longs().between(-2_000, Diameter.MAX_TENTHS)
        .map(t -> t < 0 ? (Object) Diameter.render(t) : Diameter.ofTenths(t));
    Gen<Object> percents = longs().between(0, 5_000).zip(longs().between(0, 5_000),
        arbitrary().pick(true, false),
        (a, b, signed) -> signed ? PercentChange.signed(a, b) : PercentChange.magnitude(a, b));
    Gen<Object> dates = integers().between(-800_000, 3_000_000)
        .map(d -> (Object) LocalDate.ofEpochDay(d));
    Gen<Object> numbers = arbitrary().pick(0, 7, -3, 20, 2_147_483_647, Integer.MIN_VALUE, 12L,
        Long.MIN_VALUE, Long.MAX_VALUE, -1_000_000_007L);
    Gen<Object> texts = arbitrary().pick("T1", "a\"b", "back\\slash", "tab\there", "é\u0080ß",
        "€ 3 bytes", "😀 pair", "lone \ud800", "", "NT1, NT2");
    Gen<Object> others = arbitrary().pick(java.util.Arrays.asList(Response.PD,
        Response.NON_CR_NON_PD, new java.math.BigDecimal("1E+3"),
        Reason.of(Reason.Kind.TARGET_NONE_EVALUATED),
        Reason.of(Reason.Kind.PROGRESSION_DATE, LocalDate.of(2020, 2, 29)), 'c', 2.5, null));
    Gen<Object> one = arbitrary().pick(List.of(diameters, percents, dates, numbers, texts, others))
        .flatMap(g -> g);
    Gen<Object> lists = one.zip(one, texts, (a, b, c) -> (Object) java.util.Arrays.asList(a, b, c));
    Gen<Object> nested =
        one.map(a -> (Object) java.util.Arrays.asList(a, java.util.Arrays.asList(a, "x")));
    return arbitrary().pick(List.of(one, one, one, lists, nested))
        .flatMap(g -> g);
  }

  /** The template with each value as {@code String.valueOf} shows it: the contract. */
  private static String expected(Reason.Kind kind, List<Object> values) {
    StringBuilder s = new StringBuilder();
    String t = kind.template();
    for (int i = 0; i < t.length(); i++) {
      if (t.charAt(i) == '{' && i + 2 < t.length() && t.charAt(i + 2) == '}') {
        Object v = values.get(t.charAt(i + 1) - '0');
        if (v instanceof Iterable) {
          String separator = "";
          for (Object o : (Iterable<?>) v) {
            s.append(separator).append(o);
            separator = ", ";
          }
        } else {
          s.append(v);
        }
        i += 2;
      } else {
        s.append(t.charAt(i));
      }
    }
    return s.toString();
  }

  /** The UTF-8 bytes a sink receives, text and template alike. */
  private static byte[] rendered(Reason r) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    r.renderTo(new Reason.Sink() {
      @Override
      public void ascii(byte[] b) {
        out.writeBytes(b);
      }

      @Override
      public void ascii(int c) {
        out.write(c);
      }

      @Override
      public void text(String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
      }
    });
    return out.toByteArray();
  }

  /** Eight values of any of the kinds a reason holds, enough for every kind's template. */
  private static Gen<List<Object>> eightValues() {
    return values().zip(values(), values(), values(),
        (a, b, c, d) -> java.util.Arrays.asList(a, b, c, d)).zip(values().zip(values(), values(),
            values(), (a, b, c, d) -> java.util.Arrays.asList(a, b, c, d)), (x, y) -> {
              List<Object> all = new ArrayList<>(x);
              all.addAll(y);
              return all;
            });
  }

  @Test
  void theSentenceShowsEachValueAsStringValueOfDoesInStringAndInBytes() {
    Gen<List<Object>> eight = eightValues();
    qt(2_000).forAll(arbitrary().enumValues(Reason.Kind.class), eight).checkAssert((kind, all) -> {
      List<Object> v = all.subList(0, kind.valueNames().size());
      Reason r = Reason.of(kind, v.toArray());
      String expected = expected(kind, v);
      assertEquals(expected, r.appendTo(new StringBuilder()).toString());
      assertEquals(expected, r.text());
      assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), rendered(r), expected);
    });
  }

  /**
   * A sink that holds {@link Reason#renderTo} to its word ({@link Reason.Sink#room}): room made
   * before anything else, and no more bytes but text's between two calls than the first of them
   * made room for.
   */
  private static final class RoomCheckingSink implements Reason.Sink {
    private int left = -1;
    private int rooms;

    @Override
    public void room(int bytes) {
      assertTrue(bytes >= 0, "room " + bytes);
      left = bytes;
      rooms++;
    }

    private void take(int bytes) {
      left -= bytes;
      assertTrue(left >= 0, "bytes beyond the room made: " + -left);
    }

    @Override
    public void ascii(byte[] b) {
      take(b.length);
    }

    @Override
    public void ascii(int c) {
      take(1);
    }

    @Override
    public void text(String s) {
      assertTrue(left >= 0, "text before any room was made");
    }
  }

  @Test
  void aSentenceMakesRoomOnceAndNeverWritesBeyondIt() {
    Gen<List<Object>> eight = eightValues();
    qt(2_000).forAll(arbitrary().enumValues(Reason.Kind.class), eight).checkAssert((kind, all) -> {
      Reason r = Reason.of(kind, all.subList(0, kind.valueNames().size()).toArray());
      for (int i = 0; i < 10; i++) { // past the 8th rendering, from which the bytes are kept
        RoomCheckingSink sink = new RoomCheckingSink();
        r.renderTo(sink);
        assertTrue(sink.rooms > 0, "no room made");
      }
    });
  }

  /**
   * R5, R6.3–R6.5: a change kept as the positions of its two diameters ({@link Reason#changeOf}) is
   * the change given as such: the same values, equal both ways with the same hash, the same
   * sentence as text and as bytes, each time it is rendered (past the 8th, from which the bytes are
   * kept).
   */
  private static final Reason.Kind PARTIAL = Reason.Kind.TARGET_PARTIAL_RESPONSE;
  private static final Reason.Kind STABLE = Reason.Kind.TARGET_STABLE_DISEASE;
  private static final Reason.Kind DESPITE = Reason.Kind.TARGET_PD_DESPITE_NOT_EVALUATED;

  @Test
  void R5_aChangeKeptAsTwoDiametersIsTheChangeGivenAsSuch() {
    qt(2_000).forAll(integers().between(0, 20_000), integers().between(0, 20_000),
        integers().between(0, 20_000)).checkAssert((a, b, c) -> {
          boolean magnitude = c % 2 == 0; // shown without sign, or with
          Diameter sum = Diameter.ofTenths(a);
          Diameter reference = Diameter.ofTenths(b);
          PercentChange change = magnitude ? PercentChange.magnitude(a, b)
              : PercentChange.signed(a, b);
          // the layouts the rules give: R6.4 (sum, change, reference, 30), R6.5 (eight values,
          // two changes), R6.1 (a list first, the change third)
          List<Reason[]> pairs = List.of(
              new Reason[] {Reason.of(PARTIAL, sum, change, reference, 30),
                  Reason.of(PARTIAL, sum, Reason.changeOf(0, 2, magnitude), reference, 30)},
              new Reason[] {Reason.of(STABLE, sum, change, reference,
                  PercentChange.signed(a, c), Diameter.ofTenths(c), 30, 20, 50),
                  Reason.of(STABLE, sum, Reason.changeOf(0, 2, magnitude), reference,
                      Reason.changeOf(0, 4, false), Diameter.ofTenths(c), 30, 20, 50)},
              new Reason[] {Reason.of(DESPITE, List.of("T1"), sum, change,
                  Diameter.ofTenths(c), reference),
                  Reason.of(DESPITE, List.of("T1"), sum, Reason.changeOf(1, 4, magnitude),
                      Diameter.ofTenths(c), reference)});
          for (Reason[] pair : pairs) {
            Reason given = pair[0];
            Reason kept = pair[1];
            assertEquals(given.values(), kept.values());
            assertEquals(given, kept);
            assertEquals(kept, given);
            assertEquals(given.hashCode(), kept.hashCode());
            assertEquals(given.namedValues(), kept.namedValues());
            for (int i = 0; i < 10; i++) {
              assertArrayEquals(rendered(given), rendered(kept));
            }
            assertEquals(given.text(), kept.text());
          }
        });
  }

  @Test
  void R5_aChangeNamesTwoOtherPositionsOfTheReason() {
    assertThrows(IllegalArgumentException.class, () -> Reason.changeOf(1, 1, true));
    assertThrows(IllegalArgumentException.class, () -> Reason.changeOf(-1, 2, true));
    assertThrows(IllegalArgumentException.class, () -> Reason.changeOf(0, 10, false));
    assertSame(Reason.changeOf(0, 2, true), Reason.changeOf(0, 2, true));
    // a change that names a position that is not a diameter fails when asked for
    Reason wrong = Reason.of(Reason.Kind.TARGET_PARTIAL_RESPONSE, "T1",
        Reason.changeOf(0, 2, true), Diameter.ofTenths(70), 30);
    assertEquals("T1", wrong.value(0));
    assertThrows(IllegalStateException.class, () -> wrong.value(1));
    assertThrows(IllegalStateException.class, wrong::text);
  }

  @Test
  void R6_5_aSentenceOfEightValuesMakesRoomOnce() {
    Reason sd = Reason.of(Reason.Kind.TARGET_STABLE_DISEASE, Diameter.ofTenths(125),
        PercentChange.signed(125, 140), Diameter.ofTenths(140), PercentChange.signed(125, 100),
        Diameter.ofTenths(100), 30, 20, Diameter.ofMillimetres(5));
    RoomCheckingSink sink = new RoomCheckingSink();
    sd.renderTo(sink);
    assertEquals(1, sink.rooms);
  }

  @Test
  void R6_5_sentencesOfTwoProtocolsInTurnEachEndWithTheirOwnThresholds() {
    for (int i = 0; i < 20; i++) {
      long sum = 100 + i;
      Reason defaults = Reason.of(Reason.Kind.TARGET_STABLE_DISEASE, Diameter.ofTenths(sum),
          PercentChange.signed(sum, 140), Diameter.ofTenths(140), PercentChange.signed(sum, 100),
          Diameter.ofTenths(100), 30, 20, Diameter.ofMillimetres(5));
      Reason other = Reason.of(Reason.Kind.TARGET_STABLE_DISEASE, Diameter.ofTenths(sum),
          PercentChange.signed(sum, 140), Diameter.ofTenths(140), PercentChange.signed(sum, 100),
          Diameter.ofTenths(100), 30, i % 2 == 0 ? 25 : 20, Diameter.ofTenths(75));
      for (Reason r : List.of(defaults, other, defaults)) {
        assertArrayEquals(r.text().getBytes(StandardCharsets.US_ASCII), rendered(r), r.text());
      }
      assertTrue(new String(rendered(defaults), StandardCharsets.US_ASCII)
          .endsWith("SD (R6.5: not 30% below baseline, not 20% and 5 mm above nadir)"));
      assertTrue(new String(rendered(other), StandardCharsets.US_ASCII)
          .endsWith(i % 2 == 0 ? "not 25% and 7.5 mm above nadir)" : "not 20% and 7.5 mm above nadir)"));
    }
  }

  @Test
  void R9_aSharedReasonAppendedAndRenderedManyTimesGivesTheSameSentenceEachTime() {
    Reason table = Reason.of(Reason.Kind.OVERALL_TABLE_1, Response.SD, Response.NON_CR_NON_PD,
        NewLesionFinding.NONE, Response.SD);
    String sentence = "target SD, non-target NON_CR_NON_PD, new lesions NONE: overall SD"
        + " (R9, RECIST 1.1 Table 1)";
    for (int i = 0; i < 20; i++) { // kept as a string from the 8th append on
      assertEquals("> " + sentence, table.appendTo(new StringBuilder("> ")).toString(), "append " + i);
    }
    for (int i = 0; i < 20; i++) {
      assertArrayEquals(sentence.getBytes(StandardCharsets.US_ASCII), rendered(table), "bytes " + i);
    }
    assertEquals(sentence, table.text());
  }

  @Test
  void R6_5_aStableDiseaseRendersItsDigitsAsBytes() {
    Reason sd = Reason.of(Reason.Kind.TARGET_STABLE_DISEASE, Diameter.ofTenths(125),
        PercentChange.signed(125, 140), Diameter.ofTenths(140), PercentChange.signed(125, 100),
        Diameter.ofTenths(100), 30, 20, Diameter.ofMillimetres(5));
    String sentence = "target sum 12.5 mm is -10.7% from baseline 14 mm and +25.0% from nadir 10 mm:"
        + " SD (R6.5: not 30% below baseline, not 20% and 5 mm above nadir)";
    assertArrayEquals(sentence.getBytes(StandardCharsets.US_ASCII), rendered(sd));
    assertEquals(sentence, sd.text());
  }

  /** Renders through a sink that escapes a quote in text, as a JSON writer does. */
  private static String escapedRendering(Reason r) {
    StringBuilder s = new StringBuilder();
    r.renderTo(new Reason.Sink() {
      @Override
      public void ascii(byte[] b) {
        s.append(new String(b, StandardCharsets.US_ASCII));
      }

      @Override
      public void ascii(int c) {
        s.append((char) c);
      }

      @Override
      public void text(String text) {
        s.append(text.replace("\"", "\\\""));
      }
    });
    return s.toString();
  }

  @Test
  void R7_5_aReasonRenderedAgainGivesTheSameBytesAndTextThatNeedsEscapingStillReachesTheSink() {
    Reason safe = Reason.of(Reason.Kind.NON_TARGET_PRESENT, List.of("NT1", "NT2"));
    Reason quoted = Reason.of(Reason.Kind.NON_TARGET_PRESENT, List.of("NT\"1", "NT2"));
    for (int i = 0; i < 20; i++) { // the bytes are kept from the 8th rendering on
      assertEquals("NT1, NT2 present: non-target non-CR/non-PD (R7.5)", escapedRendering(safe),
          "rendering " + i);
      assertEquals("NT\\\"1, NT2 present: non-target non-CR/non-PD (R7.5)",
          escapedRendering(quoted), "rendering " + i);
    }
    assertEquals("NT1, NT2 present: non-target non-CR/non-PD (R7.5)", safe.text());
    assertEquals("NT\"1, NT2 present: non-target non-CR/non-PD (R7.5)", quoted.text());
    assertEquals("NT\\\"1, NT2 present: non-target non-CR/non-PD (R7.5)", escapedRendering(quoted));
  }
}
