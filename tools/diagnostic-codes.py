#!/usr/bin/env python3
"""Writes docs/diagnostic-codes.md from messages.tsv, the code constants and the examples below.

Run from anywhere after adding a code: python3 tools/diagnostic-codes.py (a test checks the page is current).
"""
import pathlib
import re

root = pathlib.Path(__file__).resolve().parent.parent
EXAMPLES = {
    "SM0001": "`JsonPointer.ParseDetailed(null)`", "SM0002": "`\"  \"` where a number is expected",
    "SM0003": "a 100,000-character figure", "SM0004": "`2022年7月x日`, `五x`", "SM0005": "`2022年7月7`",
    "SM0007": "`２９７` *(note)*", "SM0008": "`2022 年 7 月 7 日` *(note)*", "SM0010": "`statedFigures/2`",
    "SM0011": "`/a~2`", "SM0101": "`十百`, `一万二千万`", "SM0102": "`10000000000000000`",
    "SM0103": "`1.5` where an integer is needed", "SM0104": "`一万五` read as 15000 *(note)*",
    "SM0201": "`22年7月7日`", "SM0202": "`2022年13月1日`", "SM0203": "`2022年2月30日`",
    "SM0204": "`7月7日` without a context year", "SM0205": "`2022年7月` where a date is needed",
    "SM0206": "`2022-7/7`", "SM0210": "`2022年07月07日` *(note)*", "SM0211": "`二〇二二年七月七日` *(note)*",
    "SM0212": "`7月7号` *(note)*", "SM0213": "`2022.7.7` *(note)*", "SM0214": "`7月7日` with context year 2022 *(note)*", "SM0215": "`二0一九年一月八日` *(note)*", "SM0216": "a closing date line `2017919` *(note)*",
    "SM0301": "`16多条` *(note)*", "SM0302": "`份`", "SM0303": "`约500余份`", "SM0304": "`5-3个`", "SM0305": "`0余份`",
    "SM0306": "`5点吨`, `500余几人`", "SM0307": "`1,200万元` *(note)*", "SM0308": "`一百 二 十 人` *(note)*", "SM0309": "`0.0000000000000000000000000000001份`", "SM0310": "`共检查企业100000000000000000家` in a report body *(note)*",
    "SM0401": "`汛期`", "SM0402": "`第五季度`", "SM0403": "`7-6月`", "SM0410": "`1-6月` read as 上半年 *(note)*",
    "SM0501": "`15062`", "SM0502": "`990626`", "SM0503": "`150026`",
    "SM0510": "`9144030071526726X`", "SM0511": "`9144030071526726XA`", "SM0512": "`9144030071526726xg` *(note)*",
    "SM0601": "`检查企业45家，其中加油站3家` *(note)*", "SM0602": "`6月份开展检查1次` with no reference year *(note)*",
    "SM0603": "`共发放宣传单` / `500余份` on two lines *(note)*", "SM0604": "`檢查企業12家` *(note)*",
    "SM1001": "`〔2022〕297号`", "SM1002": "`乌兰镇政函[2022]297号` (strict)", "SM1003": "`国发〔2022〕号`",
    "SM1004": "`国发〔2022〕0297号` (strict)", "SM1005": "`国发〔2022〕第297号` (strict)", "SM1006": "`国发〔2022〕297` (strict)",
    "SM1010": "`[2022]`, `(1995)` *(note)*", "SM1011": "`0297号` *(note)*", "SM1012": "`第297号` *(note)*",
    "SM1013": "`〔1992〕字第36号` *(note)*", "SM1014": "`国发〔2022〕297` *(note)*",
    "SM1007": "`穗府辦〔2010〕15號` (strict)", "SM1008": "`国发\\u202e〔2022〕1号` (strict)", "SM1015": "`穗府辦[2010]15號` *(note)*",
    "SM1016": "`国发\\u200b〔2022〕1号` *(note)*", "SM1017": "`穗府辦發(fā)〔2010〕15號` *(note)*",
    "SM1020": "`内部`", "SM1021": "`秘密1年`", "SM1022": "`秘密☆1年` *(note)*", "SM1030": "`关于开展检查的工作`",
    "SM1031": "`乌兰陶勒盖镇2022年安全生产工作总结` *(note)*", "SM1040": "a text whose first line is no 发文字号 *(note)*",
    "SM1032": "`关于开展检查的決定` *(note)*", "SM1033": "`关于某事的通 报` *(note)*", "SM1045": "a header line `某府〔20XX〕号` *(note)*", "SM1018": "`某某公告第三十七号` read leniently *(note)*", "SM1046": "a body line `- 3 -` *(note)*", "SM1047": "a header line `发布时间:2021-12-22 17:45 浏览次数:` *(note)*", "SM1049": "a closing line `{ 2017 6 23` *(note)*", "SM1048": "a title line `《某某关于开展检查的通知》` *(note)*",
    "SM1041": "the seed's `乌审旗安全生产委员会:` *(note)*", "SM1042": "no line ending in a colon after the title *(note)*",
    "SM1043": "no date at the end *(note)*", "SM1044": "a date with no organ above it *(note)*",
    "SM3001": "`乌兰镇政函〔2021〕297号` dated 2022年7月7日", "SM3002": "a 成文日期 tomorrow", "SM3003": "`1900年1月1日`",
    "SM3004": "印发 2022-07-06 for a document of 2022-07-07", "SM3005": "a title ending in 函 on a document declared 通知",
    "SM3006": "a 报告 with no 签发人", "SM3007": "`秘密★1年` with no 份号", "SM3008": "`秘密★15年`", "SM3009": "`1`",
    "SM3010": "`乌审旗安全生产委员会:`", "SM3011": "a 报告 to two organs", "SM3012": "a 函 with 印发机关",
    "SM3013": "a 报告 saying `妥否，请批示`",
    "SM5001": "the seed: 7次, 其中 1 + 2 + 2 + 2 + 5 = 12", "SM5002": "the seed's `16多条` (information)",
    "SM5003": "a 上半年 report dated 2022年6月20日", "SM5004": "安全生产月 (June) in a 下半年 report",
    "SM4001": "a meeting with no id", "SM4002": "two records with id `M-1`", "SM4003": "an inspection starting tomorrow",
    "SM4004": "a record with no division", "SM4005": "`150626105` against the 乌审旗 sample", "SM4006": "rectified 5月1日, found 5月10日",
    "SM4007": "deadline 5月1日, found 5月10日", "SM4008": "deadline 5月20日, still rectifying on 7月7日", "SM4009": "`verified` with no rectification date",
    "SM4010": "`deaths: -1`", "SM4011": "an inspection starting `0000-01-01`", "SM4012": "`peopleTrained` of 79228162514264337593543950335",
    "SM4020": "a 销号 right after 整改完成, with no 复查", "SM4021": "a 复查 on 5月3日 after a 整改完成 on 5月9日", "SM4022": "a 上报 on 5月1日 of a hazard found 5月10日",
    "SM4023": "a 交办 with no deadline", "SM4024": "a 延期 to 5月1日 of a deadline 5月20日", "SM4025": "a 县级挂牌 重大 hazard re-checked by the town and closed",
    "SM4026": "a 复查 dated tomorrow", "SM4027": "`found` with a history ending in 销号", "SM4028": "`rectifiedOn` 5月1日, 整改完成 on 5月9日",
    "SM4029": "a 重大 hazard with events and no `treatmentPlan`", "SM4030": "a plan with no `emergencyPlan` (预案)", "SM4031": "a 重大 hazard with events and no `majorBasis`",
    "SM4032": "a 一般 hazard with `industry-trade-2023-3-2`", "SM4033": "`fundsTenThousandYuan: -5` in a plan", "SM6001": "10 deaths stated as 较大事故", "SM6002": "reported 61 minutes after the accident",
    "SM5005": "15处 rectified of 12处 found", "SM5006": "`8月份检查2次` in a 2022 H1 report", "SM5040": "`检查企业5家，加油站7家` *(note)*", "SM5041": "`检查门店12户30处` *(note)*", "SM7001": "安全生产月 in July", "SM7002": "a publicity day on 7月2日 in the June campaign",
    "SM8001": "`{\"id\": \"I-1\"` (truncated)", "SM8002": "`\"hazardsFound\": \"3\"`", "SM8003": "`\"colour\": \"red\"` in strict reading",
    "SM8004": "`\"level\": \"huge\"`; `\"sector\": \"space\"` in strict reading", "SM8005": "`\"type\": \"picnic\"`",
    "SM8006": "`\"schemaVersion\": \"2.0\"`", "SM8007": "a 17 MiB JSON Lines record", "SM8008": "65 nested arrays",
    "SM8009": "`{\"id\": \"a\", \"id\": \"b\"}`", "SM8010": "`\"start\": \"2022-02-30\"`, `\"division\": \"990626100000\"`",
    "SM8011": "a record in a `RecordSet` with no `type`", "SM8012": "an inspection with no `start`", "SM8013": "the byte `0xFF`; a UTF-16 byte-order mark", "SM8014": "`\"hazardFound\": 3` in `validate`", "SM8015": "an `id` of 250 MiB",
    "SM2001": "a document of type `细则` (information)", "SM2002": "a document with no title (error)",
    "SM4040": "a unit with `\"name\": \"\"`", "SM4041": "`\"industryCode\": \"Z99\"`", "SM4042": "`\"industryCode\": \"B26\"`", "SM4043": "an inspection of `U-9` in a batch whose units are `U-1`, `U-2`", "SM4044": "an inspection of `U-1` validated alone", "SM4045": "a `penalty-decision` with no `fineYuan` and no `otherPenalty`", "SM4046": "deadline 5月1日 on an order issued 5月10日", "SM4047": "inspected 5月12日, issued 5月10日", "SM4048": "`fineYuan` on a 现场检查记录", "SM4049": "a `rectification-order` with no `deadline`", "SM4050": "an `EnforcementAction` built without `Kind`", "SM2010": "`08,13,x`", "SM2011": "`08,99` to GB 6441-1986", "SM2012": "`08,08` twice", "SM2013": "`08,08` as the first line",
}
rows = []
for line in (root / "src/SafetyModel/Resources/messages.tsv").read_text(encoding="utf-8").splitlines():
    if line.strip() and not line.startswith("#"):
        rows.append(line.split("\t"))
