/**
 * The rules of RECIST 1.1 as this project implements them (RECIST-RULES.md R1–R13), one class per
 * rule group, named as the guideline names it: {@link io.github.recist.rules.Measurability} (R1),
 * {@link io.github.recist.rules.TargetSelection} (R2), {@link io.github.recist.rules.BaselineTiming}
 * (R3), {@link io.github.recist.rules.RecordedValues} (R4), {@link
 * io.github.recist.rules.SumOfDiameters} (R5), {@link io.github.recist.rules.TargetResponse} (R6),
 * {@link io.github.recist.rules.NonTargetResponse} (R7), {@link io.github.recist.rules.NewLesions}
 * (R8), {@link io.github.recist.rules.OverallResponseTable} (R9), {@link
 * io.github.recist.rules.EvaluationWindow} (R10), {@link io.github.recist.rules.BestOverallResponse}
 * (R11), {@link io.github.recist.rules.ConfirmedBestOverallResponse} (R12) and {@link
 * io.github.recist.rules.Endpoints} (R13).
 *
 * <p>The seam between the engine and a criteria set: {@link io.github.recist.rules.ResponseCriteria}
 * classifies each visit against the subject's {@link io.github.recist.rules.Course}, the immutable
 * value that joins one visit to the next (baseline, nadir, "had reached CR", the visits so far);
 * {@link io.github.recist.rules.Recist11Criteria} is RECIST 1.1.
 *
 * <p>Every class here is stateless or an immutable value, and every method a pure function of its
 * arguments. Thresholds are
 * decided on exact tenths of a millimetre. Parameters and return values are non-null unless a method
 * says otherwise.
 */
package io.github.recist.rules;
