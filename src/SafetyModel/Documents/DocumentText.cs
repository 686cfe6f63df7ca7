using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using SafetyModel.Diagnostics;
using SafetyModel.Text;

namespace SafetyModel.Documents;

/// <summary>
/// Reads an official document's metadata and outline out of its plain text, as people receive it: the header
/// (份号, 密级, 紧急程度, 发文机关标志, 发文字号, 签发人, 标题, 主送机关), the body outline (一、 / （一） / 1. / （1）
/// with the paragraphs under each) and the footer (附件说明, 发文机关署名, 成文日期, 附注, 抄送, 印发).
/// </summary>
/// <remarks>
/// Tolerates leading white space, blank lines, ASCII or full-width punctuation and typos. Whatever is missing or
/// irregular comes back as a note, never as a failure: only a null, empty or oversized text fails.
/// </remarks>
public static class DocumentText
{
    /// <summary>Gets the longest text read: 2,000,000 characters (a long report is well under 100,000).</summary>
    public const int MaximumLength = 2_000_000;

    private const int MaximumHeadingLength = 200;

    private static readonly char[] ClosingParentheses = { '）', ')' };
    private static readonly char[] OpeningParentheses = { '（', '(' };
    private static readonly char[] Spaces = { ' ', '\u3000' };
    private static readonly char[] OrganSeparators = { ' ', '\u3000', '、' };

    /// <summary>Reads a document's text.</summary>
    /// <param name="text">The text, or <see langword="null"/>.</param>
    /// <returns>The document, with a note for everything missing, irregular or normalised; never throws on bad input.</returns>
    public static ParseResult<OfficialDocument> ParseDetailed(string? text)
    {
        if (text is null)
        {
            return ParseResult<OfficialDocument>.ForError(ParseDiagnostic.Create(ParseCodes.NullText, 0, 0));
        }

        if (text.Length > MaximumLength)
        {
            return ParseResult<OfficialDocument>.ForError(
                ParseDiagnostic.Create(ParseCodes.TextTooLong, 0, text.Length, DiagnosticArguments.Create(("length", text.Length), ("maximum", MaximumLength))), text);
        }

        var lines = Lines(text);
        if (lines.Count == 0)
        {
            return ParseResult<OfficialDocument>.ForError(ParseDiagnostic.Create(ParseCodes.EmptyText, 0, text.Length), text);
        }

        var notes = new List<ParseDiagnostic>();
        var builder = new Parts();
        var first = ReadHeader(lines, builder, notes);
        var last = ReadFooter(lines, first, builder, notes);
        ReadBody(lines, first, last, builder, notes);

        var document = new OfficialDocument
        {
            CopyNumber = builder.CopyNumber,
            Secrecy = builder.Secrecy,
            Urgency = builder.Urgency,
            IssuingOrgans = builder.IssuingOrgans,
            Number = builder.Number,
            Signers = builder.Signers,
            Title = builder.Title,
            Type = builder.Title?.Type ?? default,
            PrimaryRecipients = builder.Recipients,
            Preamble = builder.Preamble,
            Outline = builder.Outline,
            AttachmentNotes = builder.Attachments,
            SignatureOrgans = builder.SignatureOrgans,
            Date = builder.Date,
            Remarks = builder.Remarks,
            CopyRecipients = builder.CopyRecipients,
            PrintingOrgan = builder.PrintingOrgan,
            PrintingDate = builder.PrintingDate,
        };
        return ParseResult<OfficialDocument>.ForValue(document, notes, text);
    }

    /// <summary>Reads a document's text (see <see cref="ParseDetailed"/>).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ParseException">The text is null, empty or longer than <see cref="MaximumLength"/>.</exception>
    public static OfficialDocument Parse(string text) => ParseDetailed(text).Value;

