namespace SafetyModel.Diagnostics;

/// <summary>
/// The stable codes of the parse diagnostics this library reports (<see cref="ParseDiagnostic.Code"/>). A code is
/// never renamed or reused. The full list with examples is in <c>docs/diagnostic-codes.md</c>.
/// </summary>
/// <remarks>
/// Ranges: <c>SM00xx</c> text in general; <c>SM01xx</c> Chinese numerals; <c>SM02xx</c> dates; <c>SM03xx</c>
/// quantities (概数); <c>SM04xx</c> reporting periods; <c>SM05xx</c> division and credit codes;
/// <c>SM06xx</c> figures extracted from prose (<c>SafetyModel.Extraction</c>); <c>SM1xxx</c> official documents (公文);
/// <c>SM2xxx</c> and above are validation codes (see <c>SafetyModel.Diagnostics.ValidationCodes</c>).
/// </remarks>
public static class ParseCodes
{
    /// <summary><c>SM0001</c> — no text was given (<see langword="null"/>).</summary>
    public const string NullText = "SM0001";

    /// <summary><c>SM0002</c> — the text is empty or only white space.</summary>
    public const string EmptyText = "SM0002";

    /// <summary><c>SM0003</c> — the text is longer than the parser reads; arguments <c>length</c>, <c>maximum</c>.</summary>
    public const string TextTooLong = "SM0003";

    /// <summary><c>SM0004</c> — a character that cannot stand here; argument <c>character</c>.</summary>
    public const string UnexpectedCharacter = "SM0004";

    /// <summary><c>SM0005</c> — the text ends before the value is complete.</summary>
    public const string UnexpectedEnd = "SM0005";

    /// <summary><c>SM0007</c> (note) — full-width digits (０-９) were read as Arabic digits.</summary>
    public const string FullWidthDigits = "SM0007";

    /// <summary><c>SM0008</c> (note) — white space inside the value was ignored.</summary>
    public const string SpacesIgnored = "SM0008";

    /// <summary><c>SM0010</c> — a JSON Pointer that is neither empty nor starts with <c>/</c> (RFC 6901 §3).</summary>
    public const string JsonPointerMustStartWithSlash = "SM0010";

    /// <summary><c>SM0011</c> — a <c>~</c> in a JSON Pointer not followed by <c>0</c> or <c>1</c> (RFC 6901 §3).</summary>
    public const string JsonPointerBadEscape = "SM0011";

    /// <summary><c>SM0101</c> — a place unit (十, 百, 千, 万, 亿) where none can stand, such as <c>十百</c> or a bare <c>百</c>; argument <c>unit</c>.</summary>
    public const string MisplacedNumeralUnit = "SM0101";

    /// <summary><c>SM0102</c> — a number above the largest this library reads; argument <c>maximum</c>.</summary>
    public const string NumberTooLarge = "SM0102";

    /// <summary><c>SM0103</c> — a number with a fractional part where an integer is needed.</summary>
    public const string NotAnInteger = "SM0103";

    /// <summary><c>SM0104</c> (note) — an abbreviated numeral such as <c>一万五</c> was read with the next lower place (15000); argument <c>value</c>.</summary>
    public const string AbbreviatedNumeral = "SM0104";

    /// <summary><c>SM0301</c> (note) — 余 / 多 after a units digit (<c>16多条</c>), irregular under GB/T 15835-2011; only the lower bound is read. Argument <c>stated</c>.</summary>
    public const string IrregularApproximation = "SM0301";

    /// <summary><c>SM0302</c> — no number where a figure was expected.</summary>
    public const string MissingNumber = "SM0302";

    /// <summary><c>SM0303</c> — qualifiers that contradict each other, such as <c>约500余</c> or <c>不足500以上</c>.</summary>
    public const string ConflictingQualifiers = "SM0303";

    /// <summary><c>SM0304</c> — a range whose second number is not above its first; arguments <c>low</c>, <c>high</c>.</summary>
    public const string InvalidRange = "SM0304";

