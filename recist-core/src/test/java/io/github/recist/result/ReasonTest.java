package io.github.recist.result;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.recist.Recist11;
import io.github.recist.model.Protocol;
import io.github.recist.model.Site;
import io.github.recist.model.Subject;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link Reason}: its values come with their names, and every name is a value of the sentence. */
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
}
