/**
 * CDISC ADaM out: ADRS, ADTTE and ADTR-style sums, and the RS records derived from measurements, in
 * the shape of the pharmaverse {@code admiralonco} templates. {@link
 * io.github.recist.examples.adam.AdamProfile} names whose derivations are followed where admiralonco
 * and RECIST-RULES.md differ. Parameters and return values are non-null unless a method says
 * otherwise.
 */
package io.github.recist.examples.adam;