    /// <summary>Reads the header; returns the index of the first body line.</summary>
    private static int ReadHeader(List<Line> lines, Parts parts, List<ParseDiagnostic> notes)
    {
        var i = 0;
        for (; i < lines.Count && i < 8; i++)
        {
            var line = lines[i];
            var value = line.Text;
            WorkMeter.Step(value.Length);
            if (parts.CopyNumber is null && value.Length is >= 1 and <= 10 && value.All(c => c is >= '0' and <= '9'))
            {
                parts.CopyNumber = value;
            }
            else if (parts.Secrecy is null && SecrecyMarking.ParseDetailed(value) is { Success: true } secrecy)
            {
                parts.Secrecy = secrecy.Value;
            }
            else if (parts.Urgency is null && UrgencyOf(value) is { } urgency)
            {
                parts.Urgency = urgency;
            }
            else if (value.EndsWith("文件", StringComparison.Ordinal) && value.Length <= 60 && parts.Number is null)
            {
                parts.IssuingOrgans.AddRange(SplitOrgans(value.Substring(0, value.Length - 2)));
            }
            else
            {
                break;
            }
        }

        var numberLine = false;
        if (i < lines.Count)
        {
            var line = lines[i];
            var numberText = line.Text;
            var signer = numberText.IndexOf("签发人", StringComparison.Ordinal);
            if (signer > 0)
            {
                parts.Signers.AddRange(SplitOrgans(numberText.Substring(signer + 3).TrimStart('：', ':', ' ', '\u3000')));
                numberText = numberText.Substring(0, signer).TrimEnd();
            }

            var number = DocumentNumber.ParseLenient(numberText);
            if (number.Success)
            {
                parts.Number = number.Value;
                notes.AddRange(number.Notes.Select(n => n.Shift(line.Offset)));
                i++;
            }
            else if (IsNumberShaped(numberText))
            {
                // 某府〔20XX〕号, 〔2015〕8号, 某政发〔2015〕: the number line, though unreadable, is never the title.
                notes.Add(ParseDiagnostic.Create(
                    ParseCodes.UnreadableDocumentNumber, line.Offset, numberText.Length, DiagnosticArguments.Create(("text", numberText))));
                notes.Add(number.Error!.Shift(line.Offset));
                numberLine = true;
                i++;
            }
        }

        // The title runs to the line that ends with a colon: the primary recipients.
        var recipient = -1;
        for (var k = i; k < lines.Count && k < i + 4; k++)
        {
            WorkMeter.Step();
            if (lines[k].Text.EndsWith("：", StringComparison.Ordinal) || lines[k].Text.EndsWith(":", StringComparison.Ordinal))
            {
                recipient = k;
                break;
            }
        }

        var titleEnd = recipient >= 0 ? recipient : Math.Min(i + 1, lines.Count);

        // Gazette and web style: the number on its own line under the title, in parentheses or not
        // (（某政发〔2015〕8号）, 鲁政发〔2014〕20号), or in parentheses at the end of the title line.
        var gazette = -1;
        string? titleTail = null;
        for (var k = i; k < lines.Count && k <= titleEnd && k < i + 4 && (recipient < 0 || k < recipient); k++)
        {
            WorkMeter.Step();
            var text = lines[k].Text;
            var open = 0;
            if (k == i)
            {
                // 某某的通知(岳办发〔2017〕2号): the number closes the title line.
                open = text.Length > 2 && text[text.Length - 1] is '）' or ')' ? text.LastIndexOfAny(OpeningParentheses) : -1;
                if (open <= 0 || !DocumentNumber.ParseLenient(text.Substring(open + 1, text.Length - open - 2)).Success)
                {
                    continue;
                }
            }

            var parenthesised = text.Length > 2 && text[open] is '（' or '(' && text[text.Length - 1] is '）' or ')';
            var inner = parenthesised ? text.Substring(open + 1, text.Length - open - 2) : text;
            var number = DocumentNumber.ParseLenient(inner);
            if (!number.Success && !(IsNumberShaped(inner) && (parenthesised || parts.Number is null)))
            {
                continue;
            }

            var innerOffset = lines[k].Offset + (parenthesised ? open + 1 : 0);
            if (parts.Number is null && number.Success)
            {
                parts.Number = number.Value;
                notes.AddRange(number.Notes.Select(n => n.Shift(innerOffset)));
            }
            else if (!number.Success)
            {
                notes.Add(ParseDiagnostic.Create(
                    ParseCodes.UnreadableDocumentNumber, innerOffset, inner.Length, DiagnosticArguments.Create(("text", inner))));
                notes.Add(number.Error!.Shift(innerOffset));
                numberLine = true;
            }

            if (k == i)
            {
                // The number closes the title: what follows (web page residue, 来源: 日期:) is not part of it.
                titleTail = text.Substring(0, open).TrimEnd();
                titleEnd = i + 1;
            }
            else
            {
                gazette = k;
                titleEnd = Math.Min(titleEnd, k);
            }

            break;
        }

        if (parts.Number is null && !numberLine)
        {
            notes.Add(ParseDiagnostic.Create(ParseCodes.NoDocumentNumber, i < lines.Count ? lines[i].Offset : 0, 0));
        }

        if (titleEnd > i)
        {
            var titleLines = lines.Skip(i).Take(titleEnd - i).ToList();
            var title = DocumentTitle.ParseDetailed(titleTail is null ? string.Concat(titleLines.Select(l => l.Text)) : titleTail + string.Concat(titleLines.Skip(1).Select(l => l.Text)));
            if (title.Success)
            {
                parts.Title = title.Value;
                notes.AddRange(title.Notes.Select(n => n.Shift(titleLines[0].Offset)));
            }
            else
            {
                notes.Add(title.Error!.Shift(titleLines[0].Offset));
                if (recipient < 0)
                {
                    titleEnd = i; // not a title: the body starts here
                }
            }
        }

        if (recipient < 0)
        {
            var bodyStart = gazette >= 0 ? gazette + 1 : titleEnd;
            notes.Add(ParseDiagnostic.Create(ParseCodes.NoPrimaryRecipient, bodyStart < lines.Count ? lines[bodyStart].Offset : 0, 0));
            return bodyStart;
        }

        var recipientLine = lines[recipient];
        var names = recipientLine.Text.Substring(0, recipientLine.Text.Length - 1);
        if (recipientLine.Text.EndsWith(":", StringComparison.Ordinal))
        {
            notes.Add(ParseDiagnostic.Create(ParseCodes.RecipientAsciiColon, recipientLine.Offset + recipientLine.Text.Length - 1, 1));
        }

        parts.Recipients.AddRange(SplitRecipients(names));
        return recipient + 1;
    }

