using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using NodaTime;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;
using SafetyModel.Records;
using SafetyModel.Serialization;
using SafetyModel.Text;
using SafetyModel.Validation;

namespace SafetyModel.Office;

/// <summary>
/// Imports a 台账 (ledger) from an .xlsx into records of a chosen kind. Each sheet's header is found in its first rows
/// (one row, or two where a heading spans columns or is merged down), each column is matched to a member of the kind
/// by <see cref="LedgerColumns"/> or the caller's column map, and each data row becomes a JSON object of the contract
/// read by <see cref="SafetyJson"/> with the catalogue — so every kind, a town's own included, imports the same way.
/// Cells are read as what they are: Excel date serials or text dates (<c>2022年5月6日</c>, <c>2022-05-06</c>),
/// <c>3处</c> or <c>500余份</c> through <see cref="Quantity"/>, <c>已整改</c> / <c>未整改</c>, blanks left out. Every
/// problem is an issue with its cell (<c>Sheet1!D17</c>); a row with an error gives no record; nothing is guessed.
/// </summary>
public static class LedgerImport
{
    /// <summary>Imports a ledger.</summary>
    /// <param name="stream">The .xlsx file.</param>
    /// <param name="kind">The record kind's code, such as <c>inspection</c>.</param>
    /// <param name="options">The catalogue, sheet and column map, or <see langword="null"/> for the defaults.</param>
    /// <returns>The records and the issues. Never throws on bad input: a file that cannot be read gives one error issue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="kind"/> is <see langword="null"/>.</exception>
    public static LedgerImportResult Import(Stream stream, string kind, LedgerImportOptions? options = null)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        if (kind is null)
        {
            throw new ArgumentNullException(nameof(kind));
        }

        options ??= LedgerImportOptions.Default;
        var run = new Run(options, kind);
        try
        {
            run.Execute(stream);
        }
        catch (OfficeReadException e)
        {
            run.Issues.Add(new LedgerIssue(e.Diagnostic.Code, ValidationSeverity.Error, null, 0, null, e.Diagnostic.Message));
        }

