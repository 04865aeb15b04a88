package io.github.recist.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.recist.model.IrecistResponse;
import io.github.recist.model.Response;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A time point's overall response is a visit response, and its code's category (issue 12). */
class TimepointResultTest {

  private static final LocalDate DATE = LocalDate.of(2018, 3, 7);

  private static TimepointResult.Builder visit() {
    return TimepointResult.builder().date(DATE).target(Response.NA).nonTarget(Response.NA)
        .newLesions(NewLesionFinding.NONE);
  }

  @Test
  void aBestResponseOnlyOrComponentOnlyCodeIsNoVisitResponse() {
    for (Response notAVisitResponse : new Response[] {Response.MISSING, Response.NA}) {
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> visit().overall(notAVisitResponse).build());
      assertEquals(DATE + ": " + notAVisitResponse + " is not a visit response (MISSING is a best "
          + "response only, NA a component only)", e.getMessage());
    }
  }

  @Test
  void theOverallResponseIsTheCategoryOfItsCode() {
    TimepointResult t = visit().overall(Response.PD).overallCode(IrecistResponse.IUPD).build();
    assertEquals(IrecistResponse.IUPD, t.overallCode());
    assertEquals(Response.PD, visit().overall(Response.PD).build().overallCode());
    assertThrows(IllegalStateException.class,
        () -> visit().overall(Response.PR).overallCode(IrecistResponse.IUPD).build());
  }
}
