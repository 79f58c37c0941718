#!/usr/bin/env python3
"""Differential fuzzer: random contests and scores, Podium's jar against podium_ref.py, byte for byte.

    python3 tools/refimpl/fuzz.py --count 500 --seed 1 [--jar target/podium.jar] [--keep] [--quiet]
    python3 tools/refimpl/fuzz.py --case DIR          # one saved case folder, both sides, the diff

Case i of a run uses the seed S+i, so `--count 1 --seed S+i` replays it. Each case is a contest folder
(contest.yaml, roster.csv, optional theory.csv, scores.csv and sometimes scores2.csv, given in that order);
`podium rank DIR --scores ... --format csv` (and `podium teams` when the contest has teams) runs in a JVM per
case and is compared with the reference. A case whose outputs differ, or where the jar fails, is saved under
tools/refimpl/cases/mismatch-SEED/ (the folder plus java-*.csv, ref-*.csv, *.err, diff-*.txt) and its diff
is printed. The summary counts the rows compared by status and how often each rule decided something.
`--hr-rosters` also writes rosters and theory files as HR sends them (see FINDINGS.md F1).
"""
import argparse
import difflib
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from fractions import Fraction as F

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import podium_ref  # noqa: E402

OPTIONS = {"hr": False}
FULLWIDTH = str.maketrans("0123456789:.", "０１２３４５６７８９：．")


# ---------------------------------------------------------------- a tiny YAML writer

def scalar(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, F):
        return dec_text(v)
    if isinstance(v, Raw):
        return v.text
    s = str(v)
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


class Raw:
    def __init__(self, text):
        self.text = text


def dec_text(x):
    """An exact decimal text of a Fraction whose denominator divides a power of ten."""
    for places in range(0, 8):
        y = x * 10 ** places
        if y.denominator == 1:
            return podium_ref.fmt(x, places)
    raise ValueError(x)


def flow(v):
    if isinstance(v, dict):
        return "{" + ", ".join("%s: %s" % (k, flow(x)) for k, x in v.items()) + "}"
    if isinstance(v, list):
        return "[" + ", ".join(flow(x) for x in v) + "]"
    return scalar(v)


def emit(v, indent=0):
    pad = " " * indent
    lines = []
    if isinstance(v, dict):
        for k, x in v.items():
            if isinstance(x, dict) and x and any(isinstance(y, (dict, list)) for y in x.values()):
                lines.append("%s%s:" % (pad, k))
                lines.extend(emit(x, indent + 2))
            elif isinstance(x, list) and x and all(isinstance(y, dict) for y in x):
                lines.append("%s%s:" % (pad, k))
                for y in x:
                    if any(isinstance(z, (dict, list)) for z in y.values()) and len(y) > 3:
                        sub = emit(y, indent + 4)
                        lines.append("%s  - %s" % (pad, sub[0].strip()))
                        lines.extend(sub[1:])
                    else:
                        lines.append("%s  - %s" % (pad, flow(y)))
            elif isinstance(x, dict):
                lines.append("%s%s: %s" % (pad, k, flow(x)) if x else "%s%s: {}" % (pad, k))
            elif isinstance(x, list):
                lines.append("%s%s: %s" % (pad, k, flow(x)))
            else:
                lines.append("%s%s: %s" % (pad, k, scalar(x)))
    return lines


# ---------------------------------------------------------------- random contests

def chance(rng, p):
    return rng.random() < p