    /// <summary>Reads the footer from the end; returns the index just past the last body line.</summary>
    private static int ReadFooter(List<Line> lines, int first, Parts parts, List<ParseDiagnostic> notes)
    {
        var end = lines.Count;
        while (end > first)
        {
            var value = lines[end - 1].Text;
            WorkMeter.Step(value.Length);
            if (value.EndsWith("印发", StringComparison.Ordinal) && PrintingLine(value, out var organ, out var date))
            {
                parts.PrintingOrgan = organ;
                parts.PrintingDate = date;
            }
            else if (value.StartsWith("抄送", StringComparison.Ordinal))
            {
                var list = value.Substring(2).TrimStart('：', ':', ' ', '\u3000').TrimEnd('。');
                parts.CopyRecipients.AddRange(list.Split('、', '，', ',').Select(n => n.Trim()).Where(n => n.Length > 0));
            }
            else
            {
                break;
            }

            end--;
        }

        // 附注 stands in parentheses right below the 成文日期 (GB/T 9704-2012 §7.3.6): （此件公开发布）.
        if (end - 1 > first && lines[end - 1].Text is { Length: > 2 } remark && remark[0] is '（' or '(' &&
            remark[remark.Length - 1] is '）' or ')' && ChineseDates.TryParse(lines[end - 2].Text, out _))
        {
            parts.Remarks = remark.Substring(1, remark.Length - 2).Trim();
            end--;
        }

        if (end > first && ChineseDates.ParseDetailed(lines[end - 1].Text) is { Success: true } signed)
        {
            parts.Date = signed.Value;
            notes.AddRange(signed.Notes.Select(n => n.Shift(lines[end - 1].Offset)));
            end--;
            if (end > first && IsSignature(lines[end - 1].Text))
            {
                parts.SignatureOrgans.AddRange(SplitOrgans(lines[end - 1].Text));
                end--;
            }
            else
            {
                notes.Add(ParseDiagnostic.Create(ParseCodes.NoSignatureOrgan, lines[end].Offset, 0));
            }
        }
        else
        {
            notes.Add(ParseDiagnostic.Create(ParseCodes.NoDocumentDate, end > 0 && end <= lines.Count ? lines[end - 1].Offset : 0, 0));
        }

        // 附件说明 stand at the end of the body: 附件：1. … / 2. …
        for (var k = first; k < end; k++)
        {
            WorkMeter.Step();
            if (lines[k].Text.StartsWith("附件", StringComparison.Ordinal) && lines[k].Text.Length > 3 && lines[k].Text[2] is '：' or ':')
            {
                parts.Attachments.Add(lines[k].Text.Substring(3).Trim());
                for (var m = k + 1; m < end; m++)
                {
                    WorkMeter.Step();
                    parts.Attachments.Add(lines[m].Text);
                }

                return k;
            }
        }

        return end;
    }

