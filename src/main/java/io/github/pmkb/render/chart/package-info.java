/**
 * Build-time SVG charts for the analytics page: plain strings, escaped labels, text alternatives.
 * Front door: {@link io.github.pmkb.render.chart.BarChart}.
 */
package io.github.pmkb.render.chart;