names = {}
for source, owner in (("src/SafetyModel/Diagnostics/ParseCodes.cs", "ParseCodes"), ("src/SafetyModel/Diagnostics/ValidationCodes.cs", "ValidationCodes"),
                      ("src/SafetyModel/Diagnostics/JsonContractCodes.cs", "JsonContractCodes")):
    for match in re.finditer(r'public const string (\w+) = "(SM\d{4})"', (root / source).read_text(encoding="utf-8")):
        names[match.group(2)] = f"{owner}.{match.group(1)}"

def cell(text):
    return text.replace("|", "\\|")

lines = [
    "# Diagnostic codes", "",
    "<!-- Generated by tools/diagnostic-codes.py; edit that script or messages.tsv, not this page. -->", "",
    "Every parse diagnostic (`ParseDiagnostic.Code`) and validation issue (`ValidationIssue.Code`) carries a stable code.",
    "A code is never renamed and never reused; a retired code stays listed here as retired. Programs switch on the codes",
    "(the constants of `ParseCodes`, `ValidationCodes` and `JsonContractCodes`); people read the message, in English and Simplified Chinese.",
    "The messages live in `src/SafetyModel/Resources/messages.tsv` (run `python3 tools/resx.py` after editing it, then",
    "`python3 tools/diagnostic-codes.py`); tests check that this page, the constants and the resources agree.", "",
    "Codes marked *(note)* are reported in `ParseResult<T>.Notes` on a successful parse: a normalisation made or an",
    "irregularity accepted. The others are failures (`ParseResult<T>.Error`) or validation issues.", "",
    "| range | area |", "|---|---|",
    "| `SM00xx` | text in general (null, empty, too long, unexpected characters), JSON Pointers |",
    "| `SM01xx` | Chinese numerals |", "| `SM02xx` | dates |", "| `SM03xx` | quantities (概数) |",
    "| `SM04xx` | reporting periods |", "| `SM1xxx` | official-document (公文) parsing |",
    "| `SM2xxx` | general validation |", "| `SM3xxx` | document validation |", "| `SM4xxx` | record validation |",
    "| `SM5xxx` | report validation |", "| `SM6xxx` | accident validation |", "| `SM7xxx` | campaign validation |",
    "| `SM8xxx` | the JSON contract (`JsonContractException.Code`) |", "",
    "Users' own rules should use codes that do not start with `SM`.", "",
    "Over HTTP (SafetyModel.AspNetCore, [aspnetcore.md](aspnetcore.md)) each issue of a problem details response has a",
    "`type` URI: this page's address with the code, in lower case, as its fragment (`…/docs/diagnostic-codes.md#sm5001`,",
    "the anchor in the example column); `SM90xx`–`SM94xx` point into [office.md](office.md), `SM95xx` into aspnetcore.md.", "",
    "| code | constant | example | English message | 中文信息 |", "|---|---|---|---|---|",
]
for code, english, chinese in rows:
    lines.append(f"| {code} | `{names[code]}` | <a id=\"{code.lower()}\"></a>{EXAMPLES.get(code, '')} | {cell(english)} | {cell(chinese)} |")