    private static void ReadBody(List<Line> lines, int first, int end, Parts parts, List<ParseDiagnostic> notes)
    {
        var stack = new List<SectionBuilder>();
        for (var k = first; k < end; k++)
        {
            var value = lines[k].Text;
            WorkMeter.Step(value.Length);
            if (IsPageNumber(value))
            {
                // - 3 -, 第3页 共10页: a page break of a PDF or a print, not a paragraph.
                notes.Add(ParseDiagnostic.Create(ParseCodes.PageNumberIgnored, lines[k].Offset, value.Length, DiagnosticArguments.Create(("text", value))));
                continue;
            }
            if (Heading(value, out var level, out var number, out var marker, out var heading, out var rest))
            {
                var section = new SectionBuilder(level, number, marker, heading);
                while (stack.Count > 0 && stack[stack.Count - 1].Level >= level)
                {
                    WorkMeter.Step();
                    stack.RemoveAt(stack.Count - 1);
                }

                if (stack.Count == 0)
                {
                    parts.Sections.Add(section);
                }
                else
                {
                    stack[stack.Count - 1].Children.Add(section);
                }

                stack.Add(section);
                if (rest.Length > 0)
                {
                    section.Paragraphs.Add(rest);
                }
            }
            else if (stack.Count == 0)
            {
                parts.Preamble.Add(value);
            }
            else
            {
                var open = stack[stack.Count - 1];
                open.Paragraphs.Add(value);
            }
        }

        parts.Outline.AddRange(parts.Sections.Select(s => s.Build()));
    }

    /// <summary>Recognises 一、 / （一） / 1. / （1） at the start of a line.</summary>
    internal static bool Heading(string line, out int level, out int number, out string marker, out string heading, out string rest)
    {
        level = 0;
        number = 0;
        marker = heading = rest = string.Empty;
        var end = -1;
        if (line.Length >= 2 && line[0] is '（' or '(')
        {
            var close = line.IndexOfAny(ClosingParentheses, 1);
            if (close > 1 && close <= 5)
            {
                var inner = line.Substring(1, close - 1);
                if (IsChineseCount(inner) && ChineseNumerals.TryParse(inner, out var n))
                {
                    level = 2;
                    number = (int)n;
                    end = close + 1;
                }
                else if (inner.All(c => NumeralCharacters.ArabicDigit(c) >= 0) && ChineseNumerals.TryParse(inner, out n))
                {
                    level = 4;
                    number = (int)n;
                    end = close + 1;
                }
            }
        }
        else
        {
            var k = 0;
            while (k < line.Length && k < 4 && IsChineseCountChar(line[k]))
            {
                WorkMeter.Step();
                k++;
            }

            if (k > 0 && k < line.Length && line[k] == '、' && ChineseNumerals.TryParse(line.Substring(0, k), out var n))
            {
                level = 1;
                number = (int)n;
                end = k + 1;
            }
            else
            {
                k = 0;
                while (k < line.Length && k < 3 && NumeralCharacters.ArabicDigit(line[k]) >= 0)
                {
                    WorkMeter.Step();
                    k++;
                }

                if (k > 0 && k < line.Length - 1 && line[k] is '.' or '．' or '、' && NumeralCharacters.ArabicDigit(line[k + 1]) < 0 &&
                    ChineseNumerals.TryParse(line.Substring(0, k), out n))
                {
                    level = 3;
                    number = (int)n;
                    end = k + 1;
                }
            }
        }

        if (end < 0 || number < 1)
        {
            return false;
        }

        marker = line.Substring(0, end);
        var body = line.Substring(end).Trim();
        var stop = body.IndexOf('。');
        if (stop >= 0 && stop < MaximumHeadingLength)
        {
            heading = body.Substring(0, stop);
            rest = body.Substring(stop + 1).Trim();
        }
        else
        {
            heading = body;
        }

        return true;
    }