    /// <summary><c>SM0305</c> — 余, 多, 近 or 不足 (or 以下 under a convention that excludes its number) with a number that is not positive.</summary>
    public const string QualifierNeedsPositiveNumber = "SM0305";

    /// <summary>
    /// <c>SM0306</c> — the unit would begin with a character that belongs to a number (a Chinese numeral or place unit, a
    /// decimal point, a thousands separator, 几 or 来): the figure is refused rather than split into a smaller number
    /// and a strange unit. Argument <c>character</c>.
    /// </summary>
    public const string UnitStartsWithNumber = "SM0306";

    /// <summary><c>SM0307</c> (note) — thousands separators (<c>1,200</c>, <c>12,345</c>) were taken out of the number.</summary>
    public const string ThousandsSeparatorsRemoved = "SM0307";

    /// <summary><c>SM0308</c> (note) — spaces between the characters of a number (text extracted from a PDF: <c>一百 二 十</c>, <c>12 0</c>) were taken out and the number read whole.</summary>
    public const string SpacedNumberJoined = "SM0308";

    /// <summary><c>SM0309</c> — a number with more decimal places than are read (<c>0.0000000000000000000000000000001</c>): at most 17 digits, whole part and decimals together; argument <c>maximum</c>.</summary>
    public const string TooManyDecimalPlaces = "SM0309";

    /// <summary><c>SM0310</c> (note) — a figure in a text whose number is larger than the largest read (<c>100000000000000000家</c>): kept as text in the note, not among the stated figures; arguments <c>text</c>, <c>maximum</c>.</summary>
    public const string FigureTooLargeKeptAsText = "SM0310";

    /// <summary><c>SM0201</c> — a year not written with four digits (<c>22年</c>).</summary>
    public const string YearNotFourDigits = "SM0201";

    /// <summary><c>SM0202</c> — a month outside 1–12; argument <c>month</c>.</summary>
    public const string MonthOutOfRange = "SM0202";

    /// <summary><c>SM0203</c> — a day the month does not have (<c>2月30日</c>); arguments <c>year</c>, <c>month</c>, <c>day</c>, <c>days</c>.</summary>
    public const string DayOutOfRange = "SM0203";

    /// <summary><c>SM0204</c> — a date or month without a year, and no context year was given.</summary>
    public const string MissingYear = "SM0204";

    /// <summary><c>SM0205</c> — a month where a full date is needed.</summary>
    public const string MissingDay = "SM0205";

    /// <summary><c>SM0206</c> — a date whose separators differ (<c>2022-7/7</c>).</summary>
    public const string MixedDateSeparators = "SM0206";

    /// <summary><c>SM0210</c> (note) — a zero-padded month or day (<c>07</c>); the 2012 rule writes <c>2022年7月7日</c>.</summary>
    public const string DateZeroPadded = "SM0210";

    /// <summary><c>SM0211</c> (note) — a date in Chinese numerals (<c>二〇二二年七月七日</c>), the form before 2012-07-01.</summary>
    public const string DateInChineseNumerals = "SM0211";

    /// <summary><c>SM0212</c> (note) — 号 instead of 日 for the day.</summary>
    public const string DayWrittenWithHao = "SM0212";

    /// <summary><c>SM0213</c> (note) — a date written with separators (<c>2022.7.7</c>, <c>2022-07-07</c>, <c>2022/7/7</c>), not in the 公文 form.</summary>
    public const string DateWithSeparators = "SM0213";

    /// <summary><c>SM0214</c> (note) — the year was taken from the context; argument <c>year</c>.</summary>
    public const string YearFromContext = "SM0214";

    /// <summary><c>SM0401</c> — text that is not a reporting period; argument <c>text</c>.</summary>
    public const string UnknownPeriod = "SM0401";