        return new LedgerImportResult(run.Records, run.Issues);
    }

    /// <summary>Imports a ledger from a file (see <see cref="Import(Stream, string, LedgerImportOptions?)"/>).</summary>
    /// <param name="path">The .xlsx file's path.</param>
    /// <param name="kind">The record kind's code.</param>
    /// <param name="options">The options, or <see langword="null"/>.</param>
    /// <returns>The records and the issues.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static LedgerImportResult ImportFile(string path, string kind, LedgerImportOptions? options = null)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        using var stream = File.OpenRead(path);
        return Import(stream, kind, options);
    }

    private static LocalizedText Text(string english, string chinese) => new(english, chinese);

    private sealed class Run
    {
        private static readonly char[] StrongSeparators = { '；', ';', '\n' };
        private static readonly char[] ItemSeparators = { '、', '，', ',', '/' };
        private readonly LedgerImportOptions _options;
        private readonly string _kindCode;
        private readonly HashSet<string> _mapUsed = new(StringComparer.Ordinal);
        private IReadOnlyList<MemberShape> _shapes = Array.Empty<MemberShape>();
        private bool _date1904;
        private SafetyJsonReadOptions _json = SafetyJsonReadOptions.Default;

        public Run(LedgerImportOptions options, string kind)
        {
            _options = options;
            _kindCode = kind;
        }

        public List<LedgerRecord> Records { get; } = new();

        public List<LedgerIssue> Issues { get; } = new();

        public void Execute(Stream stream)
        {
            var kind = _options.Catalogue.Find(_kindCode);
            var shapes = kind is null ? null : MemberShape.Of(_options.Catalogue, kind.Code);
            if (kind is null || shapes is null)
            {
                Add(LedgerCodes.UnknownKind, ValidationSeverity.Error, null, 0, null,
                    $"There is no record kind '{_kindCode}' in the catalogue; the kinds are: {_options.Catalogue}.",
                    $"目录中没有记录类型“{_kindCode}”；可用类型为：{_options.Catalogue}。");
                return;
            }

            _shapes = shapes;
            _json = new SafetyJsonReadOptions { Catalogue = _options.Catalogue };
            var bytes = DocumentFiles.Load(stream, _options.Limits);
            if (DocumentFiles.Detect(bytes, _options.Limits) is var format && format != DocumentFileFormat.Xlsx)
            {
                throw new OfficeReadException(OfficeCodes.Error(
                    format == DocumentFileFormat.CompoundFile ? OfficeCodes.LegacyBinaryDocument : OfficeCodes.UnknownFormat,
                    $"The file is not an .xlsx workbook ({format}). Open it in Excel or WPS and save it as .xlsx (Excel Workbook).",
                    $"该文件不是 .xlsx 工作簿（{format}）。请用 Excel 或 WPS 打开后另存为 .xlsx（Excel 工作簿）。",
                    ("format", format.ToString())));
            }

            using var workbook = WorkbookReader.Open(bytes, _options.Limits);
            _date1904 = workbook.Date1904;
            if (workbook.Sheets.Count == 0)
            {
                Add(LedgerCodes.NoSheets, ValidationSeverity.Error, null, 0, null,
                    "The workbook has no sheets.", "工作簿中没有工作表。");
                return;
            }

            var sheets = workbook.Sheets.Where(s => _options.Sheet is null || string.Equals(s.Name, _options.Sheet, StringComparison.Ordinal)).ToList();
            if (sheets.Count == 0)
            {
                Add(LedgerCodes.SheetNotFound, ValidationSeverity.Error, null, 0, null,
                    $"The workbook has no sheet '{_options.Sheet}'; its sheets are: {string.Join(", ", workbook.Sheets.Select(s => s.Name))}.",
                    $"工作簿中没有工作表“{_options.Sheet}”；现有工作表为：{string.Join("、", workbook.Sheets.Select(s => s.Name))}。");
                return;
            }

            foreach (var (name, part) in sheets)
            {
                if (part is null)
                {
                    continue; // a chart sheet holds no cells
                }

                ImportSheet(name, workbook.Rows(part));
            }

            foreach (var key in _options.Columns.Keys.Where(k => !_mapUsed.Contains(k)))
            {
                Add(LedgerCodes.BadColumnMap, ValidationSeverity.Error, null, 0, null,
                    $"The column map names '{key}', but no sheet read has a column with that heading or letter.",
                    $"列映射中的“{key}”在所读工作表中找不到同名表头或列号。");
            }
        }

        private void ImportSheet(string sheet, IEnumerable<(int Row, List<SheetCell> Cells)> rows)
        {
            SheetName = sheet;
            using var enumerator = rows.GetEnumerator();
            var top = new List<(int Row, List<SheetCell> Cells)>();
            while (top.Count < _options.HeaderSearchRows && enumerator.MoveNext())
            {
                top.Add(enumerator.Current);
            }

            if (top.Count == 0 || top.All(r => r.Cells.All(c => c.IsBlank)))
            {
                Add(LedgerCodes.EmptySheet, ValidationSeverity.Information, sheet, 0, null, "The sheet holds no cells.", "工作表中没有内容。");
                return;
            }

            var header = FindHeader(top);
            if (header is null)
            {
                Add(LedgerCodes.NoHeaderRow, ValidationSeverity.Error, sheet, 0, null,
                    $"No header row was found in the first {_options.HeaderSearchRows} rows: no heading names a member of '{_kindCode}' ({string.Join(", ", _shapes.Select(s => s.Name))}). Give a column map (heading=member).",
                    $"前 {_options.HeaderSearchRows} 行中找不到表头：没有列标题对应“{_kindCode}”的字段（{string.Join("、", _shapes.Select(s => s.Name))}）。请提供列映射（列标题=字段）。");
                return;
            }

            var (headerRow, columns) = header.Value;
            foreach (var (row, cells) in top.Where(r => r.Row > headerRow).Concat(Rest(enumerator)))
            {
                ImportRow(sheet, row, cells, columns);
            }
        }

        private static IEnumerable<(int Row, List<SheetCell> Cells)> Rest(IEnumerator<(int Row, List<SheetCell> Cells)> enumerator)
        {
            while (enumerator.MoveNext())
            {
                yield return enumerator.Current;
            }
        }

        /// <summary>Finds the header: the row whose cells name most members, with the row above or below it when the heading spans two rows.</summary>
        private (int Row, Dictionary<int, MemberShape> Columns)? FindHeader(List<(int Row, List<SheetCell> Cells)> top)
        {
            var names = _shapes.Select(s => s.Name).ToList();
            int Score(List<SheetCell> cells) => cells.Count(c => c.Text is { } t && (MappedMember(t, c.Column) is not null || LedgerColumns.MemberFor(_kindCode, t, names) is not null));
            var best = -1;
            var bestScore = 0;
            for (var i = 0; i < top.Count; i++)
            {
                var score = Score(top[i].Cells);
                if (score > bestScore)
                {
                    best = i;
                    bestScore = score;
                }
            }

            if (best < 0)
            {
                return null;
            }

            // Two rows: the row below names members too (sub-headings under a merged heading), or the row above has
            // headings over columns this row leaves empty (a heading merged down over both rows).
            var upper = best;
            var lower = best;
            if (best + 1 < top.Count && top[best + 1].Row == top[best].Row + 1 && Score(top[best + 1].Cells) > 0 && top[best + 1].Cells.All(c => c.IsBlank || c.Text is not null))
            {
                lower = best + 1;
            }
            else if (best > 0 && top[best - 1].Row == top[best].Row - 1 && Score(top[best - 1].Cells) > 0)
            {
                upper = best - 1;
            }

            var headings = new Dictionary<int, string>();
            foreach (var cell in top[upper].Cells.Where(c => !c.IsBlank))
            {
                headings[cell.Column] = cell.Display;
            }

            if (lower != upper)
            {
                foreach (var cell in top[lower].Cells.Where(c => !c.IsBlank))
                {
                    headings[cell.Column] = cell.Display; // the lower row's heading is the column's own
                }
            }

            var sheetRow = top[lower].Row;
            var columns = new Dictionary<int, MemberShape>();
            var taken = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var pair in headings.OrderBy(h => h.Key))
            {
                var letters = SheetCell.ColumnName(pair.Key);
                var member = MappedMember(pair.Value, pair.Key) ?? LedgerColumns.MemberFor(_kindCode, pair.Value, names);
                if (member is null || member.Length == 0)
                {
                    Add(LedgerCodes.ColumnNotRead, ValidationSeverity.Information, SheetName, sheetRow, letters,
                        $"The column '{Clean(pair.Value)}' names no member of '{_kindCode}' and is not read (map it with heading=member to read it).",
                        $"列“{Clean(pair.Value)}”不对应“{_kindCode}”的任何字段，未读取（如需读取，请用“列标题=字段”映射）。");
                    continue;
                }

                var shape = _shapes.FirstOrDefault(s => s.Name == member);
                if (shape is null)
                {
                    Add(LedgerCodes.BadColumnMap, ValidationSeverity.Error, SheetName, sheetRow, letters,
                        $"The column map sends '{Clean(pair.Value)}' to '{member}', which is not a member of '{_kindCode}' ({string.Join(", ", names)}).",
                        $"列映射把“{Clean(pair.Value)}”对应到“{member}”，但“{_kindCode}”没有这个字段（{string.Join("、", names)}）。");
                    continue;
                }

                if (taken.TryGetValue(member, out var first))
                {
                    Add(LedgerCodes.ColumnNotRead, ValidationSeverity.Information, SheetName, sheetRow, letters,
                        $"The column '{Clean(pair.Value)}' also names '{member}', which is read from column {SheetCell.ColumnName(first)}; it is not read.",
                        $"列“{Clean(pair.Value)}”同样对应“{member}”，该字段已从 {SheetCell.ColumnName(first)} 列读取，本列未读取。");
                    continue;
                }

                taken[member] = pair.Key;
                columns[pair.Key] = shape;
            }

            return (sheetRow, columns);
        }

        private string SheetName { get; set; } = string.Empty;

        private string? MappedMember(string heading, int column)
        {
            var letters = SheetCell.ColumnName(column);
            foreach (var key in new[] { heading.Trim(), letters })
            {
                if (_options.Columns.TryGetValue(key, out var member))
                {
                    _mapUsed.Add(key);
                    return member;
                }
            }

            return null;
        }

        private void ImportRow(string sheet, int row, List<SheetCell> cells, Dictionary<int, MemberShape> columns)
        {
            if (cells.All(c => c.IsBlank))
            {
                return; // a blank row holds nothing
            }

            using var buffer = new MemoryStream();
            var errors = 0;
            var columnOf = new Dictionary<string, string>(StringComparer.Ordinal);
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                writer.WriteString("type", _kindCode);
                foreach (var cell in cells)
                {
                    if (cell.IsBlank || !columns.TryGetValue(cell.Column, out var shape))
                    {
                        continue;
                    }

                    var letters = SheetCell.ColumnName(cell.Column);
                    columnOf[shape.Name] = letters;
                    if (cell.IsError)
                    {
                        Add(LedgerCodes.ErrorCell, ValidationSeverity.Error, sheet, row, letters,
                            $"The cell holds the Excel error {cell.Text ?? "(unknown)"}, not a value for '{shape.Name}'.",
                            $"单元格为 Excel 错误值 {cell.Text ?? "（未知）"}，不是“{shape.Name}”的取值。");
                        errors++;
                        continue;
                    }

                    writer.WritePropertyName(shape.Name);
                    if (shape.IsArray)
                    {
                        writer.WriteStartArray();
                        foreach (var item in Items(shape, cell.Display))
                        {
                            errors += WriteValue(writer, shape, new SheetCell(cell.Column, item, null), sheet, row, letters) ? 0 : 1;
                        }

                        writer.WriteEndArray();
                    }
                    else if (!WriteValue(writer, shape, cell, sheet, row, letters))
                    {
                        writer.WriteNullValue(); // the row gives no record; the JSON stays well-formed
                        errors++;
                    }
                }

                writer.WriteEndObject();
            }

            if (errors > 0)
            {
                return;
            }

            try
            {
                var record = SafetyJson.Deserialize<IRecord>(new ReadOnlySpan<byte>(buffer.GetBuffer(), 0, (int)buffer.Length), _json);
                Records.Add(new LedgerRecord(record, sheet, row));
            }
            catch (JsonContractException e)
            {
                var member = e.Pointer.Segments.Count > 0 ? e.Pointer.Segments[0] : null;
                var letters = member is not null && columnOf.TryGetValue(member, out var l) ? l : null;
                Add(LedgerCodes.RecordRefused, ValidationSeverity.Error, sheet, row, letters,
                    $"The row is not a valid '{_kindCode}' record: {e.Reason.English} ({e.Code} at {e.Pointer}).",
                    $"该行不是有效的“{_kindCode}”记录：{e.Reason.Chinese}（{e.Code}，位置 {e.Pointer}）。");
            }
        }

        /// <summary>
        /// A cell's several values: split on ；/; or line breaks when it has them (so a name holding 、, such as
        /// 学校、幼儿园, stays whole), else on 、，,/ — unless the whole text is itself one known list value.
        /// </summary>
        private static IEnumerable<string> Items(MemberShape shape, string text)
        {
            var whole = text.Trim();
            if (shape.Kind == MemberShape.ShapeKind.OpenList && ListValues.Open(shape.List!, whole) is not null)
            {
                return new[] { whole };
            }

            var separators = text.IndexOfAny(StrongSeparators) >= 0 ? StrongSeparators : ItemSeparators;
            return text.Split(separators, StringSplitOptions.RemoveEmptyEntries).Select(i => i.Trim()).Where(i => i.Length > 0);
        }

        /// <summary>Writes one cell's value as the member's JSON, or reports why it cannot be read.</summary>
        private bool WriteValue(Utf8JsonWriter writer, MemberShape shape, SheetCell cell, string sheet, int row, string column)
        {
            var text = cell.Text?.Trim();
            switch (shape.Kind)
            {
                case MemberShape.ShapeKind.Date:
                    if (ReadDate(cell, out var date, out var why))
                    {
                        writer.WriteStringValue(date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
                        return true;
                    }

                    return Fail(LedgerCodes.BadDate, sheet, row, column,
                        $"'{Clean(cell.Display)}' is not a date for '{shape.Name}'{why.English}.",
                        $"“{Clean(cell.Display)}”不是“{shape.Name}”的有效日期{why.Chinese}。");
                case MemberShape.ShapeKind.Integer or MemberShape.ShapeKind.Number:
                    return WriteNumber(writer, shape, cell, sheet, row, column);
                case MemberShape.ShapeKind.Quantity:
                    if (cell.Number is { } exact)
                    {
                        writer.WriteRawValue(SafetyJson.Serialize(Quantity.Exact((decimal)exact)));
                        return true;
                    }

                    var quantity = Quantity.ParseDetailed(text);
                    if (quantity.Success)
                    {
                        writer.WriteRawValue(SafetyJson.Serialize(quantity.Value));
                        return true;
                    }

                    return Fail(LedgerCodes.BadNumber, sheet, row, column,
                        $"'{Clean(cell.Display)}' is not a figure for '{shape.Name}': {quantity.Error!.Message.English}",
                        $"“{Clean(cell.Display)}”不是“{shape.Name}”的有效数字：{quantity.Error!.Message.Chinese}");
                case MemberShape.ShapeKind.Boolean:
                    var boolean = cell.Boolean ?? text switch
                    {
                        "是" or "有" or "√" or "✓" or "Y" or "y" or "yes" or "Yes" or "YES" or "true" or "TRUE" or "True" or "1" => true,
                        "否" or "无" or "×" or "✗" or "N" or "n" or "no" or "No" or "NO" or "false" or "FALSE" or "False" or "0" => (bool?)false,
                        _ => null,
                    };
                    if (boolean is { } b)
                    {
                        writer.WriteBooleanValue(b);
                        return true;
                    }

                    return Fail(LedgerCodes.BadBoolean, sheet, row, column,
                        $"'{Clean(cell.Display)}' is not yes or no (是/否) for '{shape.Name}'.",
                        $"“{Clean(cell.Display)}”不是“{shape.Name}”的是/否取值。");
                case MemberShape.ShapeKind.ClosedList:
                    if (ListValues.Closed(shape, text ?? cell.Display) is { } code)
                    {
                        writer.WriteStringValue(code);
                        return true;
                    }

                    return Fail(LedgerCodes.BadListValue, sheet, row, column,
                        $"'{Clean(cell.Display)}' is not a value of {shape.List} for '{shape.Name}' ({string.Join(", ", shape.Values)}).",
                        $"“{Clean(cell.Display)}”不是“{shape.Name}”（{shape.List}）的取值（{string.Join("、", shape.Values)}）。");
                case MemberShape.ShapeKind.OpenList:
                    var given = text ?? cell.Display;
                    if (ListValues.Open(shape.List!, given) is { } known)
                    {
                        writer.WriteStringValue(known);
                        return true;
                    }

                    Add(LedgerCodes.UnknownListValue, ValidationSeverity.Warning, sheet, row, column,
                        $"'{Clean(given)}' is not a well-known {shape.List} for '{shape.Name}'; it is kept as given.",
                        $"“{Clean(given)}”不是“{shape.Name}”的已知取值（{shape.List}），按原样保留。");
                    writer.WriteStringValue(given);
                    return true;
                default:
                    writer.WriteStringValue(cell.Number is { } n && n == Math.Floor(n) && Math.Abs(n) < 1e15
                        ? ((long)n).ToString(CultureInfo.InvariantCulture)
                        : cell.Display);
                    return true;
            }
        }

        private bool WriteNumber(Utf8JsonWriter writer, MemberShape shape, SheetCell cell, string sheet, int row, string column)
        {
            decimal value;
            if (cell.Number is { } number)
            {
                value = (decimal)number;
            }
            else
            {
                var quantity = Quantity.ParseDetailed(cell.Text?.Trim());
                if (!quantity.Success)
                {
                    return Fail(LedgerCodes.BadNumber, sheet, row, column,
                        $"'{Clean(cell.Display)}' is not a number for '{shape.Name}': {quantity.Error!.Message.English}",
                        $"“{Clean(cell.Display)}”不是“{shape.Name}”的有效数字：{quantity.Error!.Message.Chinese}");
                }

                if (!quantity.Value.IsExact)
                {
                    return Fail(LedgerCodes.ApproximateCount, sheet, row, column,
                        $"'{Clean(cell.Display)}' is an approximate figure; '{shape.Name}' holds an exact number. Write the exact count.",
                        $"“{Clean(cell.Display)}”是概数，而“{shape.Name}”须为确数。请填写准确数字。");
                }

                value = quantity.Value.Stated;
            }

            if (shape.Kind == MemberShape.ShapeKind.Integer)
            {
                if (value != decimal.Truncate(value) || value < int.MinValue || value > int.MaxValue)
                {
                    return Fail(LedgerCodes.BadNumber, sheet, row, column,
                        $"'{Clean(cell.Display)}' is not a whole number for '{shape.Name}'.",
                        $"“{Clean(cell.Display)}”不是“{shape.Name}”所需的整数。");
                }

                writer.WriteNumberValue((int)value);
                return true;
            }

            writer.WriteNumberValue(value);
            return true;
        }

        private bool ReadDate(SheetCell cell, out LocalDate date, out LocalizedText why)
        {
            date = default;
            why = Text(string.Empty, string.Empty);
            if (cell.Number is { } serial)
            {
                var days = (int)Math.Floor(serial);
                if (serial < 1 || serial >= 2_958_466 || (!_date1904 && days == 60))
                {
                    why = Text(": it is no Excel date serial", "：不是 Excel 日期序列号");
                    return false;
                }

                date = _date1904 ? new LocalDate(1904, 1, 1).PlusDays(days)
                    : days < 60 ? new LocalDate(1899, 12, 31).PlusDays(days)
                    : new LocalDate(1899, 12, 30).PlusDays(days);
                return true;
            }

            var parsed = ChineseDates.ParseDetailed(cell.Text?.Trim());
            if (parsed.Success)
            {
                date = parsed.Value;
                return true;
            }

            why = Text(": " + parsed.Error!.Message.English, "：" + parsed.Error!.Message.Chinese);
            return false;
        }

        private bool Fail(string code, string sheet, int row, string column, string english, string chinese)
        {
            Add(code, ValidationSeverity.Error, sheet, row, column, english, chinese);
            return false;
        }

        private void Add(string code, ValidationSeverity severity, string? sheet, int row, string? column, string english, string chinese) =>
            Issues.Add(new LedgerIssue(code, severity, sheet, row, column, Text(english, chinese)));

        /// <summary>A cell's text as it may be shown in a message: control characters replaced, long text cut.</summary>
        private static string Clean(string text)
        {
            var chars = text.Select(c => char.IsControl(c) ? ' ' : c).ToArray();
            var clean = new string(chars);
            return clean.Length > 60 ? clean.Substring(0, 60) + "…" : clean;
        }
    }
}
