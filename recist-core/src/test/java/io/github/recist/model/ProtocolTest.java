package io.github.recist.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Protocol options: the defaults of the case format, validated copies. */
class ProtocolTest {

  @Test
  void defaultsAreThoseOfTheCaseFormat() {
    Protocol p = Protocol.defaults();
    assertEquals(Criteria.RECIST_1_1, p.criteria());
    assertTrue(p.confirmationRequired());
    assertEquals(28, p.minConfirmationDays());
    assertEquals(42, p.minStableDiseaseDays());
    assertEquals(365, p.followUpDays());
    assertEquals(1, p.maxNotEvaluableBetween());
    assertFalse(p.acceptStableDiseaseBetween());
    assertFalse(p.persistentPartialResponse());
    assertFalse(p.missingAsNotEvaluable());
    assertFalse(p.strict());
    assertEquals(28, p.maxBaselineDaysBeforeStart());
    assertEquals("Protocol[RECIST_1_1, defaults]", p.toString());
  }

  @Test
  void copiesLeaveTheOriginalUnchanged() {
    Protocol p = Protocol.defaults().withConfirmation(Confirmation.NOT_REQUIRED).withFollowUpDays(180);
    assertFalse(p.confirmationRequired());
    assertEquals(180, p.followUpDays());
    assertTrue(Protocol.defaults().confirmationRequired());
    assertEquals("Protocol[RECIST_1_1, confirmation NOT_REQUIRED, followUpDays 180]", p.toString());
  }

  @Test
  void refusesNegativeIntervalsNamingTheOption() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Protocol.defaults().withMinConfirmationDays(-1));
    assertTrue(e.getMessage().contains("minConfirmationDays"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Protocol.defaults().withMinStableDiseaseDays(-1));
    assertThrows(IllegalArgumentException.class, () -> Protocol.defaults().withFollowUpDays(0));
    assertThrows(IllegalArgumentException.class, () -> Protocol.defaults().withMaxNotEvaluableBetween(-1));
    assertThrows(IllegalArgumentException.class, () -> Protocol.defaults().withMaxBaselineDaysBeforeStart(-1));
  }
}