    /// <summary><c>SM0402</c> — a quarter other than 1–4; argument <c>quarter</c>.</summary>
    public const string QuarterOutOfRange = "SM0402";

    /// <summary><c>SM0403</c> — a month range that ends before it starts (<c>7-6月</c>); arguments <c>from</c>, <c>to</c>.</summary>
    public const string InvalidMonthRange = "SM0403";

    /// <summary><c>SM0410</c> (note) — a month range read as the calendar period it equals (<c>1-6月</c> as 上半年); argument <c>period</c>.</summary>
    public const string MonthRangeIsCalendarPeriod = "SM0410";

    /// <summary><c>SM1001</c> — a 发文字号 without the issuing organ's code (机关代字) before the year.</summary>
    public const string MissingIssuerCode = "SM1001";

    /// <summary><c>SM1002</c> — the year of a 发文字号 not in 〔 〕 (U+3014, U+3015); argument <c>found</c>, the bracket found instead.</summary>
    public const string MissingYearBrackets = "SM1002";

    /// <summary><c>SM1003</c> — a 发文字号 without a serial number after the year.</summary>
    public const string MissingSerial = "SM1003";

    /// <summary><c>SM1004</c> — a serial with leading zeros (<c>0297号</c>), refused by the strict form.</summary>
    public const string SerialLeadingZeros = "SM1004";

    /// <summary><c>SM1005</c> — 第 before the serial (<c>第297号</c>), refused by the strict form.</summary>
    public const string SerialWithDi = "SM1005";

    /// <summary><c>SM1006</c> — a 发文字号 that does not end in 号, refused by the strict form.</summary>
    public const string MissingHao = "SM1006";

    /// <summary><c>SM1007</c> — the traditional 號 for 号, refused by the strict form.</summary>
    public const string TraditionalHao = "SM1007";

    /// <summary><c>SM1008</c> — an invisible or bidirectional-control character (U+200B–U+200F, U+202A–U+202E, U+2060–U+2064, U+FEFF, U+00AD) in a 发文字号, refused by the strict form; argument <c>character</c>.</summary>
    public const string InvisibleCharacter = "SM1008";

    /// <summary><c>SM1010</c> (note) — other brackets read as 〔〕; argument <c>found</c>.</summary>
    public const string BracketsNormalised = "SM1010";

    /// <summary><c>SM1011</c> (note) — leading zeros of the serial dropped (<c>0297号</c> → <c>297号</c>).</summary>
    public const string SerialLeadingZerosRemoved = "SM1011";

    /// <summary><c>SM1012</c> (note) — 第 before the serial dropped (<c>第297号</c> → <c>297号</c>).</summary>
    public const string DiRemoved = "SM1012";

    /// <summary><c>SM1013</c> (note) — 字 after the year dropped, the older form <c>〔1992〕字第36号</c>.</summary>
    public const string ZiRemoved = "SM1013";

    /// <summary><c>SM1014</c> (note) — the missing 号 at the end supplied.</summary>
    public const string HaoAdded = "SM1014";

    /// <summary><c>SM1015</c> (note) — the traditional 號 read as 号.</summary>
    public const string TraditionalHaoRead = "SM1015";

    /// <summary><c>SM1016</c> (note) — an invisible or bidirectional-control character removed; argument <c>character</c>.</summary>
    public const string InvisibleCharacterRemoved = "SM1016";

    /// <summary><c>SM1017</c> (note) — pinyin in parentheses after a character, residue of a web mirror (<c>發(fā)</c>), removed; argument <c>text</c>.</summary>
    public const string PinyinRemoved = "SM1017";

    /// <summary>
    /// <c>SM1018</c> (note) — the serial of an order or notice number is written in Chinese numerals (<c>公告第三十七号</c>,
    /// as gazettes print it) and was read as Arabic; arguments <c>text</c>, <c>serial</c>. Strict reading refuses it.
    /// </summary>
    public const string SerialInChineseNumeralsRead = "SM1018";

