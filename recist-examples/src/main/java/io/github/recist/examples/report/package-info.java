/**
 * The cohort report: the pictures oncologists read — a waterfall of each subject's best change of
 * the target sum, a spider plot of the change over time, a swimmer plot of time on study, and
 * Kaplan–Meier curves with the number at risk — as PNG and SVG drawn on Java2D (SVG through VectorGraphics2D, with real text), and a
 * self-contained {@code report.html} with the per-subject results and the cohort endpoints of Rule
 * R13 ({@link io.github.recist.cohort.Cohort}).
 *
 * <p>Entry point: {@link io.github.recist.examples.report.CohortReport#write}. Everything is drawn
 * off-screen ({@code java.awt.headless=true}).
 */
package io.github.recist.examples.report;
