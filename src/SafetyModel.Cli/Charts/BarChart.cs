using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SafetyModel.Aggregation;
using SafetyModel.Cli.Output;
using SafetyModel.Primitives;
using ScottPlot;
using SkiaSharp;
using SafetyModel.Records;

namespace SafetyModel.Cli.Charts;

/// <summary>
/// Draws one measure of a statistics table as grouped bars (PNG, ScottPlot): one group per division (or period, or
/// dimension value), one bar per period (or dimension value) within it. An approximate value is drawn honestly: a
/// solid bar up to its lower bound and a pale one from there to its upper bound. Labels are Chinese names (divisions
/// from the registry, periods and dimension values by their Chinese names) when a font with Chinese glyphs is installed
/// (<see cref="ChineseFonts"/>), codes otherwise. A measure that counts (records, hazards, people) gets whole-number
/// ticks only: there is no half a record.
/// </summary>
internal static class BarChart
{
    public const int Width = 1000;
    public const int Height = 560;

    /// <summary>Draws the chart and writes the PNG; returns what was drawn (whether Chinese labels could be used).</summary>
    public static ChartDrawing Write(StatisticsTable table, Measure measure, string path, DivisionRegistry? registry, string chineseTitle)
    {
        try
        {
            return Draw(table, measure, path, registry, chineseTitle);
        }
        catch (Exception e) when (e is DllNotFoundException or TypeInitializationException or EntryPointNotFoundException)
        {
            throw new CliException(
                $"charts cannot be drawn here: SkiaSharp's native library is missing or cannot load for {System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier} " +
                "(the tool carries it for Windows, macOS and Linux on x64 and Arm64; on Linux it needs fontconfig: apt-get install libfontconfig1). Everything else works; leave out --chart.", e);
        }
    }

