package io.github.recist.model;

import static io.github.recist.Fixtures.REF;
import static io.github.recist.Fixtures.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.recist.Recist11;
import io.github.recist.result.BestResponse;
import io.github.recist.result.SubjectAssessment;
import io.github.recist.result.TimepointResult;
import io.github.recist.testing.Pins;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The response codes are split by level (issue 12, item 2), so that a best-response-only code
 * (MISSING) or a component-only code (NA) cannot be put where a visit response belongs: the
 * compiler refuses {@code recorded(date, Response.MISSING)}, {@code RecordedResponse.of(date,
 * Response.NA)} and {@code TimepointResult.builder().overall(...)}. These tests pin the types that
 * make it so, and that every code still reads back as its RECIST 1.1 category (R9, R12, R14).
 */
class ResponseLevelsTest {

  private static final Set<Response> NOT_A_VISIT = EnumSet.of(Response.MISSING, Response.NA);

  private static List<ResponseCode> everyVisitCode() {
    return Stream.concat(Stream.of(VisitResponse.values()), Stream.of(IrecistResponse.values()))
        .map(c -> (ResponseCode) c).toList();
  }

  @Test
  void aVisitResponseIsEveryRecist11CategoryButMissingAndNaInRankOrder() {
    List<Response> categories = Arrays.stream(VisitResponse.values()).map(VisitResponse::category)
        .toList();
    List<Response> expected = Arrays.stream(Response.values()).filter(r -> !NOT_A_VISIT.contains(r))
        .toList();
    assertEquals(expected, categories);
    for (VisitResponse v : VisitResponse.values()) {
      assertEquals(v.name(), v.category().name());
      assertEquals(v.name(), v.code());
      assertEquals(v.category().description(), v.description());
      assertTrue(v.category().isRecordable(), v::code);
    }
  }

  @Pins("R14")
  @Test
  void everyVisitCodeStandsForAVisitCategory() {
    for (ResponseCode c : everyVisitCode()) {
      assertFalse(NOT_A_VISIT.contains(c.category()), c::code);
    }
    // NE and ND are shared: iRECIST has no code of its own for them
    assertEquals(Set.of(Response.CR, Response.PR, Response.SD, Response.NON_CR_NON_PD, Response.PD),
        Arrays.stream(IrecistResponse.values()).map(IrecistResponse::category)
            .collect(Collectors.toSet()));
  }

  @Test
  void theLevelsAreSealedSoNoOtherCodeCanBeAdded() {
    assertEquals(Set.of(VisitResponse.class, IrecistResponse.class),
        Set.of(ResponseCode.class.getPermittedSubclasses()));
    assertEquals(Set.of(ResponseCode.class, NoAssessment.class),
        Set.of(BestResponseCode.class.getPermittedSubclasses()));
    assertFalse(BestResponseCode.class.isAssignableFrom(Response.class),
        "Response is the category readers compare with, no code to set");
    assertFalse(ResponseCode.class.isAssignableFrom(NoAssessment.class));
    assertEquals(List.of(NoAssessment.MISSING), List.of(NoAssessment.values()));
    assertEquals(Response.MISSING, NoAssessment.MISSING.category());
    assertEquals("MISSING", NoAssessment.MISSING.code());
  }

  @Test
  void aVisitResponseIsSetOnlyAsAVisitCode() throws NoSuchMethodException {
    assertEquals(Set.of(List.of(LocalDate.class, ResponseCode.class)),
        publicParameterLists(Subject.Builder.class, "recorded"));
    assertEquals(Set.of(List.of(LocalDate.class, ResponseCode.class)),
        publicParameterLists(RecordedResponse.class, "of"));
    assertEquals(Set.of(), publicParameterLists(TimepointResult.Builder.class, "overall"));
    assertEquals(Set.of(), publicParameterLists(BestResponse.Builder.class, "response"));
    assertEquals(Set.of(),
        publicParameterLists(SubjectAssessment.Builder.class, "bestOverallResponse"));
    assertEquals(ResponseCode.class, TimepointResult.class.getMethod("overallCode").getReturnType());
    assertEquals(BestResponseCode.class,
        SubjectAssessment.class.getMethod("bestOverallResponseCode").getReturnType());
    assertEquals(BestResponseCode.class, BestResponse.class.getMethod("code").getReturnType());
  }

