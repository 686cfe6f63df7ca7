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

        // The header region runs to the primary recipients: the first line, among the next six that are not web page
        // chrome, that ends with a colon. With no recipients it runs to a number line under the title (gazette style),
        // or is the one title line.
        for (var k = i; k < lines.Count && k < i + MaximumHeaderLines; k++)
        {
            lines[k] = lines[k].MarkedChrome(PageChrome.IsChrome(lines[k].Text)); // once a line: every step below reads the mark
        }

        var recipient = -1;
        var content = 0;
        for (var k = i; k < lines.Count && k < i + MaximumHeaderLines && content < 6; k++)
        {
            WorkMeter.Step();
            if (lines[k].IsChrome)
            {
                continue;
            }

            content++;
            if (EndsWithColon(lines[k].Text))
            {
                recipient = k;
                break;
            }

            if (k > i && RecipientsBeforeBody(lines[k].Text) is > 0 and var colon)
            {
                // 各县、区人民政府，市政府各部门：全市…: the recipients and the first paragraph on one line (a web page's text).
                var line = lines[k];
                var rest = TextSpans.Trim(line.Text.AsSpan(colon + 1), out var lead).ToString();
                lines[k] = new Line(line.Text.Substring(0, colon + 1), line.Offset, line.BlankBefore);
                lines.Insert(k + 1, new Line(rest, line.Offset + colon + 1 + lead, false));
                recipient = k;
                break;
            }
        }

        var end = recipient >= 0 ? recipient : HeaderEndWithoutRecipients(lines, i);
        var titleLines = new List<Line>();
        var titleStart = -1;
        var titleTexts = new List<string>();
        var numberLine = false;
        var numberAfterTitle = false;
        var first = true;
        for (var k = i; k < end; k++)
        {
            WorkMeter.Step();
            var line = lines[k];
            var at = k;
            if (line.IsChrome)
            {
                notes.Add(ParseDiagnostic.Create(ParseCodes.PageChromeIgnored, line.Offset, line.Text.Length, DiagnosticArguments.Create(("text", line.Text))));
                continue;
            }

            var text = WithoutPinyin(line, notes);
            if (first && parts.Number is null && parts.IssuingOrgans.Count == 0 && IsIssuingOrganLine(text, lines, k, end))
            {
                // 发文机关标志 of the organ's name alone (GB/T 9704-2012 §7.2.2), as legal databases print it above the title.
                parts.IssuingOrgans.AddRange(SplitOrgans(text));
                first = false;
                continue;
            }

            first = false;
            if (k + 1 < end && (text.EndsWith("令", StringComparison.Ordinal) || text.EndsWith("公告", StringComparison.Ordinal)) &&
                lines[k + 1].Text is { Length: <= 16 } serial && serial.StartsWith("第", StringComparison.Ordinal) && serial[serial.Length - 1] is '号' or '號')
            {
                // 中华人民共和国监察部令 / 第2号: an order or notice number printed over two lines
                text += serial;
                k++;
            }

            var hadNumber = parts.Number is not null || numberLine;
            if (ReadNumberLine(text, line.Offset, parts, notes, ref numberLine, out var rest))
            {
                numberAfterTitle |= titleLines.Count > 0 && !hadNumber;
                if (rest is not null && !numberAfterTitle)
                {
                    titleStart = titleStart < 0 ? at : titleStart;
                    titleLines.Add(line);
                    titleTexts.Add(rest);
                }

                if (rest is not null)
                {
                    numberAfterTitle = true; // 某某的通知(岳办发〔2017〕2号): the number closes the title
                }

                continue;
            }

            if (!numberAfterTitle)
            {
                titleStart = titleStart < 0 ? at : titleStart;
                titleLines.Add(line);
                titleTexts.Add(text);
            }
        }

        if (parts.Number is null && !numberLine)
        {
            notes.Add(ParseDiagnostic.Create(ParseCodes.NoDocumentNumber, i < lines.Count ? lines[i].Offset : 0, 0));
        }

        var bodyStart = end;
        if (titleLines.Count > 0)
        {
            var title = DocumentTitle.ParseDetailed(WithoutTitleMarks(string.Concat(titleTexts), titleLines[0].Offset, notes));
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
                    bodyStart = titleStart; // not a title: the body starts here
                }
            }
        }

        if (recipient < 0)
        {
            notes.Add(ParseDiagnostic.Create(ParseCodes.NoPrimaryRecipient, bodyStart < lines.Count ? lines[bodyStart].Offset : 0, 0));
            return bodyStart;
        }

        var recipientLine = lines[recipient];
        var recipientText = WithoutPinyin(recipientLine, notes);
        var names = recipientText.Substring(0, recipientText.Length - 1);
        if (recipientLine.Text.EndsWith(":", StringComparison.Ordinal))
        {
            notes.Add(ParseDiagnostic.Create(ParseCodes.RecipientAsciiColon, recipientLine.Offset + recipientLine.Text.Length - 1, 1));
        }

        parts.Recipients.AddRange(SplitRecipients(names));
        return recipient + 1;
    }

    private const int MaximumHeaderLines = 12;

    /// <summary>The position of the colon when a line is a 主送机关 list followed by body text, or −1.</summary>
    private static int RecipientsBeforeBody(string text)
    {
        var colon = text.IndexOfAny(Colons);
        return colon > 1 && colon < text.Length - 1 && OrganNames.IsRecipientList(text.Substring(0, colon)) ? colon : -1;
    }

    private static readonly char[] Colons = { '：', ':' };

    /// <summary>A title printed in 书名号 on a web page (<c>《某某关于…的通知》</c>) is read without them, with a note.</summary>
    private static string WithoutTitleMarks(string title, int offset, List<ParseDiagnostic> notes)
    {
        if (title.Length < 3 || title[0] != '《' || title[title.Length - 1] != '》')
        {
            return title;
        }

        var depth = 0;
        for (var k = 0; k < title.Length - 1; k++)
        {
            WorkMeter.Step();
            depth += title[k] == '《' ? 1 : title[k] == '》' ? -1 : 0;
            if (depth == 0)
            {
                return title; // 《甲》和《乙》: the marks are the title's own
            }
        }

        notes.Add(ParseDiagnostic.Create(ParseCodes.TitleMarksRemoved, offset, title.Length));
        return title.Substring(1, title.Length - 2);
    }

    /// <summary>A 主送机关 line: it ends with a colon and holds no sentence (a 纪要's first sentence ending <c>。纪要如下：</c> is none).</summary>
    private static bool EndsWithColon(string text) =>
        (text.EndsWith("：", StringComparison.Ordinal) || text.EndsWith(":", StringComparison.Ordinal)) && text.IndexOf('。') < 0;

    /// <summary>
    /// With no primary recipients, the header ends after a number line under the title (among the first five lines that
    /// are not chrome), after the title under a number line, or after the one title line.
    /// </summary>
    private static int HeaderEndWithoutRecipients(List<Line> lines, int i)
    {
        var content = 0;
        var firstContent = -1;
        for (var k = i; k < lines.Count && k < i + MaximumHeaderLines && content < 5; k++)
        {
            WorkMeter.Step();
            if (lines[k].IsChrome)
            {
                continue;
            }

            content++;
            if (firstContent < 0)
            {
                firstContent = k;
                if (IsNumberLine(lines[k].Text))
                {
                    return Math.Min(k + 2, lines.Count); // the number, then one title line
                }

                continue;
            }

            if (IsNumberLine(lines[k].Text))
            {
                return k + 1;
            }
        }

        return firstContent < 0 ? Math.Min(i + 1, lines.Count) : firstContent + 1;
    }

    private static bool IsNumberLine(string text)
    {
        var inner = Parenthesised(text) ?? text;
        return DocumentNumber.ParseLenient(inner).Success || IsNumberShaped(inner);
    }

    /// <summary>The text inside the parentheses when the whole line is parenthesised (<c>（某政发〔2015〕8号）</c>), trimmed; otherwise null.</summary>
    private static string? Parenthesised(string text) =>
        text.Length > 2 && text[0] is '（' or '(' && text[text.Length - 1] is '）' or ')' ? text.Substring(1, text.Length - 2).Trim() : null;

    /// <summary>
    /// Reads a line of the header as the 发文字号 if it is one: the number alone, in parentheses (gazette style), with the
    /// 签发人 beside it, after the date (<c>2006年10月26日 财建〔2006〕689号</c>), before the title on the same line
    /// (<c>盘政发〔2010〕22号 盘锦市人民政府关于…</c>), closing the title line (<c>…的通知(岳办发〔2017〕2号)</c>), or
    /// number-shaped but unreadable (reported, kept out of the title). <paramref name="rest"/> is the title text on the same line.
    /// </summary>
    private static bool ReadNumberLine(string text, int offset, Parts parts, List<ParseDiagnostic> notes, ref bool numberLine, out string? rest)
    {
        rest = null;
        var signer = text.IndexOf("签发人", StringComparison.Ordinal);
        if (signer > 0)
        {
            var number = text.Substring(0, signer).TrimEnd();
            if (IsNumberLine(number))
            {
                parts.Signers.AddRange(SplitOrgans(text.Substring(signer + 3).TrimStart('：', ':', ' ', '\u3000')));
                text = number;
            }
        }

        var inner = Parenthesised(text);
        var candidate = inner ?? text;
        var innerOffset = offset + (inner is null ? 0 : text.IndexOf(inner, StringComparison.Ordinal));
        if (Take(candidate, innerOffset))
        {
            return true;
        }

        var space = candidate.LastIndexOfAny(Spaces);
        if (space > 0 && ChineseDates.ParseDetailed(candidate.Substring(0, space).Trim()) is { Success: true } date &&
            Take(candidate.Substring(space + 1).Trim(), offset + space + 1))
        {
            parts.HeaderDate ??= date.Value;
            return true;
        }

        space = candidate.IndexOfAny(Spaces);
        if (space > 0 && candidate.Substring(space + 1).Trim() is { Length: > 0 } after && DocumentTitle.EndingType(DocumentTitle.Simplified(after), out _) is not null &&
            Take(candidate.Substring(0, space), offset))
        {
            rest = after;
            return true;
        }

        if (text.Length > 2 && text[text.Length - 1] is '）' or ')')
        {
            var open = text.LastIndexOfAny(OpeningParentheses);
            if (open > 0 && DocumentNumber.ParseLenient(text.Substring(open + 1, text.Length - open - 2).Trim()).Success &&
                Take(text.Substring(open + 1, text.Length - open - 2).Trim(), offset + open + 1))
            {
                rest = text.Substring(0, open).TrimEnd();
                return true;
            }
        }

        if (IsNumberShaped(candidate))
        {
            // 某府〔20XX〕号, 〔2015〕8号, 某政发〔2015〕: the number line, though unreadable, is never the title.
            var error = DocumentNumber.ParseLenient(candidate).Error!;
            notes.Add(ParseDiagnostic.Create(ParseCodes.UnreadableDocumentNumber, innerOffset, candidate.Length, DiagnosticArguments.Create(("text", candidate))));
            notes.Add(error.Shift(innerOffset));
            numberLine = true;
            return true;
        }

        return false;

        bool Take(string value, int at)
        {
            var number = DocumentNumber.ParseLenient(value);
            if (!number.Success)
            {
                return false;
            }

            if (parts.Number is null)
            {
                parts.Number = number.Value;
                notes.AddRange(number.Notes.Select(n => n.Shift(at)));
            }

            return true;
        }
    }

    /// <summary>
    /// Whether the first header line is the 发文机关标志 written as the organ's name alone (GB/T 9704-2012 §7.2.2) rather than
    /// the first line of a title broken over lines: an organ's name, followed by a blank line, or by a title line that begins
    /// with the same organ (<c>河南省濮阳市人民政府办公室</c> over <c>濮阳市人民政府办公室关于…</c>).
    /// </summary>
    private static bool IsIssuingOrganLine(string text, List<Line> lines, int k, int end)
    {
        if (!OrganNames.IsOrganName(text))
        {
            return false;
        }

        for (var next = k + 1; next < end; next++)
        {
            WorkMeter.Step();
            var following = lines[next];
            if (following.IsChrome)
            {
                continue;
            }

            if (IsNumberLine(following.Text) || OrganNames.IsOrganName(following.Text))
            {
                return false;
            }

            if (following.BlankBefore)
            {
                return true;
            }

            for (var take = text.Length; take >= 3; take--)
            {
                WorkMeter.Step();
                if (following.Text.StartsWith(text.Substring(text.Length - take), StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        return false;
    }

    /// <summary>The line without the pinyin that web mirrors print after characters (<c>區(qū)</c>), each removal noted.</summary>
    private static string WithoutPinyin(Line line, List<ParseDiagnostic> notes)
    {
        var text = line.Text;
        if (text.IndexOf('(') < 0)
        {
            return text;
        }

        System.Text.StringBuilder? builder = null;
        var copied = 0;
        for (var k = 1; k < text.Length; k++)
        {
            WorkMeter.Step();
            if (PinyinResidue.Length(text, k) is > 0 and var length)
            {
                builder ??= new System.Text.StringBuilder(text.Length);
                builder.Append(text, copied, k - copied);
                notes.Add(ParseDiagnostic.Create(ParseCodes.PinyinRemoved, line.Offset + k, length, DiagnosticArguments.Create(("text", text.Substring(k, length)))));
                copied = k + length;
                k += length - 1;
            }
        }

        return builder is null ? text : builder.Append(text, copied, text.Length - copied).ToString();
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

        if (end > first && ClosingDate(lines[end - 1], notes) is { } signed)
        {
            parts.Date = signed;
            end--;
            if (end > first && IsSignature(lines[end - 1].Text))
            {
                parts.SignatureOrgans.AddRange(SplitOrgans(lines[end - 1].Text));
                end--;

                // 联合行文: the organs of a joint signature stand one above the other (GB/T 9704-2012 §7.3.5.1).
                while (end > first && parts.SignatureOrgans.Count < MaximumJointOrgans && OrganNames.IsOrganName(lines[end - 1].Text))
                {
                    WorkMeter.Step();
                    parts.SignatureOrgans.InsertRange(0, SplitOrgans(lines[end - 1].Text));
                    end--;
                }
            }
            else
            {
                notes.Add(ParseDiagnostic.Create(ParseCodes.NoSignatureOrgan, lines[end].Offset, 0));
            }
        }
        else if (parts.HeaderDate is { } headerDate)
        {
            parts.Date = headerDate; // printed beside the number: 2006年10月26日 财建〔2006〕689号
        }
        else
        {
            notes.Add(ParseDiagnostic.Create(ParseCodes.NoDocumentDate, end > 0 && end <= lines.Count ? lines[end - 1].Offset : 0, 0));
            if (end - 1 > first && IsGarbledDate(lines[end - 1].Text))
            {
                // { 2017 6 23: a date whose characters were lost; the 署名 above it (and a 附注 between) are still read.
                notes.Add(ParseDiagnostic.Create(ParseCodes.GarbledDateLine, lines[end - 1].Offset, lines[end - 1].Text.Length, DiagnosticArguments.Create(("text", lines[end - 1].Text))));
                end--;
                if (end - 1 > first && Parenthesised(lines[end - 1].Text) is { Length: > 0 } garbledRemark && parts.Remarks is null)
                {
                    parts.Remarks = garbledRemark;
                    end--;
                }

                if (end > first && OrganNames.IsOrganName(lines[end - 1].Text))
                {
                    parts.SignatureOrgans.AddRange(SplitOrgans(lines[end - 1].Text));
                    end--;
                }
            }
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

        // 牟政办发〔201746: a number cut short after the year's bracket
        var open = line.IndexOfAny(YearOpenings);
        if (open >= 0 && line.Length - open - 1 >= 4 && line.Length <= 24 && AllDigits(line, open + 1))
        {
            return true;
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

    private static readonly char[] YearOpenings = { '〔', '[', '（', '(', '【', '［', '﹝', '〖' };

    private static bool AllDigits(string line, int from)
    {
        for (var k = from; k < line.Length; k++)
        {
            if (NumeralCharacters.ArabicDigit(line[k]) < 0)
            {
                return false;
            }
        }

        return true;
    }

    private static readonly char[] SentencePunctuation = { '。', '，', '；', '：', ':', '！', '？' };

    /// <summary>A digit, or the X, x or ○ that templates and drafts put for a digit not yet known (<c>20XX</c>).</summary>
    private static bool IsYearCharacter(char c) => NumeralCharacters.ArabicDigit(c) >= 0 || c is 'X' or 'x' or 'Ｘ' or 'ｘ' or '×' or '○' or '〇' or '*';

    private static bool IsChineseCount(string text) => text.Length > 0 && text.All(IsChineseCountChar);

    private static bool IsChineseCountChar(char c) => c is '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十';

    /// <summary>A 署名 line: short, no sentence punctuation, and not an attachment note (<c>附件：…</c>, <c>附：…</c>).</summary>
    private static bool IsSignature(string line) =>
        line.Length <= 60 && line.IndexOf('。') < 0 && line.IndexOf('，') < 0 && !line.StartsWith("附", StringComparison.Ordinal);

    private const int MaximumJointOrgans = 8;

    /// <summary>
    /// A closing line that was a date before its characters were lost (<c>{ 2017 6 23</c>): no ideograph, at most 30
    /// characters, a year of four digits (19xx or 20xx) and at least three groups of digits.
    /// </summary>
    private static bool IsGarbledDate(string line)
    {
        if (line.Length > 30 || line.Any(c => c >= '\u3400'))
        {
            return false;
        }

        var groups = 0;
        var year = false;
        for (var k = 0; k < line.Length; k++)
        {
            WorkMeter.Step();
            if (NumeralCharacters.ArabicDigit(line[k]) < 0 || (k > 0 && NumeralCharacters.ArabicDigit(line[k - 1]) >= 0))
            {
                continue;
            }

            groups++;
            var run = 0;
            while (k + run < line.Length && NumeralCharacters.ArabicDigit(line[k + run]) >= 0)
            {
                run++;
            }

            year |= run == 4 && line[k] is '1' or '2' && line[k + 1] is '9' or '0';
        }

        return year && groups >= 3;
    }

    /// <summary>
    /// The 成文日期 on a closing line, read leniently with its notes; digits run together (<c>2017919</c>, <c>20170919</c>)
    /// are read, with a note, when they make exactly one calendar date.
    /// </summary>
    private static LocalDate? ClosingDate(Line line, List<ParseDiagnostic> notes)
    {
        var date = ChineseDates.ParseDetailed(line.Text);
        if (date.Success)
        {
            notes.AddRange(date.Notes.Select(n => n.Shift(line.Offset)));
            return date.Value;
        }

        var text = line.Text;
        if (text.Length is < 7 or > 8 || !text.All(c => c is >= '0' and <= '9'))
        {
            return null;
        }

        var year = int.Parse(text.Substring(0, 4), System.Globalization.CultureInfo.InvariantCulture);
        LocalDate? found = null;
        var readings = 0;
        for (var monthDigits = 1; monthDigits <= 2; monthDigits++)
        {
            var dayDigits = text.Length - 4 - monthDigits;
            if (dayDigits is < 1 or > 2)
            {
                continue;
            }

            var month = int.Parse(text.Substring(4, monthDigits), System.Globalization.CultureInfo.InvariantCulture);
            var day = int.Parse(text.Substring(4 + monthDigits), System.Globalization.CultureInfo.InvariantCulture);
            if (year is >= 1900 and <= 9998 && month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month) &&
                (text.Length == 8 || (text[4] != '0' && text[4 + monthDigits] != '0')))
            {
                found = new LocalDate(year, month, day);
                readings++;
            }
        }

        if (readings != 1)
        {
            return null;
        }

        notes.Add(ParseDiagnostic.Create(ParseCodes.DigitsRunTogetherRead, line.Offset, text.Length, DiagnosticArguments.Create(("text", text))));
        return found;
    }

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
        var blank = false;
        for (var i = 0; i <= text.Length; i++)
        {
            WorkMeter.Step();
            if (i == text.Length || text[i] == '\n' || text[i] == '\r')
            {
                var raw = text.AsSpan(start, i - start);
                var trimmed = TextSpans.Trim(raw, out var lead);
                if (!trimmed.IsEmpty)
                {
                    lines.Add(new Line(trimmed.ToString(), start + lead, blank));
                    blank = false;
                }
                else if (!(start == i && i < text.Length && text[i] == '\n' && i > 0 && text[i - 1] == '\r'))
                {
                    blank = lines.Count > 0; // an empty line, not the empty piece between \r and \n
                }

                start = i + 1; // \r\n ends a line and then an empty one, which is dropped
            }
        }

        return lines;
    }

    private readonly struct Line
    {
        public Line(string text, int offset, bool blankBefore)
        {
            Text = text;
            Offset = offset;
            BlankBefore = blankBefore;
        }

        /// <summary>Whether an empty line stands between this line and the one before.</summary>
        public bool BlankBefore { get; }

        /// <summary>Whether the line is web page chrome (<see cref="PageChrome"/>); marked for the header's lines only.</summary>
        public bool IsChrome { get; private init; }

        public Line MarkedChrome(bool chrome) => new(Text, Offset, BlankBefore) { IsChrome = chrome };

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

        /// <summary>A date printed on the number line (<c>2006年10月26日 财建〔2006〕689号</c>), taken when the footer has none.</summary>
        public LocalDate? HeaderDate { get; set; }

        public string? Remarks { get; set; }

        public List<string> CopyRecipients { get; } = new();

        public string? PrintingOrgan { get; set; }

        public LocalDate? PrintingDate { get; set; }
    }
}