    /// <summary>
    /// <c>SM0215</c> (note) — the zero of a year in Chinese numerals is written with a look-alike (<c>二0一九年</c>,
    /// <c>二OO三年</c>: the digit 0 or the letter O for 〇) and was read as 〇; argument <c>text</c>.
    /// </summary>
    public const string LookalikeZeroRead = "SM0215";

    /// <summary>
    /// <c>SM0216</c> (note) — a date written as digits run together (<c>2017919</c>, <c>20170919</c>) was read as the one
    /// calendar date it can be; argument <c>text</c>.
    /// </summary>
    public const string DigitsRunTogetherRead = "SM0216";

    /// <summary><c>SM1020</c> — a secrecy marking that does not start with 秘密, 机密 or 绝密; argument <c>text</c>.</summary>
    public const string UnknownSecrecyLevel = "SM1020";

    /// <summary><c>SM1021</c> — a secrecy period not written as ★ + years + 年 (<c>★1年</c>); argument <c>text</c>.</summary>
    public const string BadSecrecyPeriod = "SM1021";

    /// <summary><c>SM1022</c> (note) — ☆ read as the ★ of GB/T 9704-2012.</summary>
    public const string HollowStar = "SM1022";

    /// <summary><c>SM1030</c> — a title that does not end with a document type (文种); argument <c>text</c>.</summary>
    public const string TitleWithoutType = "SM1030";

    /// <summary><c>SM1031</c> (note) — a title without 关于: no issuer could be told apart from the subject.</summary>
    public const string TitleWithoutGuanyu = "SM1031";

    /// <summary><c>SM1032</c> (note) — traditional characters of a document type or of 关于 read as simplified (<c>決定</c> as 决定, <c>關於</c> as 关于); the title is kept as written. Arguments <c>found</c>, <c>read</c>.</summary>
    public const string TraditionalCharactersRead = "SM1032";

    /// <summary><c>SM1033</c> (note) — spaces inside a title (<c>通 报</c>, text extracted from a PDF) removed.</summary>
    public const string TitleSpacesRemoved = "SM1033";

    /// <summary><c>SM1040</c> (note) — no 发文字号 was found in the header of a document's text.</summary>
    public const string NoDocumentNumber = "SM1040";

    /// <summary><c>SM1041</c> (note) — the 主送机关 line ends with an ASCII colon; GB/T 9704-2012 uses the full-width <c>：</c>.</summary>
    public const string RecipientAsciiColon = "SM1041";

    /// <summary><c>SM1042</c> (note) — no 主送机关 line (a line ending with a colon) after the title.</summary>
    public const string NoPrimaryRecipient = "SM1042";

    /// <summary><c>SM1043</c> (note) — no 成文日期 at the end of a document's text.</summary>
    public const string NoDocumentDate = "SM1043";

    /// <summary><c>SM1044</c> (note) — no 发文机关署名 above the 成文日期.</summary>
    public const string NoSignatureOrgan = "SM1044";

    /// <summary>
    /// <c>SM1045</c> (note) — a header line has the shape of a 发文字号 (a bracketed year, or a serial and 号) but cannot be
    /// read; it is taken as the number line, kept out of the title, and the reader's error follows. Argument <c>text</c>.
    /// </summary>
    public const string UnreadableDocumentNumber = "SM1045";

    /// <summary><c>SM1046</c> (note) — a body line that is only a page number (<c>- 3 -</c>, <c>第3页 共10页</c>) was left out of the outline; argument <c>text</c>.</summary>
    public const string PageNumberIgnored = "SM1046";

    /// <summary>
    /// <c>SM1047</c> (note) — a header line is web page chrome (<c>发布时间:2021-12-22 17:45 浏览次数:</c>, <c>视力保护色:</c>,
    /// <c>索引号:…</c>) copied with the text; it is neither title nor recipients and was left out; argument <c>text</c>.
    /// </summary>
    public const string PageChromeIgnored = "SM1047";

