using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace SafetyModel.Cli.Output;

/// <summary>
/// Rows of text in aligned columns for a terminal. Widths count East Asian wide characters (汉字, full-width forms) as
/// two columns, so Chinese and Latin text line up; columns marked numeric are right-aligned.
/// </summary>
internal sealed class TextTable
{
    private readonly string[] _headers;
    private readonly bool[] _numeric;
    private readonly List<string[]> _rows = new();
    private readonly HashSet<int> _rulesBefore = new();

    public TextTable(params string[] headers)
    {
        _headers = headers;
        _numeric = new bool[headers.Length];
    }

    public int RowCount => _rows.Count;

    /// <summary>Right-aligns a column.</summary>
    public TextTable Numeric(params int[] columns)
    {
        foreach (var column in columns)
        {
            _numeric[column] = true;
        }

        return this;
    }

    public void Add(params string[] cells)
    {
        if (cells.Length != _headers.Length)
        {
            throw new ArgumentException($"A row has {cells.Length} cells; the table has {_headers.Length} columns.", nameof(cells));
        }

        // Cells carry the user's values (ids, codes, names): escaped and cut before they reach a terminal.
        _rows.Add(Array.ConvertAll(cells, cell => SafeText.ForTerminal(cell)));
    }

    /// <summary>Draws a rule before the next row added.</summary>
    public void Rule() => _rulesBefore.Add(_rows.Count);

    public void Write(TextWriter writer, string indent = "")
    {
        var widths = new int[_headers.Length];
        for (var c = 0; c < _headers.Length; c++)
        {
            widths[c] = Width(_headers[c]);
            foreach (var row in _rows)
            {
                widths[c] = Math.Max(widths[c], Width(row[c]));
            }
        }

        WriteRow(writer, indent, _headers, widths);
        WriteRule(writer, indent, widths);
        for (var r = 0; r < _rows.Count; r++)
        {
            if (_rulesBefore.Contains(r) && r > 0)
            {
                WriteRule(writer, indent, widths);
            }

            WriteRow(writer, indent, _rows[r], widths);
        }
    }

    /// <summary>The number of terminal columns a text takes: two for each East Asian wide character.</summary>
    public static int Width(string text)
    {
        var width = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var scalar = char.ConvertToUtf32(text[i], text[i + 1]);
                width += scalar is >= 0x20000 and <= 0x3FFFD ? 2 : 1;
                i++;
                continue;
            }

            width += IsWide(text[i]) ? 2 : 1;
        }

        return width;
    }

    private static bool IsWide(char c) =>
        c is >= '\u1100' and <= '\u115F'
            or >= '\u2E80' and <= '\u303E'
            or >= '\u3041' and <= '\u33FF'
            or >= '\u3400' and <= '\u4DBF'
            or >= '\u4E00' and <= '\u9FFF'
            or >= '\uA000' and <= '\uA4CF'
            or >= '\uAC00' and <= '\uD7A3'
            or >= '\uF900' and <= '\uFAFF'
            or >= '\uFE30' and <= '\uFE4F'
            or >= '\uFF00' and <= '\uFF60'
            or >= '\uFFE0' and <= '\uFFE6';

    private void WriteRow(TextWriter writer, string indent, string[] cells, int[] widths)
    {
        var line = new StringBuilder(indent);
        for (var c = 0; c < cells.Length; c++)
        {
            var pad = new string(' ', widths[c] - Width(cells[c]));
            if (c > 0)
            {
                line.Append("  ");
            }

            if (_numeric[c])
            {
                line.Append(pad).Append(cells[c]);
            }
            else
            {
                line.Append(cells[c]);
                if (c < cells.Length - 1)
                {
                    line.Append(pad);
                }
            }
        }

        writer.WriteLine(line.ToString().TrimEnd());
    }

    private static void WriteRule(TextWriter writer, string indent, int[] widths)
    {
        var line = new StringBuilder(indent);
        for (var c = 0; c < widths.Length; c++)
        {
            if (c > 0)
            {
                line.Append("  ");
            }

            line.Append('-', widths[c]);
        }

        writer.WriteLine(line.ToString());
    }

    /// <summary>Formats a whole number for a cell.</summary>
    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