    /// <summary>
    /// Whether a header line has the shape of a 发文字号 though it may not read: short, no sentence punctuation, not a title,
    /// and a year in brackets (<c>〔2015〕</c>, <c>[20XX]</c>, <c>（２０１５）</c>) or a serial and 号 at the end (<c>某政发第8号</c>).
    /// </summary>
    internal static bool IsNumberShaped(string line)
    {
        if (line.Length is < 3 or > 40 || line.IndexOfAny(SentencePunctuation) >= 0 || DocumentTitle.EndingType(DocumentTitle.Simplified(line), out _) is not null)
        {
            return false;
        }

        for (var k = 0; k + 5 < line.Length; k++)
        {
            WorkMeter.Step();
            if (line[k] is '〔' or '[' or '(' or '（' or '【' or '［' or '﹝' or '〖' && line[k + 5] is '〕' or ']' or ')' or '）' or '】' or '］' or '﹞' or '〗' &&
                IsYearCharacter(line[k + 1]) && IsYearCharacter(line[k + 2]) && IsYearCharacter(line[k + 3]) && IsYearCharacter(line[k + 4]) &&
                NumeralCharacters.ArabicDigit(line[k + 1]) >= 0)
            {
                return true;
            }
        }

        var last = line[line.Length - 1];
        return last is '号' or '號' && (NumeralCharacters.ArabicDigit(line[line.Length - 2]) >= 0 || line.IndexOf('第') >= 0);
    }

    /// <summary>
    /// Whether a line is only a page number: <c>3</c>, <c>- 3 -</c>, <c>—3—</c>, <c>第3页</c>, <c>第 3 页 共 10 页</c>.
    /// </summary>
    internal static bool IsPageNumber(string line)
    {
        var k = 0;
        var end = line.Length;
        SkipDashesAndSpaces(line, ref k, end);
        var di = k < end && line[k] == '第';
        if (di)
        {
            k++;
            SkipDashesAndSpaces(line, ref k, end);
        }

        var digits = CountDigits(line, ref k, end);
        if (digits is < 1 or > 4)
        {
            return false;
        }

        SkipDashesAndSpaces(line, ref k, end);
        if (k < end && line[k] == '页')
        {
            k++;
            SkipDashesAndSpaces(line, ref k, end);
            if (k < end && line[k] == '共')
            {
                k++;
                SkipDashesAndSpaces(line, ref k, end);
                var total = CountDigits(line, ref k, end);
                SkipDashesAndSpaces(line, ref k, end);
                if (total is < 1 or > 4 || k >= end || line[k] != '页')
                {
                    return false;
                }

                k++;
                SkipDashesAndSpaces(line, ref k, end);
            }
        }
        else if (di)
        {
            return false;
        }

        return k == end;
    }

    private static void SkipDashesAndSpaces(string line, ref int k, int end)
    {
        while (k < end && (line[k] is '-' or '—' or '－' or '–' or ' ' or '\u3000' or '\t'))
        {
            WorkMeter.Step();
            k++;
        }
    }

    private static int CountDigits(string line, ref int k, int end)
    {
        var start = k;
        while (k < end && NumeralCharacters.ArabicDigit(line[k]) >= 0)
        {
            WorkMeter.Step();
            k++;
        }

        return k - start;
    }

    private static readonly char[] SentencePunctuation = { '。', '，', '；', '：', ':', '！', '？' };

    /// <summary>A digit, or the X, x or ○ that templates and drafts put for a digit not yet known (<c>20XX</c>).</summary>
    private static bool IsYearCharacter(char c) => NumeralCharacters.ArabicDigit(c) >= 0 || c is 'X' or 'x' or 'Ｘ' or 'ｘ' or '×' or '○' or '〇' or '*';

    private static bool IsChineseCount(string text) => text.Length > 0 && text.All(IsChineseCountChar);

    private static bool IsChineseCountChar(char c) => c is '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十';

