/**
 * Build-time SVG charts for the analytics page: plain strings, escaped labels, text alternatives.
 * Front door: {@link org.x.pmkb.render.chart.BarChart}.
 */
package org.x.pmkb.render.chart;
