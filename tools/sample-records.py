#!/usr/bin/env python3
"""Writes samples/data/records.jsonl: a year (2022) of work-safety records in the six towns and sumu of 乌审旗
(division codes of the shipped sample registry, DivisionRegistry.SampleWushenBanner), for a newcomer's first
`safetymodel validate` and `safetymodel aggregate`. Synthetic but shaped like a town's ledgers: inspections on the
campaign calendar (May Day, flood season, grassland fire, schools), the hazards they found, rectified and re-checked
(the closed ones with their history of events), each town's supervised units (一企一档) and the enforcement documents
that followed some hazards, monthly meetings, trainings and publicity with approximate figures (约300人, 500余份). Deterministic: the same file on
every run (a fixed seed; Python's random.Random is stable across versions for randint/choice/random).

Run from the repository root: python3 tools/sample-records.py
"""
import json
import random
from datetime import date, timedelta

rng = random.Random(20220707)
TOWNS = ["150626100000", "150626101000", "150626102000", "150626103000", "150626104000", "150626200000"]
NAMES = ["嘎鲁图镇", "乌审召镇", "图克镇", "乌兰陶勒盖镇", "无定河镇", "苏力德苏木"]
YEAR = 2022
PLACES = ["镇区农贸市场", "镇区加油站", "中心幼儿园", "中心小学", "镇区建筑工地", "天然气门站", "嘎查牧民合作社", "汽车修理厂", "镇区超市", "砂石料场"]
HAZARDS = [("消防通道堵塞", "fire-safety"), ("灭火器过期", "fire-safety"), ("电线私拉乱接", "fire-safety"),
           ("临边防护缺失", "construction"), ("脚手架未验收", "construction"), ("车辆超员", "road-traffic"),
           ("燃气管道标识缺失", "oil-and-gas-pipelines"), ("特种作业人员无证上岗", "special-equipment"),
           ("安全出口锁闭", "markets"), ("食堂液化气瓶未固定", "food")]
TYPES_BY_MONTH = {1: ["holiday-spring-festival", "fire-safety"], 2: ["holiday-spring-festival", "fireworks"],
                  3: ["grassland-fire", "schools-and-kindergartens"], 4: ["grassland-fire", "construction"],
                  5: ["holiday-may-day", "construction"], 6: ["flood-season", "comprehensive"],
                  7: ["flood-season", "road-traffic"], 8: ["flood-season", "gas-pipelines"],
                  9: ["schools-and-kindergartens", "hazardous-chemicals"], 10: ["holiday-national-day", "grassland-fire"],
                  11: ["fire-safety", "grassland-fire"], 12: ["fire-safety", "non-coal-mines"]}
TRAINING_TOPICS = ["幼儿园消防安全", "新《安全生产法》宣讲", "燃气使用安全", "建筑施工安全", "草原防火知识", "应急救护"]
UNITS = {"人": "人", "份": "份"}
# The places that are supervised units (生产经营单位), with their GB/T 4754-2017 industry and size band: each town's file
# of them (一企一档), named by the inspections and hazards there.
ENTERPRISES = {"镇区加油站": ("F5265", "small"), "汽车修理厂": ("O8111", "micro"), "镇区超市": ("F5212", "small"),
               "砂石料场": ("B1019", "micro"), "天然气门站": ("D4520", "medium")}


def day(month):
    return date(YEAR, month, rng.randint(1, 28))


def exact(n, unit):
    return {"qualifier": "exact", "stated": n, "lower": n, "lowerInclusive": True, "upper": n, "upperInclusive": True, "unit": unit}


def about(n, unit):
    # 约300人: within 10% either side (Quantity.About).
    d = n // 10
    return {"qualifier": "about", "stated": n, "lower": n - d, "lowerInclusive": True, "upper": n + d, "upperInclusive": True,
            "unit": unit, "rawText": f"约{n}{unit}"}


def more_than(n, step, unit):
    # 500余份: more than 500, below the next step of the last stated digit (GB/T 15835-2011).
    return {"qualifier": "more-than", "stated": n, "lower": n, "lowerInclusive": False, "upper": n + step, "upperInclusive": False,
            "unit": unit, "rawText": f"{n}余{unit}"}


def people(n):
    r = rng.random()
    if r < 0.6:
        return exact(n, "人")
    if r < 0.8:
        return about(n - n % 10, "人")
    return more_than(n - n % 10, 10, "人")


