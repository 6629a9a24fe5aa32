package org.reegraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The latency-versus-graph-size chart the report embeds (XChart, PNG). */
final class Chart {

	private Chart() {
	}

	static void latency(List<QueryBench.Row> rows, Path png) {
		XYChart chart = new XYChartBuilder().width(900).height(560)
			.title("Query latency vs graph size (one client)").xAxisTitle("graph size (nodes)")
			.yAxisTitle("latency (ms)").build();
		chart.getStyler().setXAxisLogarithmic(true);
		chart.getStyler().setYAxisLogarithmic(true);
		chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS);
		chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
		Map<String, List<double[]>> series = new LinkedHashMap<>();
		for (QueryBench.Row r : rows) {
			boolean headline = r.operation().equals(Operation.HEADLINE);
			series.computeIfAbsent(r.operation() + " GraphQL p50", k -> new ArrayList<>())
				.add(new double[] { r.nodes(), r.graphql().p50() });
			if (headline) {
				series.computeIfAbsent(r.operation() + " GraphQL p99", k -> new ArrayList<>())
					.add(new double[] { r.nodes(), r.graphql().p99() });
				series.computeIfAbsent(r.operation() + " Cypher p50", k -> new ArrayList<>())
					.add(new double[] { r.nodes(), r.cypher().p50() });
			}
		}
		series.forEach((name, points) -> {
			double[] x = points.stream().mapToDouble(p -> p[0]).toArray();
			double[] y = points.stream().mapToDouble(p -> Math.max(0.01, p[1])).toArray();
			XYSeries s = chart.addSeries(name, x, y);
			s.setMarker(SeriesMarkers.CIRCLE);
		});
		try {
			Files.createDirectories(png.toAbsolutePath().getParent());
			BitmapEncoder.saveBitmap(chart, png.toString(), BitmapEncoder.BitmapFormat.PNG);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the chart " + png + ": " + ex.getMessage(), ex);
		}
	}
}
