package io.github.recist.examples.adam;

/**
 * Whose derivations the ADaM writer follows where admiralonco's templates and RECIST-RULES.md
 * differ.
 */
public enum AdamProfile {
  /**
   * admiralonco's {@code ad_adrs.R} and {@code ad_adtte.R} (the default): BOR, CBOR and the other
   * parameters derived from the {@code OVR} records by admiralonco's events; PFS censored at the
   * last assessment ({@code LSTA}) even when it is NE; duration of response from the first
   * (unconfirmed) response, {@code RSP}.
   */
  ADMIRALONCO,
  /**
   * RECIST-RULES.md: BOR, CBOR, the progression date and the endpoints as the engine derives them
   * (R10–R13): PFS censored at the last evaluable assessment, duration of response from the first
   * response of the best overall response (confirmed where required).
   */
  RECIST_RULES
}