def time_text(rng, ms):
    """A time in one of the forms of scoring.md section 1."""
    s, milli = divmod(ms, 1000)
    frac = ("%03d" % milli).rstrip("0")
    form = rng.random()
    if form < 0.55 or (s < 60 and form < 0.8):
        text = str(s) + ("." + frac if frac else "")
        if frac and chance(rng, 0.2):
            text = "%d.%03d" % (s, milli)
    elif form < 0.85 or (s < 3600 and form < 0.95):
        m, sec = divmod(s, 60)
        text = "%d:%02d" % (m, sec) + ("." + frac if frac else "")
    else:
        h, rest = divmod(s, 3600)
        m, sec = divmod(rest, 60)
        text = "%d:%02d:%02d" % (h, m, sec) + ("." + frac if frac else "")
    r = rng.random()
    if r < 0.03 and 60000 <= ms < 3600000 and milli == 0 and s % 60 < 10:
        text = "%d:%d" % (s // 60, s % 60)          # one digit after the colon (reading #9)
    elif r < 0.06 and ms >= 3600000 and ms < 100 * 60000:
        text = "%d:%02d" % (s // 60, s % 60) + ("." + frac if frac else "")  # minutes without hours (#10)
    elif r < 0.09 and frac:
        text = text.replace(".", ",")               # a decimal comma
    if chance(rng, 0.04):
        text = text.translate(FULLWIDTH)
    return text


def yaml_time(ms):
    s, milli = divmod(ms, 1000)
    m, sec = divmod(s, 60)
    frac = ("%03d" % milli).rstrip("0")
    return "%d:%02d" % (m, sec) + ("." + frac if frac else "")


def weights(rng, comps):
    if len(comps) > 1 and chance(rng, 0.05):
        w = weights(rng, comps[1:])
        w[comps[0]] = F(0)
        return w
    if len(comps) == 1:
        return {comps[0]: F(1)}
    unit = rng.choice([100, 100, 10, 1000, 20])
    while True:
        cuts = sorted(rng.sample(range(1, unit), len(comps) - 1))
        parts = [b - a for a, b in zip([0] + cuts, cuts + [unit])]
        if all(p > 0 for p in parts):
            return {c: F(p, unit) for c, p in zip(comps, parts)}


def gen_event(rng, idx, decimals):
    ev = {"id": "e%d" % (idx + 1), "name": rng.choice(["装配", "清扫", "灭火", "Weld, fit", "焊接"]) + str(idx + 1)}
    comps = [c for c in ("time", "quality", "theory") if chance(rng, 0.6)]
    if not comps:
        comps = [rng.choice(["time", "quality"])]
    ntk = rng.choice([1, 2, 3, 3]) if ("time" in comps or chance(rng, 0.5)) else 0
    nj = rng.choice([1, 2, 3, 3, 4, 5]) if ("quality" in comps or chance(rng, 0.5)) else 0
    if ntk:
        ev["timekeepers"] = ["T%d" % (i + 1) for i in range(ntk)]
    if nj:
        ev["judges"] = ["J%d" % (i + 1) for i in range(nj)]
    if chance(rng, 0.25):
        ev["laps"] = rng.choice([1, 2, 3])
    attempts = 1
    if chance(rng, 0.3):
        attempts = rng.choice([2, 2, 3])
        ev["attempts"] = attempts
    elif chance(rng, 0.1):
        ev["attempts"] = 1
    # timing
    base = rng.choice([20000, 45000, 90000, 250000, 20000, 45000, 90000, 250000, 3598000])
    ev["_base"] = base
    timing = {}
    if ntk:
        if chance(rng, 0.7):
            timing["aggregate"] = rng.choice(["median", "mean", "trimmed-mean", "athletics"])
        if chance(rng, 0.3):
            timing["required"] = rng.randint(1, ntk)
        if chance(rng, 0.6):
            timing["resolution_ms"] = rng.choice([1, 5, 10, 10, 50, 100, 1000])
        if chance(rng, 0.6):
            timing["rounding"] = rng.choice(["half-up", "up", "down"])
        if chance(rng, 0.5):
            timing["tolerance_ms"] = rng.choice([0, 100, 300, 500, 1000])
    limit = None
    method = rng.choice(["ratio-to-best", "ratio-to-best", "linear", "deduct"]) if "time" in comps else None
    if ntk and (chance(rng, 0.6) or method == "linear"):
        limit = base + rng.choice([5000, 10000, 20000, 40000]) + rng.choice([0, 0, 10, 5, 500])
        timing["limit"] = yaml_time(limit)
        if chance(rng, 0.5):
            timing["over_limit"] = rng.choice(["dnf", "zero"])
    if timing:
        ev["timing"] = timing
    if method:
        ts = {}
        if method != "ratio-to-best" or chance(rng, 0.5):
            ts["method"] = method
        if method in ("linear", "deduct"):
            std = base - rng.choice([0, 2000, 5000, 10000]) + rng.choice([0, 0, 10, 5])
            if limit is not None and std >= limit:
                std = limit - 1000
            ts["standard"] = yaml_time(std)
        if method == "deduct":
            ts["points_per_second"] = rng.choice([F(1), F(2), F(1, 2), F(1, 5), F(3, 4), F(5), F(125, 100)])
        ev["time_score"] = ts
    # quality
    if nj:
        q = {}
        if chance(rng, 0.7):
            q["aggregate"] = rng.choice(["mean", "median", "trimmed-mean"])
        if chance(rng, 0.4):
            q["trim"] = rng.choice([1, 1, 2])
        if chance(rng, 0.6):
            q["level"] = rng.choice(["total", "criterion"])
        if chance(rng, 0.3):
            q["required"] = rng.randint(1, nj)
        if chance(rng, 0.3):
            q["tolerance"] = rng.choice([F(1), F(2), F(5, 2), F(4), F(0)])
        crits = []
        for i in range(rng.choice([1, 2, 3, 3, 4])):
            c = {"id": "C%d" % (i + 1), "name": "准则%d" % (i + 1)}
            if chance(rng, 0.4):
                c["kind"] = "judgement"
                c["max"] = rng.choice([F(10), F(20), F(30), F(40), F(25, 2), F(7)])
                if chance(rng, 0.5):
                    c["scale"] = rng.choice([2, 3, 3, 4, 5, 10])
                if chance(rng, 0.4):
                    c["max_spread"] = rng.choice([0, 1, 2])
            else:
                if chance(rng, 0.2):
                    c["kind"] = "measurement"
                step = rng.choice([None, F(1), F(1, 2), F(1, 4), F(1, 10), F(2)])
                mx = rng.choice([F(10), F(20), F(30), F(40), F(15, 2)])
                if step is not None:
                    c["step"] = step
                c["max"] = mx
            crits.append(c)
        q["criteria"] = crits
        ev["quality"] = q
    if "theory" in comps and chance(rng, 0.6):
        ev["theory"] = {"max": rng.choice([F(100), F(50), F(30), F(150), F(120)])}
    pens = []
    for i in range(rng.choice([0, 0, 1, 2, 3])):
        p = {"code": "P%d" % (i + 1), "name": "罚%d" % (i + 1)}
        if ntk and chance(rng, 0.5):
            p["seconds"] = rng.choice([F(1), F(2), F(5), F(10), F(5, 2), F(1, 100)])
        else:
            p["points"] = rng.choice([F(1), F(2), F(5), F(1, 2), F(5, 4), F(3, 1000), F(1, 10), F(40), F(99)])
        pens.append(p)
    if pens:
        ev["penalties"] = pens
    ev["total"] = {"weights": weights(rng, comps)}
    keys = [k for k in ("quality", "time", "theory", "time_score") if chance(rng, 0.5)]
    rng.shuffle(keys)
    if keys or chance(rng, 0.2):
        ev["ranking"] = {"tie_break": keys}
    # rounds
    nr = rng.choice([1, 1, 1, 2, 2, 3])
    rounds = []
    for i in range(nr):
        r = {"id": ["prelim", "semi", "final"][i + 3 - nr] if nr > 1 else "final"}
        if chance(rng, 0.5):
            r["name"] = ["初赛", "复赛", "决赛"][i + 3 - nr]
        if i < nr - 1 and chance(rng, 0.85):
            adv = {}
            if chance(rng, 0.5):
                adv["count"] = rng.randint(1, 8)
            else:
                adv["share"] = rng.choice([F(1, 2), F(3, 10), F(66, 100), F(1, 4), F(75, 100), F(1)])
            if chance(rng, 0.35):
                adv["max_per_unit"] = rng.choice([1, 1, 2, 3])
            r["advance"] = adv
        rounds.append(r)
    if nr > 1 or chance(rng, 0.3):
        if chance(rng, 0.3):
            rounds[rng.randrange(nr)]["awards"] = True
        ev["rounds"] = rounds
    # awards
    if chance(rng, 0.8):
        aw = {}
        tiers = []
        for i, name in enumerate(["一等奖", "二等奖", "三等奖", "优秀奖"][:rng.choice([0, 1, 2, 3, 3, 4])]):
            if chance(rng, 0.5):
                tiers.append({"name": name, "count": rng.choice([0, 1, 1, 2, 2, 3, 4])})
            else:
                tiers.append({"name": name, "share": rng.choice([F(1, 10), F(15, 100), F(2, 10), F(25, 100),
                                                                  F(3, 10), F(5, 10), F(333, 1000), F(1, 8)])})
        if tiers:
            aw["tiers"] = tiers
        if chance(rng, 0.5):
            aw["quota_rounding"] = rng.choice(["round", "floor", "ceil"])
        if chance(rng, 0.6):
            aw["ties"] = rng.choice(["share", "strict", "strict"])
        if chance(rng, 0.4):
            aw["min_total"] = rng.choice([F(30), F(50), F(60), F(70), F(80), F(755, 10)])
        titles = []
        for i in range(rng.choice([0, 0, 1, 2, 3])):
            t = {"name": "称号%d" % (i + 1)}
            if chance(rng, 0.6):
                t["count"] = rng.choice([1, 1, 2, 3])
            if chance(rng, 0.3):
                t["min_total"] = rng.choice([F(50), F(70), F(80)])
            if "quality" in comps and chance(rng, 0.25):
                t["min_quality"] = rng.choice([F(50), F(70), F(80)])
            if "time" in comps and chance(rng, 0.25):
                t["min_time_score"] = rng.choice([F(50), F(70), F(90)])
            if tiers and chance(rng, 0.3):
                t["tier"] = rng.choice(tiers)["name"]
            if chance(rng, 0.3):
                t["where"] = rng.choice([{"gender": "女"}, {"gender": "男"}, {"unit": "一车间"}])
            if chance(rng, 0.3):
                t["max_age"] = rng.choice([25, 30, 35, 40])
            titles.append(t)
        if titles:
            aw["titles"] = titles
        if aw:
            ev["awards"] = aw
    return ev


def gen_contest(rng):
    decimals = rng.choice([0, 1, 2, 2, 2, 2, 3])
    doc = {"contest": {"name": "Fuzz contest", "date": Raw(rng.choice(["2024-05-20", "2024-05-20", "2025-02-28",
                                                                          "2024-02-29", "2025-03-01"]))}}
    doc["_tie_heavy"] = chance(rng, 0.25)
    doc["_roster_encoding"] = rng.choice(["utf-8", "utf-8", "utf-8-sig", "gb18030"])
    doc["_roster_form"] = "hr" if chance(rng, 0.15) and OPTIONS["hr"] else "plain"
    doc["_split"] = rng.choice([0.3, 0.5, 0.8]) if chance(rng, 0.2) else None
    if decimals != 2 or chance(rng, 0.3):
        doc["decimals"] = decimals
    events = [gen_event(rng, i, decimals) for i in range(rng.choice([1, 1, 1, 2]))]
    doc["events"] = events
    if chance(rng, 0.3):
        doc["teams"] = {"score": rng.choice(["sum-best", "mean-best"]), "k": rng.choice([1, 2, 2, 3])}
    return doc


def yaml_text(doc):
    clean = {k: v for k, v in doc.items() if not k.startswith("_")}
    clean["events"] = [{k: v for k, v in e.items() if not k.startswith("_")} for e in doc["events"]]
    return "\n".join(emit(clean)) + "\n"


BIBS_ODD = ["10A", "1B", "A1", "B", "7a", "100", "08", "0", "B2", "b"]


def gen_roster(rng, doc):
    people = {}
    rows = []
    pool = list(range(1, 200))
    rng.shuffle(pool)
    for ev in doc["events"]:
        n = rng.choice([1, 2, 3, 5, 6, 8, 10, 12, 15, 25, 40])
        bibs = []
        while len(bibs) < n:
            if people and chance(rng, 0.2):
                b = rng.choice(list(people))
            elif chance(rng, 0.12):
                b = rng.choice(BIBS_ODD)
            else:
                b = str(pool.pop())
            if b not in bibs:
                bibs.append(b)
        for b in bibs:
            if b not in people:
                by = rng.choice([1984, 1989, 1994, 1999, 2000])
                bd = rng.choice(["%d-05-20" % by, "%d-05-21" % by, "%d-05-19" % by, "%d-02-29" % 1996,
                                 "%d-02-28" % by, "%d-03-01" % by, "%d-12-01" % by, ""])
                people[b] = {
                    "name": rng.choice(["张伟", "王芳", "李娜", "Ann \"Jo\"", "刘洋", "陈静", "Li, Wei"]) + b,
                    "unit": rng.choice(["一车间", "一车间", "一车间", "二车间", "二车间", "三车间", ""]),
                    "team": rng.choice(["A队", "B队", "C队", ""]),
                    "gender": rng.choice(["男", "女"]),
                    "birth_date": bd,
                }
            p = people[b]
            rows.append([b, p["name"], p["unit"], p["team"], ev["id"], rng.choice(["1", "2", ""]),
                         p["gender"], p["birth_date"]])
    return rows


def csv_line(cells):
    return podium_ref.csv_line(cells)


class ScoreWriter:
    def __init__(self, rng, doc):
        self.rng = rng
        self.doc = doc
        self.lines = []
        self.multi = any(e.get("attempts", 1) > 1 for e in doc["events"])
        self.with_attempt_col = self.multi or chance(rng, 0.15)

    def add(self, ev, rnd, bib, kind, official, item, value, attempt=None):
        evid = ev["id"]
        if len(self.doc["events"]) == 1 and chance(self.rng, 0.3):
            evid = ""
        nrounds = len(ev.get("rounds", [1]))
        if nrounds == 1 and kind != "theory" and chance(self.rng, 0.3):
            rnd = ""
        cells = [evid, rnd, bib, kind, official, item, value]
        if self.with_attempt_col:
            cells.append("" if attempt is None else str(attempt))
        self.lines.append(cells)

    def text(self):
        head = ["event", "round", "bib", "kind", "official", "item", "value"]
        if self.with_attempt_col:
            head.append("attempt")
        rng = random.Random(len(self.lines))
        if rng.random() < 0.15:
            return "\n".join(csv_line(c) for c in self.lines) + "\n"   # no header: the default order
        order = list(range(len(head)))
        if rng.random() < 0.2:
            rng.shuffle(order)
        rows = [head] + self.lines
        return "\n".join(csv_line([r[i] for i in order]) for r in rows) + "\n"


def mark_values(rng, c):
    if c.get("kind") == "judgement":
        return list(range(0, c.get("scale", 3) + 1))
    step = c.get("step", F(1, 2))
    mx = c["max"]
    n = int(mx / step)
    return [step * i for i in range(n + 1)]


def gen_round_scores(rng, doc, ev, rnd_id, bibs, sw):
    """Records of one round for the given entries."""
    attempts = ev.get("attempts", 1)
    tks = ev.get("timekeepers", [])
    judges = ev.get("judges", [])
    crits = ev.get("quality", {}).get("criteria", [])
    laps = ev.get("laps", 1)
    base = ev["_base"]
    pens = ev.get("penalties", [])
    # profiles shared by entries, so that totals tie
    tie_heavy = doc.get("_tie_heavy")
    nprof = rng.choice([1, 2, 3]) if tie_heavy else max(1, len(bibs) // 2 + rng.choice([0, 1, 2]))
    profiles = []
    for _ in range(nprof):
        t = base + rng.choice([-3000, -1000, 0, 0, 1000, 2500, 4000, 8000, 15000, 30000, 45000]) + rng.randint(0, 400) * rng.choice([0, 1, 10])
        sheet = {c["id"]: rng.choice(mark_values(rng, c)[-4:] if chance(rng, 0.7) else mark_values(rng, c)) for c in crits}
        profiles.append((max(1000, t), sheet))
    jitters = [0] if tie_heavy else [0, 0, 0, 10, -10, 20, 5, -40, 150, -300, 600, 1200]
    limit_ms = podium_ref.parse_time(ev["timing"]["limit"]) if "limit" in ev.get("timing", {}) else None
    if limit_ms is not None and chance(rng, 0.3):
        profiles[0] = (limit_ms, profiles[0][1])  # an official time on the limit exactly
    line_marks = []
    for bib in bibs:
        scenario = rng.random()
        if scenario < 0.07:
            continue  # nothing at all: DNS
        if scenario < 0.085 and pens:
            sw.add(ev, rnd_id, bib, "penalty", "chief", pens[0]["code"], "0", 1 if attempts > 1 else None)
            continue  # a penalty withdrawn is still a record (section 2 step 2)
        whole_status = None
        if scenario < 0.13:
            whole_status = rng.choice(["DNS", "DNF", "DSQ"])
        for a in range(1, attempts + 1):
            att = a if attempts > 1 else None
            if attempts > 1 and chance(rng, 0.12):
                continue  # an attempt never taken
            t, sheet = rng.choice(profiles)
            sheet = dict(sheet)
            if not tie_heavy and chance(rng, 0.3) and crits:
                c = rng.choice(crits)
                sheet[c["id"]] = rng.choice(mark_values(rng, c))
            # times
            for tk in tks:
                if chance(rng, 0.03):
                    continue
                tt = max(1, t + rng.choice(jitters))
                mode = rng.random()
                if laps > 1 and mode < 0.5:
                    splits = sorted(rng.sample(range(1, 1000), laps - 1))
                    for n in range(1, laps + 1):
                        if n < laps:
                            val = max(1, tt * splits[n - 1] // 1000)
                        else:
                            val = tt
                        if chance(rng, 0.05):
                            continue
                        sw.add(ev, rnd_id, bib, "lap", tk, str(n), time_text(rng, val), att)
                    if chance(rng, 0.15):
                        sw.add(ev, rnd_id, bib, "time", tk, "", time_text(rng, max(1, tt + rng.choice([0, 30, -30]))), att)
                else:
                    if chance(rng, 0.06):
                        # a slip corrected later
                        sw.add(ev, rnd_id, bib, "time", tk, "", time_text(rng, tt + 10000), att)
                        line_marks.append((ev, rnd_id, bib, "time", tk, "", time_text(rng, tt), att))
                    else:
                        sw.add(ev, rnd_id, bib, "time", tk, "", time_text(rng, tt), att)
            # marks (an attempt left with an unfinished sheet now and then: section 14's INCOMPLETE entry)
            unfinished = attempts > 1 and chance(rng, 0.12)
            for j in judges:
                if chance(rng, 0.03) or (unfinished and j == judges[0]):
                    continue
                for c in crits:
                    if chance(rng, 0.01):
                        continue
                    m = sheet[c["id"]]
                    if not tie_heavy and chance(rng, 0.25):
                        vals = mark_values(rng, c)
                        i = vals.index(m)
                        m = vals[max(0, min(len(vals) - 1, i + rng.choice([-1, 1, -2, 2])))]
                    mt = dec_text(F(m)) if not isinstance(m, int) else str(m)
                    if chance(rng, 0.04):
                        wrong = rng.choice(mark_values(rng, c))
                        sw.add(ev, rnd_id, bib, "mark", j, c["id"], dec_text(F(wrong)), att)
                        line_marks.append((ev, rnd_id, bib, "mark", j, c["id"], mt, att))
                    else:
                        sw.add(ev, rnd_id, bib, "mark", j, c["id"], mt, att)
            # penalties
            if pens and chance(rng, 0.25):
                for _ in range(rng.choice([1, 1, 2, 3])):
                    p = rng.choice(pens)
                    off = rng.choice((tks or ["T1"]) + (judges or ["J1"]) + ["chief", ""])
                    cnt = rng.choice(["", "1", "2", "0", "3"])
                    sw.add(ev, rnd_id, bib, "penalty", off, p["code"], cnt, att)
            if attempts > 1 and chance(rng, 0.08):
                sw.add(ev, rnd_id, bib, "status", rng.choice(["", "chief"]), "", rng.choice(["DNF", "DSQ", "DNS"]), att)
        if whole_status:
            sw.add(ev, rnd_id, bib, "status", rng.choice(["", "chief"]), "", whole_status, None)
            if chance(rng, 0.2):
                sw.add(ev, rnd_id, bib, "status", "chief", "", rng.choice(["DNS", "DNF", "DSQ"]), None)
    rng.shuffle(line_marks)
    for args in line_marks:
        sw.add(*args)


def gen_theory(rng, doc, roster_rows, sw):
    rows = []
    for ev in doc["events"]:
        if "theory" not in ev["total"]["weights"]:
            continue
        mx = ev.get("theory", {}).get("max", F(100))
        for r in roster_rows:
            if r[4] != ev["id"] or chance(rng, 0.08):
                continue
            v = rng.choice([mx, mx * F(9, 10), mx * F(3, 4), F(0), mx / 2, mx * F(877, 1000), mx * F(2, 3)])
            v = podium_ref.round_half_up(v, rng.choice([0, 1, 2]))
            if chance(rng, 0.8):
                rows.append([ev["id"] if (len(doc["events"]) > 1 or chance(rng, 0.5)) else "", r[0], dec_text(v)])
            if chance(rng, 0.1):
                v2 = podium_ref.round_half_up(mx * F(rng.randint(0, 100), 100), 1)
                rnd = rng.choice(["", ev.get("rounds", [{"id": "final"}])[0]["id"]])
                sw.add(ev, rnd, r[0], "theory", "", "", dec_text(v2), None)
    return rows


def write_case(folder, doc, roster_rows, theory_rows, scores_text):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "contest.yaml"), "w", encoding="utf-8") as fh:
        fh.write(yaml_text(doc))
    form = doc.get("_roster_form", "plain")
    head = ["bib", "name", "unit", "team", "event", "heat", "gender", "birth_date"]
    if form == "hr":
        # as HR sends it (contest-files.md): a title row, Chinese column names, a blank row, a 合计 row
        head = ["编号", "姓名", "所在单位", "代表队", "项目", "组别", "性别", "出生日期"]
    rows = [head] + roster_rows
    if form == "hr":
        rows = [["2024年技能竞赛报名表"] + [""] * 7] + rows[:2] + [[""] * 8] + rows[2:] + \
               [["合计", str(len(roster_rows)) + "人"] + [""] * 6, ["99", "不是选手", "", "", "e1", "", "", ""]]
    with open(os.path.join(folder, "roster.csv"), "w", encoding=doc.get("_roster_encoding", "utf-8")) as fh:
        fh.write("\n".join(csv_line(r) for r in rows) + "\n")
    if theory_rows:
        head = ["项目", "编号", "成绩"] if form == "hr" else ["event", "bib", "value"]
        with open(os.path.join(folder, "theory.csv"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(csv_line(r) for r in [head] + theory_rows) + "\n")
    for old in score_files(folder):
        os.remove(old)
    lines = scores_text.splitlines(True)
    cut = doc.get("_split")
    if cut and len(lines) > 4:
        # two files, read in the order given: the second one's lines are the later ones
        at = max(2, int(len(lines) * cut))
        first, second = lines[:at], lines[at:]
        if lines[0].startswith(("event", "round", "bib", "kind", "official", "item", "value", "attempt")):
            second = [lines[0]] + second
        texts = ["".join(first), "".join(second)]
    else:
        texts = [scores_text]
    for i, text in enumerate(texts):
        with open(os.path.join(folder, "scores%s.csv" % ("" if i == 0 else i + 1)), "w", encoding="utf-8") as fh:
            fh.write(text)


def score_files(folder):
    """The scores files of a case, in the order they are given to both sides."""
    names = sorted(n for n in os.listdir(folder) if n.startswith("scores") and n.endswith(".csv"))
    return [os.path.join(folder, n) for n in sorted(names, key=len)]


def ref_results(folder):
    contest = podium_ref.Contest(folder)
    records = podium_ref.read_scores(contest, score_files(folder))
    return podium_ref.compute(contest, records)


def gen_case(seed, folder):
    rng = random.Random(seed)
    doc = gen_contest(rng)
    roster_rows = gen_roster(rng, doc)
    sw = ScoreWriter(rng, doc)
    theory_rows = gen_theory(rng, doc, roster_rows, sw)
    for ev in doc["events"]:
        rounds = ev.get("rounds", [{"id": "final"}])
        bibs = [r[0] for r in roster_rows if r[4] == ev["id"]]
        for i, rnd in enumerate(rounds):
            gen_round_scores(rng, doc, ev, rnd["id"], bibs, sw)
            if i + 1 < len(rounds):
                write_case(folder, doc, roster_rows, theory_rows, sw.text())
                results = ref_results(folder)
                bibs = [e.bib for (rev, ri, ordered) in results if rev.id == ev["id"] and ri == i + 1
                        for e in ordered]
    write_case(folder, doc, roster_rows, theory_rows, sw.text())
    return doc


def run_java(jar, command, folder):
    cmd = ["java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-jar", jar, command, folder]
    for f in score_files(folder):
        cmd += ["--scores", f]
    if command == "rank":
        cmd += ["--format", "csv"]
    p = subprocess.run(cmd, capture_output=True)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def run_ref(command, folder):
    try:
        return 0, podium_ref.run(command, folder, score_files(folder)), ""
    except Exception as exc:  # noqa: BLE001 - a crash of the reference is a finding too
        return 1, "", "%s: %s" % (type(exc).__name__, exc)


def tally(cover, out):
    """Counts what the reference's rows exercised, for the summary line."""
    rows = list(podium_ref.csv.reader(podium_ref.io.StringIO(out)))[1:]
    seen = {}
    for r in rows:
        event, rnd, rank, status = r[0], r[1], r[2], r[7]
        inc = lambda k: cover.__setitem__(k, cover.get(k, 0) + 1)
        inc("rows")
        inc(status)
        if rank:
            seen.setdefault((event, rnd, rank), []).append(r)
        if r[14]:
            inc("award")
        if r[15]:
            inc("titles")
        if r[16]:
            inc("flagged")
        if r[17] and r[17] != "1":
            inc("attempt>1")
    cover["shared-rank rows"] = cover.get("shared-rank rows", 0) + sum(len(v) for v in seen.values() if len(v) > 1)
    rounds = {(r[0], r[1]) for r in rows}
    cover["rounds"] = cover.get("rounds", 0) + len(rounds)


def compare_case(jar, folder):
    """Runs both sides on a case folder (contest.yaml, roster.csv, scores*.csv) and prints the diff."""
    commands = ["rank"] + (["teams"] if "teams:" in open(os.path.join(folder, "contest.yaml"), encoding="utf-8").read() else [])
    same = True
    for command in commands:
        jc, jout, jerr = run_java(jar, command, folder)
        rc, rout, rerr = run_ref(command, folder)
        if jc != rc or jout != rout:
            same = False
            print("%s: java exit %d, ref exit %d" % (command, jc, rc))
            for line in (jerr + rerr).strip().splitlines()[:5]:
                print("  " + line)
            sys.stdout.write("".join(difflib.unified_diff(jout.splitlines(True), rout.splitlines(True),
                                                          "java-%s.csv" % command, "ref-%s.csv" % command)))
        else:
            print("%s: same (%d lines)" % (command, jout.count("\n")))
    return 0 if same else 1


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=100)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jar", default=os.path.join(REPO, "target", "podium.jar"))
    ap.add_argument("--keep", action="store_true", help="keep every case under cases/case-SEED/")
    ap.add_argument("--quiet", action="store_true", help="print only mismatches and the summary")
    ap.add_argument("--hr-rosters", action="store_true",
                    help="also write rosters and theory files as HR sends them (title row, Chinese column names, 合计 row)")
    ap.add_argument("--case", metavar="DIR", help="compare both sides on one saved case folder and exit")
    args = ap.parse_args()
    OPTIONS["hr"] = args.hr_rosters
    if args.case:
        return compare_case(args.jar, args.case)
    if not os.path.exists(args.jar):
        sys.exit("no jar at %s: build it with mvn -B -q -o package -DskipTests" % args.jar)
    cases_dir = os.path.join(HERE, "cases")
    mismatches = []
    compared = 0
    both_failed = 0
    cover = {}
    rules = {}
    started = time.time()
    for n in range(args.count):
        seed = args.seed + n
        tmp = tempfile.mkdtemp(prefix="podium-fuzz-")
        try:
            gen_case(seed, tmp)
            commands = ["rank"] + (["teams"] if "teams:" in open(os.path.join(tmp, "contest.yaml"), encoding="utf-8").read() else [])
            bad = []
            for command in commands:
                jc, jout, jerr = run_java(args.jar, command, tmp)
                podium_ref.COVER.clear()
                rc, rout, rerr = run_ref(command, tmp)
                if command == "rank" or command == "teams":
                    for k, v in podium_ref.COVER.items():
                        if command == "rank" or k.startswith("teams"):
                            rules[k] = rules.get(k, 0) + v
                compared += 1
                if jc != 0 and rc != 0:
                    both_failed += 1
                if rc == 0 and command == "rank":
                    tally(cover, rout)
                if jc != rc or jout != rout or jc != 0:
                    diff = "".join(difflib.unified_diff(jout.splitlines(True), rout.splitlines(True),
                                                        "java-%s.csv" % command, "ref-%s.csv" % command))
                    bad.append((command, jc, jout, jerr, rc, rout, rerr, diff))
            if bad or args.keep:
                dest = os.path.join(cases_dir, ("mismatch-%d" if bad else "case-%d") % seed)
                shutil.rmtree(dest, ignore_errors=True)
                shutil.copytree(tmp, dest)
                for command, jc, jout, jerr, rc, rout, rerr, diff in bad:
                    for name, text in (("java-%s.csv" % command, jout), ("ref-%s.csv" % command, rout),
                                       ("java-%s.err" % command, jerr), ("ref-%s.err" % command, rerr),
                                       ("diff-%s.txt" % command, diff)):
                        with open(os.path.join(dest, name), "w", encoding="utf-8") as fh:
                            fh.write(text)
            if bad:
                mismatches.append(seed)
                for command, jc, jout, jerr, rc, rout, rerr, diff in bad:
                    print("MISMATCH seed %d (%s): java exit %d, ref exit %d -> %s" % (
                        seed, command, jc, rc, os.path.relpath(dest, REPO)))
                    if jerr.strip():
                        print("  java stderr: " + jerr.strip().splitlines()[0][:300])
                    if rerr.strip():
                        print("  ref stderr: " + rerr.strip().splitlines()[0][:300])
                    print("".join(diff.splitlines(True)[:30]))
            elif not args.quiet:
                print("ok seed %d" % seed)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    print("%d cases (%d outputs compared), %d mismatching cases%s, %.0f s" % (
        args.count, compared, len(mismatches), (": " + " ".join(map(str, mismatches))) if mismatches else "",
        time.time() - started))
    print("rows compared: " + ", ".join("%s %d" % kv for kv in sorted(cover.items())))
    print("rules reached (times): " + "; ".join("%s %d" % kv for kv in sorted(rules.items())))
    if both_failed:
        print("outputs where both sides failed: %d" % both_failed)
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
