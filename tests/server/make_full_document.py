#!/usr/bin/python3
"""Writes full_document.json: a chronicle.document/1 document carrying every
layer (entities with actor codes and coordinates, times with zone offsets,
quotes with speakers, an embedded post, events with dates, places and moods),
built from the project's own invented text. The browser test renders it to
prove the viewer draws layers the pipeline does not produce yet.

Offsets are found by searching the text, so they are right by construction
(code points, as the format says). usage: make_full_document.py > full_document.json
"""
import json

PARAS = [
    "OSLO — Foreign Minister Ingrid Solberg said on Tuesday that Norway would host talks "
    "with Canada in Tromsø next week.",
    "“We are ready to sign a new quota agreement,” Ms Solberg told reporters at 9.05am (8.05am GMT).",
    "Canada’s fisheries minister, Marc Tremblay, said Ottawa had cancelled a planned visit to "
    "Reykjavik, calling the move “a pause, not a break”.",
    "Good talks with @IngridSolberg today. #ArcticFisheries pic.twitter.com/Ab12Cd34Ef",
    "— Marc Tremblay (@MarcTremblayCA) February 11, 2025",
    "Zoë Lindqvist, a spokeswoman for the Nordic Council, said the council would meet on 20 February.",
]
TEXT = "\n\n".join(PARAS) + "\n"


def span(needle, nth=0, within=None):
    """[start, end) of the nth occurrence of needle (in paragraph `within`)."""
    base = 0
    hay = TEXT
    if within is not None:
        base = TEXT.index(PARAS[within])
        hay = PARAS[within]
    at = -1
    for _ in range(nth + 1):
        at = hay.index(needle, at + 1)
    return {"start": base + at, "end": base + at + len(needle), "text": needle}


def mention(needle, kind="name", **kw):
    return dict(span(needle, **kw), kind=kind)


def geo(lat, lon, country, feature, admin1=""):
    g = {"lat": lat, "lon": lon, "country": country, "feature": feature}
    if admin1:
        g["admin1"] = admin1
    return g


def actor(code, country, role=""):
    a = {"code": code, "country": country, "source": "dictionary"}
    if role:
        a["role"] = role
    return a


entities = [
    {"id": "E1", "type": "PERSON", "name": "Ingrid Solberg", "key": "ingrid solberg|NORGOV",
     "actor": actor("NORGOV", "NOR", "GOV"), "handles": ["IngridSolberg"], "ambiguous": False,
     "mentions": [mention("Ingrid Solberg"), mention("Ms Solberg", "title"),
                  mention("@IngridSolberg", "handle")]},
    {"id": "E2", "type": "GPE", "name": "Norway", "actor": actor("NOR", "NOR"),
     "geo": geo(62.0, 10.0, "NO", "PCLI"), "mentions": [mention("Norway")]},
    {"id": "E3", "type": "GPE", "name": "Canada", "actor": actor("CAN", "CAN"),
     "geo": geo(60.108, -113.643, "CA", "PCLI"), "mentions": [mention("Canada", within=0), mention("Canada", within=2)]},
    {"id": "E4", "type": "GPE", "name": "Tromsø", "geo": geo(69.649, 18.955, "NO", "PPLA", "18"),
     "mentions": [mention("Tromsø")]},
    {"id": "E5", "type": "PERSON", "name": "Marc Tremblay", "key": "marc tremblay|CANGOV",
     "actor": actor("CANGOV", "CAN", "GOV"), "handles": ["MarcTremblayCA"],
     "mentions": [mention("Marc Tremblay", within=2), mention("Marc Tremblay", within=4)]},
    {"id": "E6", "type": "GPE", "name": "Ottawa", "actor": actor("CANGOV", "CAN", "GOV"),
     "geo": geo(45.411, -75.698, "CA", "PPLC", "08"), "mentions": [mention("Ottawa")]},
    {"id": "E7", "type": "GPE", "name": "Reykjavik", "actor": actor("ISL", "ISL"),
     "geo": geo(64.135, -21.895, "IS", "PPLC"), "mentions": [mention("Reykjavik")]},
    {"id": "E8", "type": "ORG", "name": "Nordic Council", "actor": actor("NMCIGO", "", "IGO"),
     "mentions": [mention("Nordic Council")]},
    {"id": "E9", "type": "PERSON", "name": "Zoë Lindqvist", "mentions": [mention("Zoë Lindqvist")]},
    {"id": "E10", "type": "GPE", "name": "Oslo", "geo": geo(59.913, 10.752, "NO", "PPLC"),
     "mentions": [mention("OSLO")]},
]