  private static Set<List<Class<?>>> publicParameterLists(Class<?> type, String name) {
    return Arrays.stream(type.getMethods())
        .filter(m -> m.getName().equals(name) && Modifier.isPublic(m.getModifiers()))
        .map(Method::getParameterTypes).map(List::of).collect(Collectors.toSet());
  }

  @Test
  void missingAndNaAreNoVisitResponse() {
    for (Response r : NOT_A_VISIT) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> VisitResponse.of(r));
      assertEquals(r + " is not a visit response (MISSING is a best response only, NA a component "
          + "only)", e.getMessage());
      assertThrows(IllegalArgumentException.class, () -> VisitResponse.parse(r.name()));
    }
    assertEquals(VisitResponse.NON_CR_NON_PD, VisitResponse.parse("NON-CR/NON-PD"));
    for (VisitResponse v : VisitResponse.values()) {
      assertEquals(v, VisitResponse.of(v.category()));
      assertEquals(v, VisitResponse.parse(v.code()));
    }
  }

  @Pins({"R12", "R14.11"})
  @Test
  void onlyTheBestLevelHasMissing() {
    for (Criteria c : Criteria.values()) {
      assertEquals(NoAssessment.MISSING, c.code(Response.MISSING), c::name);
      assertThrows(IllegalArgumentException.class, () -> c.code(Response.NA), c::name);
      assertEquals(VisitResponse.NE, c.code(Response.NE), c::name);
      assertEquals(VisitResponse.ND, c.code(Response.ND), c::name);
      for (ResponseCode v : everyVisitCode()) {
        assertEquals(c.allows(v), v instanceof VisitResponse
            ? c == Criteria.RECIST_1_1 || v == VisitResponse.NE || v == VisitResponse.ND
            : c == Criteria.IRECIST, () -> c + " " + v.code());
      }
    }
    assertEquals(VisitResponse.PR, Criteria.RECIST_1_1.code(Response.PR));
    assertEquals(IrecistResponse.IPR, Criteria.IRECIST.code(Response.PR));
    Subject nothingAfterBaseline = Subject.builder("NONE").referenceDate(REF).target("T1", Site.LUNG)
        .baseline(day(-3), v -> v.measure("T1", 30)).build();
    for (Criteria c : Criteria.values()) {
      SubjectAssessment a = Recist11.assess(nothingAfterBaseline,
          Protocol.defaults().withCriteria(c));
      assertEquals(NoAssessment.MISSING, a.bestOverallResponseCode(), c::name);
      assertEquals(Response.MISSING, a.bestOverallResponse(), c::name);
    }
  }

  @Pins("R14.13")
  @Test
  void aRecordedVisitReadsBackAsItsCodeAndCategory() {
    Subject s = Subject.builder("REC").referenceDate(REF).recorded(day(42), VisitResponse.NE)
        .recorded(day(84), IrecistResponse.IUPD).build();
    assertEquals(Response.NE, s.recordedInDateOrder().get(0).response());
    assertEquals(VisitResponse.NE, s.recordedInDateOrder().get(0).code());
    assertThrows(IllegalStateException.class, () -> s.recordedInDateOrder().get(1).response());
    List<TimepointResult> t = Recist11.assess(s, Protocol.defaults().withCriteria(Criteria.IRECIST))
        .timepoints();
    assertEquals(List.of(VisitResponse.NE, IrecistResponse.IUPD),
        t.stream().map(TimepointResult::overallCode).toList());
    assertEquals(List.of(Response.NE, Response.PD), t.stream().map(TimepointResult::overall).toList());
  }
}