    /// <summary><c>SM1048</c> (note) — the title stood in 书名号 (<c>《某某关于…的通知》</c>), as web pages print it; it was read without them.</summary>
    public const string TitleMarksRemoved = "SM1048";

    /// <summary>
    /// <c>SM1049</c> (note) — the last line looks like a date whose characters were lost (<c>{ 2017 6 23</c>); it is not read
    /// as the 成文日期 (SM1043 says so), but the 署名 above it is; argument <c>text</c>.
    /// </summary>
    public const string GarbledDateLine = "SM1049";

    /// <summary><c>SM0501</c> — a division code that is not 6, 9 or 12 digits long; argument <c>length</c>.</summary>
    public const string DivisionCodeLength = "SM0501";

    /// <summary><c>SM0502</c> — a division code whose first two digits are no province; argument <c>province</c>.</summary>
    public const string UnknownProvinceCode = "SM0502";

    /// <summary><c>SM0503</c> — a segment set under an empty one (<c>150006</c>: a county under no prefecture); argument <c>level</c>.</summary>
    public const string DivisionSegmentUnderEmpty = "SM0503";

    /// <summary><c>SM0510</c> — a 统一社会信用代码 that is not 18 characters long; argument <c>length</c>.</summary>
    public const string CreditCodeLength = "SM0510";

    /// <summary><c>SM0511</c> — a 统一社会信用代码 whose check character is wrong (GB 32100-2015); arguments <c>found</c>, <c>expected</c>.</summary>
    public const string CreditCodeCheck = "SM0511";

    /// <summary><c>SM0512</c> (note) — lower-case letters of a 统一社会信用代码 read as upper-case.</summary>
    public const string CreditCodeLowerCase = "SM0512";

    /// <summary>
    /// <c>SM0601</c> (note) — a part of a <c>其中</c> breakdown names no indicator of its own; it was counted under its
    /// total's indicator because its unit matches. Arguments <c>indicator</c>, <c>total</c>.
    /// </summary>
    public const string InheritedIndicator = "SM0601";

    /// <summary>
    /// <c>SM0602</c> (note) — a figure names a month but no usable year: none stated and no reference year given, or a
    /// year outside the 2 to 9998 a <see cref="SafetyModel.Primitives.ReportingPeriod"/> allows (<c>9999年6月</c>). The
    /// figure keeps no period. Argument <c>month</c>.
    /// </summary>
    public const string MonthWithoutYear = "SM0602";

    /// <summary>
    /// <c>SM0603</c> (note) — a line that ends mid-sentence on a word and a line that begins with a count
    /// (<c>共发放宣传单⏎500余份</c>, text extracted from a PDF) were read as one sentence.
    /// </summary>
    public const string LineBreakJoined = "SM0603";

    /// <summary>
    /// <c>SM0604</c> (note) — the text has traditional characters (檢查, 單位, 處) or the pinyin residue of a web mirror
    /// (<c>標(biāo)語</c>); figures were read through them, and every source span quotes the text as written; arguments
    /// <c>traditional</c> (characters simplified) and <c>pinyin</c> (residues skipped).
    /// </summary>
    public const string ReadThroughVariants = "SM0604";

    /// <summary>
    /// <c>SM5040</c> (note) — an item of a list names what it counts but no verb of its own (<c>检查企业5家，加油站7家</c>); it
    /// was counted as <c>indicator</c> with the verb of the item before it, since only the list's separators stand between
    /// them. Argument <c>indicator</c>.
    /// </summary>
    public const string ListItemVerb = "SM5040";

    /// <summary>
    /// <c>SM5041</c> (note) — a count of hazards written straight after a count of units inspected, with no words of its own
    /// (<c>检查门店12户30处</c>), was read as the hazards found in those units. Argument <c>units</c> (the units' count as written).
    /// </summary>
    public const string CompoundHazardCount = "SM5041";
}
