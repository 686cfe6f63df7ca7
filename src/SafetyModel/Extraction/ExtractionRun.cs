using System;
using System.Collections.Generic;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;
using SafetyModel.Reports;
using SafetyModel.Text;
using SafetyModel.Work;

namespace SafetyModel.Extraction;

/// <summary>One pass of <see cref="FigureExtractor"/> over a text: paragraphs, sentences, clauses, then figures.</summary>
/// <remarks>
/// Every step looks only at the characters between two numbers or two clause marks, so the work is linear in the
/// length of the text whatever it holds.
/// </remarks>
internal sealed class ExtractionRun
{
    private const string SentenceEnds = "。！？!?";
    private const string ClauseMarks = "，,；;：:（）()【】";
    private const string ListJoiners = "、和及与";
    private const string AllowedAfterFigure = "并已均全及和与同其";
    private const int LongestCountlessPart = 40;

    /// <summary>The longest aside in parentheses read through between a figure's words and its count, brackets included.</summary>
    private const int LongestAside = 16;

    /// <summary>A joiner of two words after a figure (<c>建材市场4家以及…</c>), read like 及.</summary>
    private const string AlsoJoiner = "以及";

    /// <summary>
    /// How far from a number its context is looked for (the clause's verbs, a type named earlier in the sentence):
    /// a fixed window keeps the work per number bounded, so a clause of a thousand numbers is still read in linear time.
    /// </summary>
    private const int ContextWindow = 64;

    /// <summary>A sentence longer than this is kept in a figure's source as the <see cref="SentenceWindow"/> either side of the span.</summary>
    private const int LongestSentence = 512;

    private const int SentenceWindow = 200;

    private static readonly string[] ActivityEndings = { "活动", "行动", "工作", string.Empty };

    private readonly string _text;
    private readonly ReadingText _reading;
    private readonly int? _year;
    private readonly List<Candidate> _top = new();
    private readonly List<ParseDiagnostic> _notes = new();
    private Candidate? _lastInParagraph;
    private int _sentenceStart;
    private int _sentenceEnd;
    private string? _sentence;

    public ExtractionRun(ReadingText reading, int? year)
    {
        _reading = reading;
        _text = reading.Text;
        _year = year;
    }

    public List<ParseDiagnostic> Notes => _notes;

    public IReadOnlyList<StatedFigure> Figures
    {
        get
        {
            var figures = new StatedFigure[_top.Count];
            for (var i = 0; i < figures.Length; i++)
            {
                WorkMeter.Step();
                figures[i] = _top[i].Build();
            }

            return figures;
        }
    }