records = []
for t, town in enumerate(TOWNS):
    short = town[:9]
    n = 0
    unit_ids = {}
    for u, (place, (industry, band)) in enumerate(ENTERPRISES.items()):
        unit_ids[place] = f"U-{short}-{u + 1:02d}"
        records.append({"type": "unit", "id": unit_ids[place], "division": town, "name": NAMES[t] + place.replace("镇区", ""),
                        "industryCode": industry, "sizeBand": band, "registeredOn": f"{YEAR}-01-05"})
    enforcement = 0
    for month in range(1, 13):
        # Inspections: two to four a month, the calendar's themes.
        for _ in range(rng.randint(2, 4)):
            n += 1
            start = day(month)
            found = rng.choice([0, 0, 1, 1, 2, 3])
            iid = f"I-{short}-{YEAR}-{n:03d}"
            record = {"type": "inspection", "id": iid, "division": town, "start": start.isoformat(),
                      "types": [rng.choice(TYPES_BY_MONTH[month])], "inspectingBody": NAMES[t] + "安全生产委员会办公室",
                      "inspected": rng.sample(PLACES, rng.randint(1, 3)), "hazardsFound": found}
            if len(record["inspected"]) == 1 and record["inspected"][0] in unit_ids:
                record["unitId"] = unit_ids[record["inspected"][0]]
            records.append(record)
            for h in range(found):
                description, sector = rng.choice(HAZARDS)
                deadline = start + timedelta(days=rng.choice([7, 10, 15, 30]))
                hazard = {"type": "hazard", "id": f"H-{short}-{YEAR}-{n:03d}-{h + 1}", "division": town,
                          "level": "major" if rng.random() < 0.05 else "general", "description": description,
                          "place": rng.choice(record["inspected"]), "sector": sector, "inspectionId": iid,
                          "foundOn": start.isoformat(), "rectificationDeadline": deadline.isoformat()}
                # Every hazard is closed (a sample that warns about overdue hazards would greet a newcomer with
                # exit 1); some were re-checked by the town (复查) after rectification.
                fixed = start + timedelta(days=rng.randint(1, (deadline - start).days))
                hazard["rectifiedOn"] = fixed.isoformat()
                verified = rng.random() < 0.3
                if verified:
                    hazard["status"] = "verified"
                    hazard["verifiedOn"] = (fixed + timedelta(days=rng.randint(1, 5))).isoformat()
                else:
                    hazard["status"] = "rectified"
                if hazard["place"] in unit_ids:
                    hazard["unitId"] = unit_ids[hazard["place"]]
                if hazard["level"] == "general" and verified:
                    # A closed 一般 hazard's life (上报 → 交办 → 整改完成 → 复查合格 → 销号, 安监总局令第16号).
                    body = NAMES[t] + "安全生产委员会办公室"
                    hazard["events"] = [
                        {"kind": "reported", "date": start.isoformat(), "by": body},
                        {"kind": "assigned", "date": start.isoformat(), "by": body, "assignee": hazard["place"], "deadline": deadline.isoformat()},
                        {"kind": "rectification-reported", "date": fixed.isoformat(), "by": hazard["place"]},
                        {"kind": "rechecked", "date": hazard["verifiedOn"], "by": body, "outcome": "passed"},
                        {"kind": "closed", "date": hazard["verifiedOn"], "by": body}]
                records.append(hazard)
                if "unitId" in hazard and rng.random() < 0.5:
                    # The banner's 执法大队 followed up: 现场检查记录 and 责令限期整改指令书 (安全生产执法程序规定).
                    enforcement += 1
                    unit = hazard["unitId"]
                    records.append({"type": "enforcement", "id": f"E-{short}-{YEAR}-{enforcement:03d}", "division": town,
                                    "kind": "on-site-inspection-record", "issuingBody": "乌审旗应急管理局", "unitId": unit,
                                    "hazardIds": [hazard["id"]], "issuedOn": start.isoformat()})
                    enforcement += 1
                    records.append({"type": "enforcement", "id": f"E-{short}-{YEAR}-{enforcement:03d}", "division": town,
                                    "kind": "rectification-order", "number": f"乌应急责改〔{YEAR}〕{t * 100 + enforcement}号",
                                    "issuingBody": "乌审旗应急管理局", "unitId": unit, "hazardIds": [hazard["id"]],
                                    "issuedOn": start.isoformat(), "deadline": deadline.isoformat(),
                                    "followsId": f"E-{short}-{YEAR}-{enforcement - 1:03d}"})
        # A meeting a month: 例会, special ones in May (安全生产月 mobilisation) and December.
        kind = "special" if month in (5, 12) else "regular"
        records.append({"type": "meeting", "id": f"M-{short}-{YEAR}-{month:02d}", "division": town, "date": day(month).isoformat(),
                        "kind": kind, "attendance": rng.randint(12, 35),
                        "topics": ["安全生产月动员"] if month == 5 else ["安全生产工作例会"], "doublesAsTraining": kind == "special"})
        # Trainings: every other month.
        if month % 2 == (t % 2):
            records.append({"type": "training", "id": f"T-{short}-{YEAR}-{month:02d}", "division": town, "date": day(month).isoformat(),
                            "topic": rng.choice(TRAINING_TOPICS), "peopleTrained": people(rng.randint(25, 160))})
    # Publicity: 安全生产月 (June, the consultation day on 16 June) and the winter fire season.
    records.append({"type": "publicity", "id": f"P-{short}-{YEAR}-06", "division": town, "date": f"{YEAR}-06-16",
                    "kinds": ["consultation-desk", "leaflets", "banners"],
                    "materials": [{"indicator": "leaflets", "quantity": more_than(rng.choice([300, 400, 500]), 100, "份")},
                                  {"indicator": "banners", "quantity": exact(rng.randint(3, 16), "条")}],
                    "peopleReached": about(rng.choice([200, 300, 500]), "人")})
    records.append({"type": "publicity", "id": f"P-{short}-{YEAR}-11", "division": town, "date": day(11).isoformat(),
                    "kinds": ["leaflets", "display-boards"],
                    "materials": [{"indicator": "leaflets", "quantity": exact(rng.randint(100, 400), "份")}],
                    "peopleReached": people(rng.randint(80, 400))})

with open("samples/data/records.jsonl", "w", encoding="utf-8", newline="\n") as f:
    for record in records:
        f.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")
print(f"samples/data/records.jsonl: {len(records)} records")