    private static ChartDrawing Draw(StatisticsTable table, Measure measure, string path, DivisionRegistry? registry, string chineseTitle)
    {
        var column = IndexOf(table.Query.Measures, measure);
        var chinese = ChineseFonts.Find();
        var layout = Layout.Of(table);
        var rows = table.Rows.Where(layout.Takes).ToList();
        var categories = rows.Select(layout.Category).Distinct().ToList();
        var series = rows.Select(layout.Series).Distinct().ToList();

        var plot = new Plot();

        var palette = new ScottPlot.Palettes.Category10();
        var groupWidth = 0.8;
        var barWidth = groupWidth / Math.Max(1, series.Count);
        var bars = new List<Bar>();
        foreach (var row in rows)
        {
            var c = categories.IndexOf(layout.Category(row));
            var s = series.IndexOf(layout.Series(row));
            var position = c - (groupWidth / 2) + (barWidth * (s + 0.5));
            var value = row.Values[column];
            var lower = (double)value.Lower.Value;
            var color = palette.GetColor(s);
            bars.Add(new Bar { Position = position, Value = lower, ValueBase = 0, Size = barWidth * 0.92, FillColor = color, LineWidth = 0 });
            if (value.Upper is { } upper && (double)upper.Value > lower)
            {
                bars.Add(new Bar { Position = position, Value = (double)upper.Value, ValueBase = lower, Size = barWidth * 0.92, FillColor = color.WithAlpha(0.35), LineWidth = 0 });
            }
        }

        plot.Add.Bars(bars);
        var categoryLabels = categories.Select(k => Label(k, registry, chinese is not null)).ToArray();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, categories.Count).Select(i => (double)i).ToArray(), categoryLabels);
        var valueTicks = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = measure.Kind != MeasureKind.Sum };
        plot.Axes.Left.TickGenerator = valueTicks;
        var legendLabels = new List<string>();
        if (series.Count > 1 || (series.Count == 1 && series[0].Kind != KeyKind.None))
        {
            legendLabels.AddRange(series.Select(k => Label(k, registry, chinese is not null)));
            if (chinese is not null)
            {
                // ScottPlot 5.1 places CJK text too high in a legend (its issue #5213), clipping the first item: a blank
                // first item takes the clipped strip.
                plot.Legend.ManualItems.Add(new LegendItem { LabelText = " ", FillColor = Colors.Transparent, LineWidth = 0 });
            }

            plot.Legend.ManualItems.AddRange(legendLabels.Select((label, i) => new LegendItem { LabelText = label, FillColor = palette.GetColor(i) }));
            plot.ShowLegend(Edge.Right);
        }

        plot.Axes.Margins(bottom: 0);
        var title = chinese is not null ? chineseTitle : EnglishTitle(table.Query, measure);
        var yLabel = chinese is not null ? StatisticsView.MeasureName(measure, Language.Chinese) : measure.Code;
        plot.Title(title);
        plot.YLabel(yLabel);
        if (chinese is not null)
        {
            // Set after every label exists, so that each of them (title, axes, ticks, legend) takes the family.
            plot.Font.Set(chinese);
            plot.Legend.FontName = chinese;

            // The same issue for tick labels and the rotated axis label: CJK fonts' tall line metrics clip them at the
            // figure's edge unless moved in.
            plot.Axes.Bottom.TickLabelStyle.OffsetY = 6;
            plot.Axes.Left.Label.OffsetX = 8;
        }

        var directory = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(directory) && !Directory.Exists(directory))
        {
            throw new CliException($"--chart: the directory {directory} does not exist.");
        }

        try
        {
            plot.SavePng(path, Width, Height);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"--chart: {path} cannot be written: {e.Message}", e);
        }

        return new ChartDrawing(path, chinese, title, yLabel, categoryLabels, legendLabels, valueTicks.Ticks.Where(t => t.IsMajor).Select(t => t.Position).ToArray());
    }

    /// <summary>The measure and what it is grouped by: <c>records by township × quarter</c>.</summary>
    public static string EnglishTitle(AggregationQuery query, Measure measure)
    {
        var keys = new[]
        {
            query.DivisionLevel is { } level ? EnumCodes.Of(level) : null,
            query.Granularity is { } granularity ? EnumCodes.Of(granularity) : null,
        }.Where(k => k is not null).ToArray();
        return keys.Length == 0 ? measure.Code : $"{measure.Code} by {string.Join(" × ", keys)}";
    }

    private static int IndexOf(IReadOnlyList<Measure> measures, Measure measure)
    {
        for (var i = 0; i < measures.Count; i++)
        {
            if (measures[i] == measure)
            {
                return i;
            }
        }

        throw new ArgumentException($"The table has no column for {measure}.", nameof(measure));
    }

    /// <summary>A key as a label: a division's, period's or dimension value's Chinese name when it can be drawn, else its code.</summary>
    private static string Label(Key key, DivisionRegistry? registry, bool chinese) => key.Kind switch
    {
        KeyKind.Division => chinese ? StatisticsView.DivisionName(key.Division, registry) : key.Division is { } d && d != default ? d.Code : "-",
        KeyKind.Period => (chinese ? key.Period?.ChineseName : key.Period?.Code) ?? "-",
        KeyKind.Dimension => chinese ? key.DimensionName ?? key.Text : key.Text,
        _ => key.Text,
    };

    private enum KeyKind
    {
        None,
        Division,
        Period,
        Dimension,
    }

    private readonly record struct Key(KeyKind Kind, DivisionCode? Division, ReportingPeriod? Period, string Text, string? DimensionName)
    {
        public static Key OfDivision(StatisticsRow row) => new(KeyKind.Division, row.Division, null, row.Division?.Code ?? "-", null);

        public static Key OfPeriod(StatisticsRow row) => new(KeyKind.Period, null, row.Period, row.Period?.Code ?? "-", null);

        public static Key OfDimension(StatisticsRow row) => new(KeyKind.Dimension, null, null, row.Dimension ?? "-", row.DimensionName);
    }

    /// <summary>Which rows the chart draws, and what groups and colours them.</summary>
    private sealed record Layout(Func<StatisticsRow, bool> Takes, Func<StatisticsRow, Key> Category, Func<StatisticsRow, Key> Series)
    {
        private static readonly Func<StatisticsRow, Key> Single = _ => new Key(KeyKind.None, null, null, string.Empty, null);

        public static Layout Of(StatisticsTable table)
        {
            var query = table.Query;
            var byDivision = query.DivisionLevel is not null;
            var byPeriod = query.Granularity is not null;
            var byDimension = query.Dimension != AggregationDimension.None;
            // The rows for one division and one period: the period subtotals when a dimension splits them further.
            var divisionAndPeriod = byDimension ? StatisticsRowKind.PeriodSubtotal : StatisticsRowKind.Detail;
            if (byDivision && byPeriod)
            {
                return new(r => r.Kind == divisionAndPeriod, Key.OfDivision, Key.OfPeriod);
            }

            if (byDivision)
            {
                return byDimension
                    ? new(r => r.Kind == StatisticsRowKind.Detail, Key.OfDivision, Key.OfDimension)
                    : new(r => r.Kind == StatisticsRowKind.Detail, Key.OfDivision, Single);
            }

            if (byPeriod)
            {
                return byDimension
                    ? new(r => r.Kind == StatisticsRowKind.Detail, Key.OfPeriod, Key.OfDimension)
                    : new(r => r.Kind == StatisticsRowKind.Detail, Key.OfPeriod, Single);
            }

            return byDimension
                ? new(r => r.Kind == StatisticsRowKind.Detail, Key.OfDimension, Single)
                : new(r => r.Kind == StatisticsRowKind.Total, _ => new Key(KeyKind.None, null, null, "total", null), Single);
        }
    }
}