    public void Run()
    {
        var paragraph = 0;
        var lineStart = 0;
        int openStart = -1, openEnd = -1;
        while (lineStart <= _text.Length)
        {
            WorkMeter.Step();
            var lineEnd = _text.IndexOf('\n', lineStart);
            WorkMeter.Step((lineEnd < 0 ? _text.Length : lineEnd) - lineStart);
            if (lineEnd < 0)
            {
                lineEnd = _text.Length;
            }

            var end = lineEnd > lineStart && _text[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
            if (Trim(lineStart, end) is var (s, e) && e > s)
            {
                if (openStart >= 0 && Continues(openStart, openEnd, s, e))
                {
                    // 共发放宣传单⏎500余份: a sentence broken across lines (text extracted from a PDF) is read as one.
                    _notes.Add(ParseDiagnostic.Create(ParseCodes.LineBreakJoined, openEnd, s - openEnd));
                    openEnd = e;
                }
                else
                {
                    if (openStart >= 0)
                    {
                        Paragraph(paragraph++, openStart, openEnd);
                    }

                    (openStart, openEnd) = (s, e);
                }
            }

            lineStart = lineEnd + 1;
        }

        if (openStart >= 0)
        {
            Paragraph(paragraph, openStart, openEnd);
        }
    }

    /// <summary>
    /// Whether the line [<paramref name="nextStart"/>, <paramref name="nextEnd"/>) continues the sentence of the line
    /// before it: that line is no heading and ends mid-sentence on a word (no punctuation), and this one begins with a
    /// count (<c>500余份</c>) — so a figure and its words were parted by a line break.
    /// </summary>
    private bool Continues(int previousStart, int previousEnd, int nextStart, int nextEnd)
    {
        var last = _text[previousEnd - 1];
        if (last < '\u4E00' || last > '\u9FFF' || NumeralCharacters.IsNumeral(last) || IsHeadingStart(previousStart, previousEnd) ||
            !NumeralCharacters.IsNumeral(_text[nextStart]))
        {
            return false;
        }

        var j = nextStart;
        while (j < nextEnd && (NumeralCharacters.IsNumeral(_text[j]) || (j > nextStart && NumeralCharacters.IsDecimalPoint(_text[j]))))
        {
            WorkMeter.Step();
            j++;
        }

        return ReadToken(nextStart, j, nextEnd) is not null;
    }

    /// <summary>一、 （一） 1. 1、 at the start of a line: an outline heading, which ends without punctuation.</summary>
    private bool IsHeadingStart(int start, int end)
    {
        var c = _text[start];
        if (c is '（' or '(')
        {
            return true;
        }

        var k = start;
        while (k < end && k - start < 4 && (NumeralCharacters.ChineseDigit(_text[k]) > 0 || NumeralCharacters.ArabicDigit(_text[k]) >= 0 || _text[k] == '十'))
        {
            WorkMeter.Step();
            k++;
        }

        return k > start && k < end && _text[k] is '、' or '.' or '．';
    }

    private void Paragraph(int paragraph, int start, int end)
    {
        _lastInParagraph = null;
        var sentenceStart = start;
        for (var i = start; i < end; i++)
        {
            WorkMeter.Step();
            if (SentenceEnds.IndexOf(_text[i]) >= 0)
            {
                Sentence(paragraph, sentenceStart, i + 1);
                sentenceStart = i + 1;
            }
        }

        if (sentenceStart < end)
        {
            Sentence(paragraph, sentenceStart, end);
        }
    }

    private void Sentence(int paragraph, int start, int end)
    {
        var (s, e) = Trim(start, end);
        if (e <= s)
        {
            return;
        }

        var tokens = ScanTokens(s, e);
        var months = ScanMonths(s, e);
        (_sentenceStart, _sentenceEnd, _sentence) = (s, e, null);

        Candidate? last = null;
        Candidate? parent = null;
        Candidate? previous = null; // the figure of the token just before, while it stands at the top level
        var previousEnd = s;
        var next = 0;
        var monthIndex = 0;
        (int Month, int? Year, int Position)? month = null;
        var clauseStart = s;
        for (var i = s; i <= e; i++)
        {
            WorkMeter.Step();
            if (i < e && ((ClauseMarks.IndexOf(_text[i]) < 0 && SentenceEnds.IndexOf(_text[i]) < 0) || (i > s && IsThousandsComma(i, e))))
            {
                continue;
            }

            // The clause [clauseStart, i): a marker 其中, figures, or (in a breakdown) an activity named without a count.
            var clauseEnd = i;
            var marker = _text.IndexOf(FigureLexicon.Breakdown, clauseStart, clauseEnd - clauseStart, StringComparison.Ordinal);
            WorkMeter.Step(clauseEnd - clauseStart);
            var firstToken = next;
            var segmentStart = clauseStart;
            var markerSeen = false;
            while (next < tokens.Count && tokens[next].Start < clauseEnd)
            {
                WorkMeter.Step();
                var token = tokens[next];
                if (marker >= 0 && !markerSeen && marker < token.Start)
                {
                    markerSeen = true;
                    parent = Open(last, marker == s, parent);
                    segmentStart = Math.Max(segmentStart, marker + FigureLexicon.Breakdown.Length);
                }

                while (monthIndex < months.Count && months[monthIndex].Position < token.Start)
                {
                    WorkMeter.Step();
                    month = months[monthIndex++];
                }

                var postEnd = next + 1 < tokens.Count && tokens[next + 1].Start < clauseEnd ? tokens[next + 1].Start : clauseEnd;
                var contextStart = Math.Max(clauseStart, token.Start - ContextWindow);
                var context = _text.Substring(contextStart, Math.Min(clauseEnd, token.End + ContextWindow) - contextStart);
                WorkMeter.Step(context.Length);
                var candidate = Read(paragraph, context, Math.Max(s, token.Start - ContextWindow), segmentStart, token, postEnd, month, previous, previousEnd);
                segmentStart = token.End;
                previousEnd = token.End;
                previous = null;
                next++;
                if (candidate is null)
                {
                    continue;
                }

                if (parent is not null && (candidate.Entry is null ? candidate.Unit == parent.Unit : candidate.Entry.Indicator == parent.Indicator))
                {
                    if (candidate.Entry is null)
                    {
                        candidate.Inherit(parent);
                        _notes.Add(ParseDiagnostic.Create(
                            ParseCodes.InheritedIndicator, candidate.Span.Offset, candidate.Span.Length,
                            DiagnosticArguments.Create(("indicator", parent.Indicator.Code), ("total", parent.Quantity?.RawText))));
                    }

                    parent.Parts.Add(candidate);
                    continue;
                }

                if (candidate.Entry is null)
                {
                    continue;
                }

                parent = null;
                if (candidate.Twin is { } twin)
                {
                    _top.Add(twin);
                }

                _top.Add(candidate);
                previous = candidate;
                last = candidate;
                _lastInParagraph = candidate;
            }

            if (marker >= 0 && !markerSeen)
            {
                parent = Open(last, marker == s, parent);
            }

            if (next == firstToken && parent is not null)
            {
                // A clause of words only, the 其中 clause itself included (…3次，其中集市安全检查).
                var part = Countless(paragraph, marker >= 0 ? marker + FigureLexicon.Breakdown.Length : clauseStart, clauseEnd, parent);
                if (part is not null)
                {
                    parent.Parts.Add(part);
                }
            }

            clauseStart = i + 1;
        }
    }

    /// <summary>The current sentence, read once; a run-on one is kept as the window around the span, so that a figure never carries megabytes.</summary>
    private string SentenceAround(int spanStart, int spanEnd)
    {
        if (_sentenceEnd - _sentenceStart <= LongestSentence)
        {
            return _sentence ??= _reading.OriginalBetween(_sentenceStart, _sentenceEnd);
        }

        var from = Math.Max(_sentenceStart, spanStart - SentenceWindow);
        var to = Math.Min(_sentenceEnd, spanEnd + SentenceWindow);
        return _reading.OriginalBetween(from, to);
    }

    private Candidate? Open(Candidate? last, bool atSentenceStart, Candidate? current) =>
        last ?? (atSentenceStart ? _lastInParagraph : current);

    /// <summary>Reads the figure of one number: its words after it (<c>8次安全生产工作例会</c>) or before it (<c>挂横幅16条</c>).</summary>
    /// <remarks>
    /// <c>previous</c> is the figure read from the token just before this one in the sentence while it is a top-level
    /// figure; <c>previousEnd</c> the end of the token just before (or the sentence's start).
    /// </remarks>
    private Candidate? Read(
        int paragraph, string context, int beforeStart, int segmentStart, Token token, int postEnd, (int Month, int? Year, int Position)? month,
        Candidate? previous, int previousEnd)
    {
        var preStart = SkipJoiners(segmentStart, token.Start);
        var preEnd = token.Start;
        if (preStart == token.Start && AsideBefore(token.Start, previousEnd) is { } aside)
        {
            // 宣传资料(宣传品)3000余份: a short aside in parentheses between the words and their count; the words before it are read.
            (preStart, preEnd) = aside;
        }

        var pre = _text.Substring(preStart, preEnd - preStart);
        if (preEnd < token.Start)
        {
            context = pre + context;
        }

        // 检查企业5家，加油站7家: an item of a list takes the verb of the item before it, when nothing but the list's
        // separators stands between them and it names no act of its own.
        var listEntry = previous?.Entry is { AlsoOneOf.Length: > 0 } listed && previous.Unit == token.Quantity.Unit &&
                        SkipJoiners(previousEnd, token.Start) == preStart && !ContainsAny(pre, FigureLexicon.ListItemActs)
            ? listed
            : null;
        if ((token.Start >= 2 && string.CompareOrdinal(_text, token.Start - 2, "以上", 0, 2) == 0) || ContainsAny(pre, FigureLexicon.RateMarkers))
        {
            // 3人以上10人以下死亡: the bounds of a grade (a threshold), not a count; 每周至少培训1次: a rate, not a total.
            return null;
        }

        var postStop = _text.IndexOf('、', token.End, postEnd - token.End);
        var post = _text.Substring(token.End, (postStop < 0 ? postEnd : postStop) - token.End);
        WorkMeter.Step(pre.Length + (postEnd - token.End));
        var trimmedPost = post.TrimEnd();

        FigureLexicon.Entry? entry;
        string? label;
        int spanEnd;
        string phrase;
        var fromList = false;
        if (Classify(trimmedPost, context, token.Quantity.Unit, listEntry) is { } after)
        {
            entry = after.Entry;
            fromList = after.FromList;
            phrase = trimmedPost.Substring(0, after.End);
            label = Label(phrase.TrimStart('的'));
            spanEnd = token.End + after.End;
        }
        else
        {
            var rest = trimmedPost.TrimStart();
            if (rest.Length > 0 && AllowedAfterFigure.IndexOf(rest[0]) < 0 && !rest.StartsWith(AlsoJoiner, StringComparison.Ordinal) &&
                !(Array.IndexOf(FigureLexicon.People, token.Quantity.Unit.Code) >= 0 && StartsWithAny(rest, FigureLexicon.Participation)))
            {
                // 2000余人参加了本次活动: who took part is said before the count.
                return null;
            }

            var before = Classify(pre, context, token.Quantity.Unit, listEntry);
            entry = before?.Entry;
            fromList = before?.FromList == true;
            phrase = pre;
            label = Label(pre);
            spanEnd = token.End;
            if (entry is null && previous is { Indicator: var units } && units == Indicator.UnitsInspected && previousEnd == token.Start &&
                FigureLexicon.HazardsFound.Fits(token.Quantity.Unit))
            {
                // 检查门店12户30处: a count of hazards written straight after the count of units inspected, with no words of its own.
                entry = FigureLexicon.HazardsFound;
                _notes.Add(ParseDiagnostic.Create(
                    ParseCodes.CompoundHazardCount, token.Start, token.End - token.Start, DiagnosticArguments.Create(("units", previous.Quantity?.RawText))));
            }
        }

        if (fromList && entry is not null)
        {
            _notes.Add(ParseDiagnostic.Create(
                ParseCodes.ListItemVerb, token.Start, token.End - token.Start, DiagnosticArguments.Create(("indicator", entry.Indicator.Code))));
        }

        var spanStart = preStart < token.Start ? preStart : token.Start;
        var span = new SourceSpan(paragraph, _reading.ToOriginal(spanStart), _reading.OriginalBetween(spanStart, spanEnd), SentenceAround(spanStart, spanEnd));
        if (entry is not null && HasSpace(token.Start, token.End))
        {
            _notes.Add(ParseDiagnostic.Create(ParseCodes.SpacesIgnored, token.Start, token.End - token.Start));
        }

        var candidate = new Candidate(entry, token.Quantity, label, span);
        if (entry is not null)
        {
            candidate.Dimension = DimensionOf(entry.Indicator, label, pre, trimmedPost) ?? SentenceDimension(entry.Indicator, beforeStart, token.Start);
            if (entry.Indicator == Indicator.HazardsRectified && LastUndenied(phrase, FigureLexicon.FoundAndRectified) is not null)
            {
                // 发现并整改隐患56条: one count stated as both the hazards found and the hazards rectified.
                candidate.Twin = new Candidate(FigureLexicon.HazardsFound, token.Quantity, label, span) { Dimension = candidate.Dimension };
            }
        }

        if (month is { } m)
        {
            var year = m.Year ?? _year;
            if (year is { } y && ReportingPeriod.IsSupportedYear(y))
            {
                candidate.Period = ReportingPeriod.ForMonth(y, m.Month);
            }
            else if (entry is not null)
            {
                _notes.Add(ParseDiagnostic.Create(ParseCodes.MonthWithoutYear, m.Position, 1, DiagnosticArguments.Create(("month", m.Month))));
            }
        }

        if (candidate.Twin is { } twin)
        {
            twin.Period = candidate.Period;
        }

        return candidate;
    }

    /// <summary>A part of a breakdown named without a count: a clause that ends with a word of the total's indicator.</summary>
    private Candidate? Countless(int paragraph, int start, int end, Candidate parent)
    {
        var (s, e) = Trim(start, end);
        s = SkipJoiners(s, e);
        if (e <= s || e - s > LongestCountlessPart || parent.Entry is null)
        {
            return null;
        }

        var clause = _text.Substring(s, e - s);
        WorkMeter.Step(clause.Length);
        foreach (var ending in ActivityEndings)
        {
            WorkMeter.Step();
            foreach (var word in parent.Entry.Words)
            {
                WorkMeter.Step();
                if (clause.EndsWith(word + ending, StringComparison.Ordinal) && !IsNegated(clause, clause.Length - ending.Length - word.Length))
                {
                    var label = Label(clause);
                    var part = new Candidate(parent.Entry, null, label, new SourceSpan(paragraph, _reading.ToOriginal(s), _reading.OriginalBetween(s, e), SentenceAround(s, e)));
                    part.Dimension = DimensionOf(parent.Indicator, label, clause, string.Empty);
                    return part;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The first entry (in lexicon order) whose word stands in <paramref name="words"/>, undenied, and whose unit fits; with
    /// the end of its last word. The words an entry also needs are looked for in <paramref name="context"/>; for
    /// <paramref name="listEntry"/> (the entry of the list item before) they may stand there instead, and
    /// <c>FromList</c> says so.
    /// </summary>
    private static (FigureLexicon.Entry Entry, int End, bool FromList)? Classify(string words, string context, QuantityUnit unit, FigureLexicon.Entry? listEntry = null)
    {
        if (words.Length == 0)
        {
            return null;
        }

        foreach (var entry in FigureLexicon.Entries)
        {
            WorkMeter.Step();
            if (!entry.Fits(unit) || LastUndenied(words, entry.Words) is not { } end || (entry.NoneOf.Length > 0 && ContainsAny(words, entry.NoneOf)))
            {
                continue;
            }

            if (entry.AlsoOneOf.Length == 0 || ContainsAny(context, entry.AlsoOneOf))
            {
                return (entry, end, false);
            }

            if (ReferenceEquals(entry, listEntry))
            {
                return (entry, end, true);
            }
        }

        return null;
    }

    /// <summary>
    /// A short aside in parentheses ending just before <paramref name="at"/> (<c>宣传资料(宣传品)3000余份</c>): the span of the
    /// words before it, back to the clause mark or count before them, or null when there is no such aside or no words.
    /// </summary>
    private (int Start, int End)? AsideBefore(int at, int previousEnd)
    {
        if (at - 1 <= _sentenceStart || _text[at - 1] is not (')' or '）'))
        {
            return null;
        }

        var open = at - 2;
        while (open > _sentenceStart && at - open <= LongestAside && _text[open] is not ('(' or '（' or ')' or '）') && !NumeralCharacters.IsNumeral(_text[open]))
        {
            WorkMeter.Step();
            open--;
        }

        if (_text[open] is not ('(' or '（') || open == at - 2 || at - open > LongestAside)
        {
            return null;
        }

        var start = open;
        var limit = Math.Max(Math.Max(_sentenceStart, previousEnd), at - ContextWindow);
        while (start > limit && ClauseMarks.IndexOf(_text[start - 1]) < 0)
        {
            WorkMeter.Step();
            start--;
        }

        start = SkipJoiners(start, open);
        return start < open ? (start, open) : null;
    }

    private static bool StartsWithAny(string text, string[] words)
    {
        foreach (var word in words)
        {
            WorkMeter.Step();
            if (text.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    internal static InspectionType? DimensionOf(Indicator indicator, string? label, string pre, string post)
    {
        var typed = indicator == Indicator.Inspections || indicator == Indicator.UnitsInspected || indicator == Indicator.HazardsFound ||
                    indicator == Indicator.HazardsRectified || indicator == Indicator.HazardsOverdue;
        if (!typed)
        {
            return null;
        }

        foreach (var place in new[] { label ?? string.Empty, pre, post })
        {
            WorkMeter.Step();
            foreach (var (word, type) in FigureLexicon.InspectionTypes)
            {
                WorkMeter.Step(place.Length);
                if (place.IndexOf(word, StringComparison.Ordinal) >= 0)
                {
                    return type;
                }
            }
        }

        return indicator == Indicator.Inspections && label is not null && ContainsAny(label, FigureLexicon.ComprehensiveWords)
            ? InspectionType.Comprehensive
            : null;
    }

    /// <summary>
    /// An inspection whose own words name no type takes the first type (in lexicon order) named shortly before it in its
    /// sentence (<c>针对…开展了汛期安全检查，共检查2次</c>).
    /// </summary>
    private InspectionType? SentenceDimension(Indicator indicator, int start, int end)
    {
        if (indicator != Indicator.Inspections)
        {
            return null;
        }

        var before = _text.Substring(start, end - start); // only for an inspection that names no type of its own

        foreach (var (word, type) in FigureLexicon.InspectionTypes)
        {
            WorkMeter.Step(before.Length);
            if (before.IndexOf(word, StringComparison.Ordinal) >= 0)
            {
                return type;
            }
        }

        return null;
    }

    /// <summary>The label of a phrase: what is left after its subject, adverbs and verb (<c>我镇己开展安全生产大检查</c> → <c>安全生产大检查</c>).</summary>
    private static string? Label(string phrase)
    {
        var cut = 0;
        foreach (var word in FigureLexicon.LabelCuts)
        {
            WorkMeter.Step(phrase.Length);
            var at = phrase.LastIndexOf(word, StringComparison.Ordinal);
            if (at >= 0 && at + word.Length > cut)
            {
                cut = at + word.Length;
            }
        }

        var start = cut;
        var end = phrase.Length;
        while (start < end && (FigureLexicon.LabelLeadingDrops.IndexOf(phrase[start]) >= 0 || IsSpaceOrJoiner(phrase[start])))
        {
            WorkMeter.Step();
            start++;
        }

        while (end > start && IsSpaceOrJoiner(phrase[end - 1]))
        {
            WorkMeter.Step();
            end--;
        }

        return end > start ? phrase.Substring(start, end - start) : null;
    }

    private bool HasSpace(int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            WorkMeter.Step();
            if (NumeralCharacters.IsSpace(_text[k]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsAny(string text, string[] words)
    {
        foreach (var word in words)
        {
            WorkMeter.Step(text.Length);
            if (text.IndexOf(word, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The end of the last occurrence of any of <paramref name="words"/> that is not denied (<c>未整改</c>), or null.</summary>
    private static int? LastUndenied(string text, string[] words)
    {
        int? end = null;
        foreach (var word in words)
        {
            WorkMeter.Step(text.Length);
            for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                WorkMeter.Step();
                if (!IsNegated(text, at) && (end is null || at + word.Length > end))
                {
                    end = at + word.Length;
                }
            }
        }

        return end;
    }

    private static bool IsNegated(string text, int at)
    {
        foreach (var negation in FigureLexicon.Negations)
        {
            WorkMeter.Step();
            if (at >= negation.Length && string.CompareOrdinal(text, at - negation.Length, negation, 0, negation.Length) == 0)
            {
                return true;
            }
        }

        foreach (var marker in FigureLexicon.FutureMarkers)
        {
            WorkMeter.Step(at);
            var found = text.LastIndexOf(marker, at, StringComparison.Ordinal);
            if (found >= 0 && found + marker.Length <= at)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Numbers with a unit: <c>8次</c>, <c>16多条</c>, <c>500余份</c>, <c>约300人</c>, <c>三次</c>, <c>12.5万元</c>.</summary>
    private List<Token> ScanTokens(int start, int end)
    {
        var tokens = new List<Token>();
        var i = start;
        while (i < end)
        {
            WorkMeter.Step();
            if (!NumeralCharacters.IsNumeral(_text[i]))
            {
                i++;
                continue;
            }

            var j = i;
            var digits = false;
            while (j < end && (NumeralCharacters.IsNumeral(_text[j]) ||
                               (j > i && NumeralCharacters.IsDecimalPoint(_text[j]) && j + 1 < end && NumeralCharacters.ArabicDigit(_text[j + 1]) >= 0) ||
                               (j > i && IsThousandsComma(j, end))))
            {
                WorkMeter.Step();
                digits |= NumeralCharacters.ArabicDigit(_text[j]) >= 0 || NumeralCharacters.ChineseDigit(_text[j]) >= 0 || NumeralCharacters.SmallUnit(_text[j]) == 10;
                j++;
            }

            // A bare 百, 千 or 万 is part of a word (千家万户, 百姓), not a count — unless 上 reaches it (上百人次).
            var reaching = !digits && j == i + 1 && i > start && (tokens.Count == 0 || tokens[tokens.Count - 1].End < i) &&
                           QuantityParser.Reaching(_text.AsSpan(), i - 1) is not null; // the 上 of 3人以上千条 is 以上's
            var token = digits && IsCountStart(i) ? ReadToken(i, j, end) : reaching && IsCountStart(i - 1) ? ReadToken(i - 1, j, end) : null;
            if (token is { } t)
            {
                tokens.Add(t);
                i = t.End;
            }
            else
            {
                i = j;
            }
        }

        return tokens;
    }

    /// <summary>
    /// An ASCII comma between an Arabic digit and exactly three more (<c>12,345人次</c>) is a thousands separator. The
    /// full-width <c>，</c> separates clauses in prose and never is.
    /// </summary>
    private bool IsThousandsComma(int j, int end)
    {
        if (_text[j] != ',' || NumeralCharacters.ArabicDigit(_text[j - 1]) < 0 || j + 3 >= end)
        {
            return false;
        }

        for (var k = j + 1; k <= j + 3; k++)
        {
            WorkMeter.Step();
            if (NumeralCharacters.ArabicDigit(_text[k]) < 0)
            {
                return false;
            }
        }

        return j + 4 >= end || NumeralCharacters.ArabicDigit(_text[j + 4]) < 0;
    }

    private bool IsCountStart(int i)
    {
        if (i == 0)
        {
            return true;
        }

        var before = _text[i - 1];
        return FigureLexicon.NotCountBefore.IndexOf(before) < 0 && !(before < 128 && char.IsLetterOrDigit(before));
    }

    private Token? ReadToken(int numberStart, int numberEnd, int end)
    {
        var k = SkipPdfSpaces(numberEnd, end);
        if (k < end && _text[k] is '余' or '多')
        {
            k = SkipPdfSpaces(k + 1, end);
        }

        string? unit = null;
        foreach (var u in FigureLexicon.Units)
        {
            WorkMeter.Step();
            if (k + u.Length <= end && string.CompareOrdinal(_text, k, u, 0, u.Length) == 0)
            {
                unit = u;
                break;
            }
        }

        if (unit is null)
        {
            return null;
        }

        var tokenEnd = k + unit.Length;
        if (tokenEnd < end && FigureLexicon.NotCountAfterUnit.IndexOf(_text[tokenEnd]) >= 0)
        {
            return null;
        }

        foreach (var (suffix, _) in QuantityParser.Suffixes)
        {
            WorkMeter.Step();
            if (tokenEnd + suffix.Length <= end && string.CompareOrdinal(_text, tokenEnd, suffix, 0, suffix.Length) == 0)
            {
                tokenEnd += suffix.Length;
                break;
            }
        }

        var tokenStart = numberStart - QualifierBefore(numberStart);

        var tokenText = _text.Substring(tokenStart, tokenEnd - tokenStart);
        if (Quantity.TryParse(tokenText, out var quantity))
        {
            return new Token(tokenStart, tokenEnd, quantity);
        }

        if (Quantity.ParseDetailed(tokenText).Error is { Code: ParseCodes.NumberTooLarge })
        {
            // 共检查企业100000000000000000家: a figure no decimal holds is kept as text in a note, never dropped unseen.
            _notes.Add(ParseDiagnostic.Create(
                ParseCodes.FigureTooLargeKeptAsText, tokenStart, tokenEnd - tokenStart,
                DiagnosticArguments.Create(("text", tokenText.Length <= 64 ? tokenText : tokenText.Substring(0, 64) + "…"), ("maximum", NumeralReader.Maximum))));
        }

        return null;
    }

    /// <summary>
    /// Text extracted from a PDF puts spaces around numbers (<c>标语 12 条</c>, <c>300 余份</c>): up to two spaces after a
    /// number, before its 余 or its unit, are read through. Returns the position after them, or <paramref name="k"/>.
    /// </summary>
    private int SkipPdfSpaces(int k, int end)
    {
        var j = k;
        while (j < end && j - k < 2 && NumeralCharacters.IsSpace(_text[j]))
        {
            WorkMeter.Step();
            j++;
        }

        return j > k && j < end && !NumeralCharacters.IsSpace(_text[j]) ? j : k;
    }

    /// <summary>The length of a qualifier (<c>约</c>, <c>近</c>, <c>将近</c>…) just before <paramref name="numberStart"/>, or 0.</summary>
    private int QualifierBefore(int numberStart)
    {
        foreach (var (prefix, _) in QuantityParser.Prefixes)
        {
            WorkMeter.Step();
            var at = numberStart - prefix.Length;
            if (at >= 0 && string.CompareOrdinal(_text, at, prefix, 0, prefix.Length) == 0 && !(prefix == "近" && at > 0 && _text[at - 1] is '最' or '附'))
            {
                return prefix.Length;
            }
        }

        return 0;
    }

    /// <summary>Months named in a sentence (<c>6月份</c>, <c>2022年6月</c>), not ranges (<c>1-6月</c>) or durations (<c>一个月</c>).</summary>
    private List<(int Month, int? Year, int Position)> ScanMonths(int start, int end)
    {
        var months = new List<(int Month, int? Year, int Position)>();
        for (var i = start + 1; i < end; i++)
        {
            WorkMeter.Step();
            if (_text[i] != '月' || !NumeralCharacters.IsNumeral(_text[i - 1]))
            {
                continue;
            }

            var r = i - 1;
            while (r > start && i - r < 3 && NumeralCharacters.IsNumeral(_text[r - 1]))
            {
                WorkMeter.Step();
                r--;
            }

            if ((r > start && (NumeralCharacters.IsNumeral(_text[r - 1]) || IsRangeMark(r - 1, start))) ||
                !ChineseNumerals.TryParse(_text.AsSpan(r, i - r), out var month) || month is < 1 or > 12)
            {
                continue;
            }

            if (i + 2 < end && (IsRangeMark(i + 1, start) || _text[i + 1] == '到') && NumeralCharacters.IsNumeral(_text[i + 2]))
            {
                continue; // 1月至6月: a range, not a month
            }

            int? year = null;
            if (r - start >= 5 && _text[r - 1] == '年' && ChineseNumerals.TryParse(_text.AsSpan(r - 5, 4), out var y) && y is >= 1000 and <= 9999)
            {
                year = (int)y;
            }

            months.Add(((int)month, year, r));
        }

        return months;
    }

    /// <summary>Whether the character at <paramref name="at"/> joins a range (<c>1-6月</c>, <c>1月至6月</c>), not <c>截至6月</c>.</summary>
    private bool IsRangeMark(int at, int start) =>
        "-－～~—".IndexOf(_text[at]) >= 0 || (_text[at] == '至' && at > start && (NumeralCharacters.IsNumeral(_text[at - 1]) || _text[at - 1] == '月'));

    private int SkipJoiners(int start, int end)
    {
        while (start < end && IsSpaceOrJoiner(_text[start]))
        {
            WorkMeter.Step();
            start++;
        }

        return start;
    }

    private static bool IsSpaceOrJoiner(char c) => NumeralCharacters.IsSpace(c) || c is '\n' or '\r' || ListJoiners.IndexOf(c) >= 0 || ClauseMarks.IndexOf(c) >= 0;

    private (int Start, int End) Trim(int start, int end)
    {
        var s = start;
        var e = end;
        while (s < e && (NumeralCharacters.IsSpace(_text[s]) || _text[s] == '\r'))
        {
            WorkMeter.Step();
            s++;
        }

        while (e > s && (NumeralCharacters.IsSpace(_text[e - 1]) || _text[e - 1] == '\r'))
        {
            WorkMeter.Step();
            e--;
        }

        return (s, e);
    }

    private readonly struct Token
    {
        public Token(int start, int end, Quantity quantity)
        {
            Start = start;
            End = end;
            Quantity = quantity;
        }

        public int Start { get; }

        public int End { get; }

        public Quantity Quantity { get; }
    }

    private sealed class Candidate
    {
        public Candidate(FigureLexicon.Entry? entry, Quantity? quantity, string? label, SourceSpan span)
        {
            Entry = entry;
            Quantity = quantity;
            Label = label;
            Span = span;
        }

        public FigureLexicon.Entry? Entry { get; private set; }

        public Indicator Indicator => Entry?.Indicator ?? default;

        public Quantity? Quantity { get; }

        public QuantityUnit Unit => Quantity?.Unit ?? default;

        public string? Label { get; }

        public SourceSpan Span { get; }

        public InspectionType? Dimension { get; set; }

        public ReportingPeriod? Period { get; set; }

        public List<Candidate> Parts { get; } = new();

        /// <summary>A second figure the same count states (<c>发现并整改隐患56条</c>: found, then rectified), read before this one.</summary>
        public Candidate? Twin { get; set; }

        public void Inherit(Candidate parent)
        {
            Entry = parent.Entry;
            Dimension = DimensionOf(parent.Indicator, Label, Label ?? string.Empty, string.Empty);
        }

        public StatedFigure Build()
        {
            var parts = new StatedFigure[Parts.Count];
            for (var i = 0; i < parts.Length; i++)
            {
                WorkMeter.Step();
                parts[i] = Parts[i].Build();
            }

            return new StatedFigure
            {
                Indicator = Indicator,
                Quantity = Quantity,
                Dimension = Dimension,
                Label = Label,
                Period = Period,
                Source = Span,
                Parts = parts,
            };
        }
    }
}