    private static bool IsSignature(string line) => line.Length <= 60 && line.IndexOf('。') < 0 && line.IndexOf('，') < 0;

    /// <summary>Splits a 主送机关 list at 、 ， and , outside parentheses: <c>各县(市、区)人民政府</c> is one recipient.</summary>
    private static IEnumerable<string> SplitRecipients(string names)
    {
        var depth = 0;
        var start = 0;
        for (var k = 0; k <= names.Length; k++)
        {
            WorkMeter.Step();
            var c = k < names.Length ? names[k] : '、';
            if (c is '（' or '(')
            {
                depth++;
            }
            else if (c is '）' or ')' && depth > 0)
            {
                depth--;
            }
            else if ((c is '、' or '，' or ',' && depth == 0) || k == names.Length)
            {
                var name = names.Substring(start, k - start).Trim();
                if (name.Length > 0)
                {
                    yield return name;
                }

                start = k + 1;
            }
        }
    }

    private static IEnumerable<string> SplitOrgans(string text) =>
        text.Split(OrganSeparators, StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim()).Where(s => s.Length > 0);

    private static Urgency? UrgencyOf(string value) => value.Replace(" ", string.Empty).Replace("\u3000", string.Empty) switch
    {
        "特急" => Documents.Urgency.ExtraUrgent,
        "加急" => Documents.Urgency.Urgent,
        "特提" => Documents.Urgency.Flash,
        "平急" => Documents.Urgency.Routine,
        _ => null,
    };

    /// <summary>Reads <c>XX办公室 2022年7月7日印发</c>.</summary>
    private static bool PrintingLine(string value, out string? organ, out LocalDate? date)
    {
        organ = null;
        date = null;
        var body = value.Substring(0, value.Length - 2).TrimEnd();
        var split = body.LastIndexOfAny(Spaces);
        if (split < 0 || !ChineseDates.TryParse(body.Substring(split + 1), out var printed))
        {
            return false;
        }

        organ = body.Substring(0, split).Trim();
        date = printed;
        return true;
    }

    private static List<Line> Lines(string text)
    {
        var lines = new List<Line>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            WorkMeter.Step();
            if (i == text.Length || text[i] == '\n' || text[i] == '\r')
            {
                var raw = text.AsSpan(start, i - start);
                var trimmed = TextSpans.Trim(raw, out var lead);
                if (!trimmed.IsEmpty)
                {
                    lines.Add(new Line(trimmed.ToString(), start + lead));
                }

                start = i + 1; // \r\n ends a line and then an empty one, which is dropped
            }
        }

        return lines;
    }

    private readonly struct Line
    {
        public Line(string text, int offset)
        {
            Text = text;
            Offset = offset;
        }

        public string Text { get; }

        public int Offset { get; }
    }

    private sealed class SectionBuilder
    {
        public SectionBuilder(int level, int number, string marker, string heading)
        {
            Level = level;
            Number = number;
            Marker = marker;
            Heading = heading;
        }

        public int Level { get; }

        public int Number { get; }

        public string Marker { get; }

        public string Heading { get; }

        public List<string> Paragraphs { get; } = new();

        public List<SectionBuilder> Children { get; } = new();

        public OutlineSection Build() => new(Level, Number, Marker, Heading, Paragraphs, Children.Select(c => c.Build()));
    }

    private sealed class Parts
    {
        public string? CopyNumber { get; set; }

        public SecrecyMarking? Secrecy { get; set; }

        public Urgency? Urgency { get; set; }

        public List<string> IssuingOrgans { get; } = new();

        public DocumentNumber? Number { get; set; }

        public List<string> Signers { get; } = new();

        public DocumentTitle? Title { get; set; }

        public List<string> Recipients { get; } = new();

        public List<string> Preamble { get; } = new();

        public List<SectionBuilder> Sections { get; } = new();

        public List<OutlineSection> Outline { get; } = new();

        public List<string> Attachments { get; } = new();

        public List<string> SignatureOrgans { get; } = new();

        public LocalDate? Date { get; set; }

        public string? Remarks { get; set; }

        public List<string> CopyRecipients { get; } = new();

        public string? PrintingOrgan { get; set; }

        public LocalDate? PrintingDate { get; set; }
    }
}