(root / "docs/diagnostic-codes.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
missing = [code for code, _, _ in rows if code not in EXAMPLES or code not in names]
print(f"{len(rows)} codes written" + (f"; missing example or constant: {missing}" if missing else ""))

# docs/validation-rules.md: the validation codes alone, with their default severity and the rule set that reports them.
severity = {}
for match in re.finditer(r'<c>(SM\d{4})</c> \((error|warning|information)\)', (root / "src/SafetyModel/Diagnostics/ValidationCodes.cs").read_text(encoding="utf-8")):
    severity[match.group(1)] = match.group(2)
sets = {"SM2": "`DocumentRules.Default` (for now)", "SM3": "`DocumentRules.Default`", "SM4": "`RecordRules`", "SM5": "`ReportRules.Default`",
        "SM6": "`RecordRules.Accidents`", "SM7": "`CampaignRules`"}
rules = [
    "# Validation rules", "",
    "<!-- Generated by tools/diagnostic-codes.py; edit that script or messages.tsv, not this page. -->", "",
    "Every validation issue carries a severity, a stable code, a JSON Pointer into the JSON contract, a message in English",
    "and Simplified Chinese, and machine-readable arguments. Rule sets (`RuleSet<T>`) can turn a rule off by its code",
    "(`Without`), give it another severity (`WithSeverity`) and take rules of the user's own (`With`). Parse codes are in",
    "[diagnostic-codes.md](diagnostic-codes.md).", "",
    "| code | constant | default severity | rule set | example | English message | 中文信息 |", "|---|---|---|---|---|---|---|",
]
declared = "every `RecordKind` (`RecordCatalogue.Validate`)"
by_code = {"SM2001": "`DocumentRules.Default` (a document's type); `RecordRules.Common` (a record's open-list codes, as a warning)", "SM4003": declared, "SM4010": declared,
           "SM4040": "`UnitRules.Default`", "SM4041": "`UnitRules.Default`", "SM4042": "`UnitRules.Default`", "SM4043": "`RecordRules.UnitLinks`", "SM4044": "`RecordRules.UnitLinks`",
           "SM4045": "`EnforcementRules.Default`", "SM4046": "`EnforcementRules.Default`", "SM4047": "`EnforcementRules.Default`", "SM4048": "`EnforcementRules.Default`",
           "SM4049": "`EnforcementRules.Default`", "SM4050": "`EnforcementRules.Default`",
           "SM2010": "`AccidentCategoryMapping.ReadCsv`", "SM2011": "`AccidentCategoryMapping.ReadCsv`", "SM2012": "`AccidentCategoryMapping.ReadCsv`", "SM2013": "`AccidentCategoryMapping.ReadCsv`", "SM4011": declared, "SM4012": declared}
for code, english, chinese in rows:
    if code < "SM2000" or code >= "SM8000" or names[code].startswith("ParseCodes."):
        continue  # parse notes given a code in a validation range (SM5040, SM5041) are parse codes, not rules
    rules.append(f"| {code} | `{names[code]}` | {severity.get(code, '')} | {by_code.get(code, sets.get(code[:3], ''))} | {EXAMPLES.get(code, '')} | {cell(english)} | {cell(chinese)} |")
(root / "docs/validation-rules.md").write_text("\n".join(rules) + "\n", encoding="utf-8")