times = [
    dict(span("Tuesday"), type="DATE", value="2025-02-11"),
    dict(span("next week"), type="DATE", value="2025-W08"),
    dict(span("9.05am"), type="TIME", value="2025-02-11T09:05", utc_offset="+01:00", same_as=3),
    dict(span("8.05am GMT"), type="TIME", value="2025-02-11T08:05", utc_offset="+00:00", same_as=2),
    dict(span("February 11, 2025"), type="DATE", value="2025-02-11"),
    dict(span("20 February"), type="DATE", value="2025-02-20"),
]

quotes = [
    dict(span("We are ready to sign a new quota agreement,"), kind="direct", speaker="E1",
         speaker_text="Ms Solberg", cue="told", continues=None),
    dict(span("a pause, not a break"), kind="partial", speaker="E5", speaker_text="Marc Tremblay",
         cue="calling", continues=None),
    dict(span("the council would meet on 20 February"), kind="reported", speaker="E9",
         speaker_text="Zoë Lindqvist", cue="said", continues=None),
]


def event(eid, cameo, name, root, plover, quad, gold, src, tgt, date, loc, mood, sentence, trigger):
    e = {"id": eid, "cameo": cameo, "cameo_name": name, "root_code": root,
         "plover": {"type": plover, "mode": ""}, "quad_class": quad, "goldstein": gold,
         "source": src, "target": tgt, "date": date, "date_source": "sentence", "mood": mood,
         "sentence": sentence, "trigger": span(trigger), "confidence": 0.8}
    if loc:
        e["location"] = loc
    return e


events = [
    event("V1", "043", "Host a visit", "04", "CONSULT", 1, 2.8, {"entity": "E2", "actor": "NOR"},
          {"entity": "E3", "actor": "CAN"}, "2025-02-18", "E4", "intended", 0, "host"),
    event("V2", "057", "Sign formal agreement", "05", "AGREE", 1, 8.0, {"entity": "E1", "actor": "NORGOV"},
          {"entity": "E3", "actor": "CAN"}, "2025-02-11", None, "intended", 1, "sign"),
    event("V3", "042", "Make a visit", "04", "CONSULT", 1, 1.9, {"entity": "E6", "actor": "CANGOV"},
          {"entity": "E7", "actor": "ISL"}, "2025-02-11", "E7", "cancelled", 2, "visit"),
    event("V4", "036", "Express intent to meet or negotiate", "03", "AGREE", 1, 4.0,
          {"entity": "E8", "actor": "NMCIGO"}, {}, "2025-02-20", None, "intended", 5, "meet"),
]

paragraphs = []
sentences = []
for i, p in enumerate(PARAS):
    s = TEXT.index(p)
    paragraphs.append({"start": s, "end": s + len(p), "text": p})
    sentences.append({"start": s, "end": s + len(p), "text": p, "paragraph": i})

body = span(PARAS[3])
sig = span(PARAS[4])
doc = {
    "schema": "chronicle.document/1",
    "id": "nordic-quota-talks",
    "meta": {"date": "2025-02-11", "date_source": "dateline", "timezone": "Europe/Oslo", "chronicle": "0.1.0"},
    "text": TEXT,
    "paragraphs": paragraphs,
    "sentences": sentences,
    "entities": entities,
    "times": times,
    "quotes": quotes,
    "posts": [dict(body, platform="twitter", signature=sig, author="Marc Tremblay", handle="MarcTremblayCA",
                   date="2025-02-11", author_entity="E5", hashtags=["ArcticFisheries"],
                   mentions=["IngridSolberg"], urls=["pic.twitter.com/Ab12Cd34Ef"])],
    "hashtags": [dict(span("#ArcticFisheries"), tag="ArcticFisheries")],
    "mentions": [dict(span("@IngridSolberg"), handle="IngridSolberg"),
                 dict(span("@MarcTremblayCA"), handle="MarcTremblayCA")],
    "urls": [span("pic.twitter.com/Ab12Cd34Ef")],
    "events": events,
    "errors": [],
}
print(json.dumps(doc, ensure_ascii=False, indent=1))
