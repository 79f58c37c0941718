#!/usr/bin/env python3
"""podium_ref: an independent reference implementation of Podium's scoring rules.

Written from the text of ../shared/spec/scoring.md and contest-files.md (and the settled readings
#1-#36 of docs/spec-readings.md), never from the Java engine. Every intermediate value is an exact
fractions.Fraction; a value is rounded once, where the spec says so.

    python3 tools/refimpl/podium_ref.py rank  CONTEST_DIR [--scores FILE]...
    python3 tools/refimpl/podium_ref.py teams CONTEST_DIR [--scores FILE]...

prints the CSV of scoring.md section 13 (rank) or of the teams listing, LF line ends, like
`podium rank CONTEST_DIR --scores FILE --format csv`. It checks only what it needs to compute; it
is not a validator (wrong input gives a short message and exit 1, never the same messages as Podium).
"""
import csv
import datetime
import io
import os
import re
import sys
import unicodedata
from decimal import Decimal
from fractions import Fraction as F

try:
    import yaml
except ImportError:  # pragma: no cover - said once, plainly
    sys.exit("podium_ref.py needs PyYAML: pip install pyyaml")

RANK_HEADER = ("event,round,rank,bib,name,unit,team,status,official_time,time_score,quality_score,"
               "theory_score,penalty_points,total,award,titles,flags,attempt")
TEAMS_HEADER = "event,rank,team,status,score,counted"
SCORE_COLUMNS = ["event", "round", "bib", "kind", "official", "item", "value", "attempt"]
UNRANKED_ORDER = ["INCOMPLETE", "DNF", "DSQ", "DNS"]


class InputError(Exception):
    pass


# How often each rule decided something (the fuzzer prints these, to show what its cases reached).
COVER = {}


def hit(rule):
    COVER[rule] = COVER.get(rule, 0) + 1


# ---------------------------------------------------------------- numbers (section 1)

def nfkc(text):
    return unicodedata.normalize("NFKC", text if text is not None else "").strip()


def dec(value):
    """An exact Fraction from a YAML or CSV number (text, int, Fraction)."""
    if isinstance(value, F):
        return value
    if isinstance(value, bool):
        raise InputError("not a number: %r" % value)
    if isinstance(value, int):
        return F(value)
    text = nfkc(str(value))
    if not re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)", text):
        raise InputError("not a number: %r" % value)
    return F(Decimal(text))


def parse_time(value):
    """Integer milliseconds from a time text (section 1, readings #8-#10)."""
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if isinstance(value, F):
        ms = value * 1000
        if ms.denominator != 1:
            raise InputError("more than 3 decimals: %s" % value)
        return int(ms)
    text = nfkc(str(value)).replace(",", ".")
    parts = text.split(":")
    if len(parts) > 3:
        raise InputError("not a time: %r" % value)
    m = re.fullmatch(r"(\d+)(?:\.(\d{1,3}))?", parts[-1])
    if not m or any(not re.fullmatch(r"\d+", p) for p in parts[:-1]):
        raise InputError("not a time: %r" % value)
    sec_ms = int(m.group(1)) * 1000 + int((m.group(2) or "").ljust(3, "0"))
    if len(parts) >= 2 and int(m.group(1)) >= 60:
        raise InputError("seconds not below 60: %r" % value)
    if len(parts) == 3 and int(parts[1]) >= 60:
        raise InputError("minutes not below 60: %r" % value)
    total = sec_ms
    if len(parts) >= 2:
        total += int(parts[-2]) * 60000
    if len(parts) == 3:
        total += int(parts[0]) * 3600000
    return total


def round_half_up(x, places):
    """x rounded HALF_UP (away from zero at the half) to `places` decimals, as an exact Fraction."""
    scale = 10 ** places
    y = x * scale
    if y >= 0:
        n = (y + F(1, 2)).__floor__()
    else:
        n = -((-y + F(1, 2)).__floor__())
    return F(n, scale)


def round_int(x, mode):
    """x to a whole number: 'round' (HALF_UP), 'floor' or 'ceil'."""
    if mode == "floor":
        return x.__floor__()
    if mode == "ceil":
        return x.__ceil__()
    return round_half_up(x, 0).numerator


def fmt(x, places):
    """A rounded Fraction printed with exactly `places` decimals (BigDecimal.toPlainString)."""
    scale = 10 ** places
    n = x * scale
    assert n.denominator == 1, (x, places)
    n = int(n)
    sign = "-" if n < 0 else ""
    n = abs(n)
    whole, frac = divmod(n, scale)
    if places == 0:
        return sign + str(whole)
    return "%s%d.%0*d" % (sign, whole, places, frac)


def fmt_time(ms):
    return "%d.%03d" % divmod(ms, 1000)


def bib_key(bib):
    if re.fullmatch(r"[0-9]+", bib):
        return (0, int(bib), bib)
    return (1, 0, bib)


# ---------------------------------------------------------------- aggregates (sections 3 and 5)

def mean(values):
    return sum(values, F(0)) / len(values)


def median(values):
    v = sorted(values)
    n = len(v)
    if n % 2:
        return F(v[n // 2])
    return (F(v[n // 2 - 1]) + F(v[n // 2])) / 2


def trimmed(values, trim):
    v = sorted(values)
    if len(v) < 2 * trim + 1:
        return mean(v)
    return mean(v[trim:len(v) - trim])


def athletics(values):
    v = sorted(values)
    n = len(v)
    if n % 2:
        return F(v[n // 2])
    return F(v[n // 2])  # the slower of the two middle values


def time_aggregate(name, values):
    if name == "median":
        return median(values)
    if name == "mean":
        return mean(values)
    if name == "trimmed-mean":
        return trimmed(values, 1) if len(values) >= 3 else mean(values)
    if name == "athletics":
        return athletics(values)
    raise InputError("unknown timing.aggregate %r" % name)


def quality_aggregate(name, values, trim):
    if name == "median":
        return median(values)
    if name == "mean":
        return mean(values)
    if name == "trimmed-mean":
        return trimmed(values, trim)
    raise InputError("unknown quality.aggregate %r" % name)


def round_to_resolution(x, resolution, mode):
    q = x / resolution
    if mode == "up":
        n = q.__ceil__()
    elif mode == "down":
        n = q.__floor__()
    else:
        n = (q + F(1, 2)).__floor__()
    return n * resolution


# ---------------------------------------------------------------- contest.yaml

class _Loader(yaml.SafeLoader):
    """YAML with exact numbers: a float scalar becomes a Fraction of its decimal text; only
    decimal ints and floats are numbers (no sexagesimal 1:30 = 90 of YAML 1.1); booleans are
    true/false only (reading #28)."""


_Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v
        if tag not in ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float", "tag:yaml.org,2002:bool")]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}
_Loader.add_implicit_resolver("tag:yaml.org,2002:int", re.compile(r"^[-+]?[0-9]+$"), list("-+0123456789"))
_Loader.add_implicit_resolver("tag:yaml.org,2002:float",
                              re.compile(r"^[-+]?([0-9]+\.[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?$"),
                              list("-+0123456789."))
_Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(true|false)$"), list("tf"))
_Loader.add_constructor("tag:yaml.org,2002:float",
                        lambda loader, node: F(Decimal(loader.construct_scalar(node))))


def opt(d, key, default=None):
    if not isinstance(d, dict):
        return default
    v = d.get(key)
    return default if v is None else v


class Criterion:
    def __init__(self, d):
        self.id = str(d["id"])
        self.max = dec(d["max"])
        self.kind = opt(d, "kind", "measurement")
        self.step = dec(opt(d, "step", F(1, 2)))
        self.scale = int(opt(d, "scale", 3))
        self.max_spread = dec(opt(d, "max_spread", 1))

    def points(self, mark):
        if self.kind == "judgement":
            return mark * self.max / self.scale
        return mark


class Event:
    def __init__(self, d, index):
        self.index = index
        self.id = str(d["id"])
        self.name = str(opt(d, "name", ""))
        self.timekeepers = [str(x) for x in opt(d, "timekeepers", [])]
        self.judges = [str(x) for x in opt(d, "judges", [])]
        self.laps = int(opt(d, "laps", 1))
        self.attempts = int(opt(d, "attempts", 1))
        t = opt(d, "timing", {})
        self.t_aggregate = opt(t, "aggregate", "median")
        self.t_required = int(opt(t, "required", len(self.timekeepers)))
        self.resolution = int(opt(t, "resolution_ms", 10))
        self.t_rounding = opt(t, "rounding", "half-up")
        self.tolerance_ms = dec(opt(t, "tolerance_ms", 500))
        self.limit = parse_time(t["limit"]) if opt(t, "limit") is not None else None
        self.over_limit = opt(t, "over_limit", "dnf")
        ts = opt(d, "time_score", {})
        self.ts_method = opt(ts, "method", "ratio-to-best")
        self.standard = parse_time(ts["standard"]) if opt(ts, "standard") is not None else None
        self.pps = dec(ts["points_per_second"]) if opt(ts, "points_per_second") is not None else None
        q = opt(d, "quality", {})
        self.q_aggregate = opt(q, "aggregate", "trimmed-mean")
        self.trim = int(opt(q, "trim", 1))
        self.level = opt(q, "level", "total")
        self.q_required = int(opt(q, "required", len(self.judges)))
        self.q_tolerance = dec(q["tolerance"]) if opt(q, "tolerance") is not None else None
        self.criteria = [Criterion(c) for c in opt(q, "criteria", [])]
        self.criterion = {c.id: c for c in self.criteria}
        self.M = sum((c.max for c in self.criteria), F(0))
        th = opt(d, "theory", {})
        self.theory_max = dec(opt(th, "max", 100))
        self.penalties = {}
        for p in opt(d, "penalties", []):
            code = str(p["code"])
            if opt(p, "seconds") is not None:
                self.penalties[code] = ("seconds", parse_time(p["seconds"]) if not isinstance(p["seconds"], (int, F))
                                        else int(dec(p["seconds"]) * 1000))
            else:
                self.penalties[code] = ("points", dec(p["points"]))
        self.weights = {str(k): dec(v) for k, v in opt(opt(d, "total", {}), "weights", {}).items()}
        self.tie_break = [str(k) for k in opt(opt(d, "ranking", {}), "tie_break", [])]
        rounds = opt(d, "rounds", None) or [{"id": "final"}]
        self.rounds = []
        for r in rounds:
            self.rounds.append({
                "id": str(r["id"]),
                "advance": opt(r, "advance", None),
                "awards": opt(r, "awards", False) is True,
            })
        self.award_round = len(self.rounds) - 1
        for i, r in enumerate(self.rounds):
            if r["awards"]:
                self.award_round = i
                break
        a = opt(d, "awards", {})
        self.tiers = opt(a, "tiers", [])
        self.quota_rounding = opt(a, "quota_rounding", "round")
        self.ties = opt(a, "ties", "share")
        self.min_total = dec(a["min_total"]) if opt(a, "min_total") is not None else None
        self.titles = opt(a, "titles", [])

    def uses(self, component):
        return component in self.weights


class Contest:
    def __init__(self, folder):
        self.folder = folder
        path = os.path.join(folder, "contest.yaml")
        with open(path, encoding="utf-8-sig") as fh:
            doc = yaml.load(fh, Loader=_Loader)
        c = doc.get("contest") or {}
        self.name = str(c.get("name", ""))
        date = c.get("date")
        if isinstance(date, datetime.date):
            self.date = date
        elif date is not None:
            self.date = datetime.date.fromisoformat(str(date))
        else:
            self.date = None
        self.decimals = int(opt(doc, "decimals", 2))
        self.events = [Event(e, i) for i, e in enumerate(doc["events"])]
        self.event = {e.id: e for e in self.events}
        self.teams = opt(doc, "teams", None)
        self.roster = read_roster(folder, self)
        self.theory = {}
        for name in ("theory.csv",):
            p = os.path.join(folder, name)
            if os.path.exists(p):
                self.read_theory_csv(p)

    def read_theory_csv(self, path):
        rows = read_csv_rows(path)
        header = [nfkc(h).lower() for h in rows[0]]
        aliases = {"项目": "event", "编号": "bib", "号码": "bib", "参赛号": "bib", "参赛编号": "bib",
                   "成绩": "value", "理论成绩": "value"}
        header = [aliases.get(h, h) for h in header]
        for row in rows[1:]:
            if not any(x.strip() for x in row):
                continue
            rec = dict(zip(header, row))
            ev = nfkc(rec.get("event", "")) or (self.events[0].id if len(self.events) == 1 else "")
            self.theory[(ev, nfkc(rec["bib"]))] = dec(rec["value"])


# ---------------------------------------------------------------- files

def read_text(path):
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("gb18030")


def read_csv_rows(path):
    return list(csv.reader(io.StringIO(read_text(path), newline="")))


ROSTER_ALIASES = {"编号": "bib", "号码": "bib", "参赛号": "bib", "参赛编号": "bib", "姓名": "name",
                  "单位": "unit", "所在单位": "unit", "工作单位": "unit", "队": "team", "队伍": "team",
                  "代表队": "team", "项目": "event", "比赛项目": "event", "组别": "heat", "组": "heat",
                  "分组": "heat", "性别": "gender", "出生日期": "birth_date", "出生年月": "birth_date"}


def read_roster(folder, contest):
    rows = read_csv_rows(os.path.join(folder, "roster.csv"))
    header = None
    roster = {}  # (event, bib) -> dict
    by_name = {e.name: e.id for e in contest.events}
    for row in rows:
        cells = [nfkc(x) for x in row]
        if header is None:
            names = [ROSTER_ALIASES.get(c, c) for c in cells]
            if "bib" in names and "name" in names:
                header = names
            continue
        if not any(cells):
            continue
        rec = dict(zip(header, cells))
        if re.match(r"(合计|总计|小计|备注|制表|Total)", rec.get("bib", "")):
            break
        ev = rec.get("event", "") or (contest.events[0].id if len(contest.events) == 1 else "")
        ev = by_name.get(ev, ev) if ev not in contest.event else ev
        rec["event"] = ev
        roster[(ev, rec["bib"])] = rec
    return roster


class Record:
    __slots__ = ("event", "round", "bib", "kind", "official", "item", "value", "attempt", "seq")


def read_scores(contest, paths):
    """Every record of every file, in recording order (files in the order given, lines in order)."""
    out = []
    seq = 0
    for path in paths:
        rows = read_csv_rows(path)
        if not rows:
            continue
        first = [nfkc(x).lower() for x in rows[0]]
        if any(x in SCORE_COLUMNS for x in first):
            header, body = first, rows[1:]
        else:
            header, body = SCORE_COLUMNS[:len(rows[0])], rows
        for row in body:
            if not any(x.strip() for x in row):
                continue
            d = dict(zip(header, [nfkc(x) for x in row]))
            r = Record()
            ev = d.get("event", "") or (contest.events[0].id if len(contest.events) == 1 else "")
            if ev not in contest.event:
                raise InputError("%s: unknown event %r" % (path, ev))
            event = contest.event[ev]
            r.event = ev
            r.kind = d["kind"].lower()
            rnd = d.get("round", "")
            if r.kind == "theory":
                rnd = ""
            elif not rnd:
                rnd = event.rounds[0]["id"] if len(event.rounds) == 1 else ""
            r.round = rnd
            r.bib = d["bib"]
            r.official = d.get("official", "")
            r.item = d.get("item", "")
            r.value = d.get("value", "")
            att = d.get("attempt", "")
            if r.kind == "status":
                r.attempt = int(att) if att else None
            elif r.kind == "theory":
                r.attempt = None
            else:
                r.attempt = int(att) if att else 1
            seq += 1
            r.seq = seq
            out.append(r)
    return out


# ---------------------------------------------------------------- scoring of one attempt (sections 2-8)

class Attempt:
    def __init__(self, number):
        self.number = number
        self.recorded_status = None
        self.has_record = False
        self.time = None          # official time in ms (with penalty seconds), or None
        self.quality = None       # rounded quality score, or None
        self.points = F(0)        # penalty points, exact
        self.flags = set()
        self.status = None
        self.time_score = None
        self.total = None


def score_attempt(contest, ev, number, recs):
    """recs: the latest record per key for this entry and attempt (list of Record)."""
    a = Attempt(number)
    totals = {}  # timekeeper -> total ms
    laps = {}    # timekeeper -> {lap: ms}
    marks = {}   # judge -> {criterion: mark}
    penalty = {}  # (official, code) -> count
    for r in recs:
        a.has_record = True
        if r.kind == "time":
            totals[r.official] = parse_time(r.value)
        elif r.kind == "lap":
            laps.setdefault(r.official, {})[int(r.item)] = parse_time(r.value)
        elif r.kind == "mark":
            marks.setdefault(r.official, {})[r.item] = dec(r.value)
        elif r.kind == "penalty":
            penalty[(r.official, r.item)] = int(r.value) if r.value != "" else 1
        elif r.kind == "status":
            pass
    # penalties (section 7)
    seconds_ms = 0
    for (official, code), count in penalty.items():
        kind, amount = ev.penalties[code]
        if kind == "seconds":
            seconds_ms += count * amount
        else:
            a.points += count * amount
    # official time (section 3)
    complete = []
    for tk in ev.timekeepers:
        if tk in totals:
            complete.append(totals[tk])
        elif tk in laps and all(n in laps[tk] for n in range(1, ev.laps + 1)):
            complete.append(laps[tk][ev.laps])
    if len(complete) >= 2 and max(complete) - min(complete) > ev.tolerance_ms:
        a.flags.add("TIME_SPREAD")
    if complete and len(complete) >= ev.t_required:
        agg = time_aggregate(ev.t_aggregate, complete)
        t = round_to_resolution(agg, ev.resolution, ev.t_rounding)
        assert t.denominator == 1
        a.time = int(t) + seconds_ms
    # quality (section 5)
    sheets = []
    for j in ev.judges:
        m = marks.get(j, {})
        if ev.criteria and all(c.id in m for c in ev.criteria):
            sheets.append(m)
    for c in ev.criteria:
        if len(sheets) < 2:
            continue
        vals = [s[c.id] for s in sheets]
        if c.kind == "judgement":
            if max(vals) - min(vals) > c.max_spread:
                a.flags.add("JUDGE_SPREAD")
        elif ev.q_tolerance is not None:
            if max(vals) - min(vals) > ev.q_tolerance:
                a.flags.add("JUDGE_SPREAD")
    if sheets and len(sheets) >= ev.q_required:
        if ev.level == "criterion":
            Q = sum((quality_aggregate(ev.q_aggregate, [c.points(s[c.id]) for s in sheets], ev.trim)
                     for c in ev.criteria), F(0))
        else:
            Q = quality_aggregate(ev.q_aggregate,
                                  [sum((c.points(s[c.id]) for c in ev.criteria), F(0)) for s in sheets],
                                  ev.trim)
        a.quality = round_half_up(100 * Q / ev.M, contest.decimals)
    return a


# ---------------------------------------------------------------- entries of a round

def _counting(entry, name):
    return getattr(entry.counting, name) if entry.counting else None


class Entry:
    def __init__(self, bib, roster_row):
        self.bib = bib
        self.row = roster_row
        self.attempts = []
        self.whole_status = None
        self.status = None
        self.theory = None       # rounded theory score, or None
        self.counting = None     # counting Attempt of an OK entry
        self.rank = None
        self.group = 1
        self.award = ""
        self.titles = []

    # the values the CSV row shows are the counting attempt's (none for an unranked entry)
    time = property(lambda self: _counting(self, "time"))
    quality = property(lambda self: _counting(self, "quality"))
    time_score = property(lambda self: _counting(self, "time_score"))
    total = property(lambda self: _counting(self, "total"))

    def flags(self):
        fl = set()
        for a in self.attempts:
            fl |= a.flags
        return [f for f in ("TIME_SPREAD", "JUDGE_SPREAD") if f in fl]


def key_value(entry_or_attempt, key, ev, theory):
    """The tie-break value of a key for an entry's row (or an attempt), None when it has none."""
    x = entry_or_attempt
    if key == "quality":
        return x.quality if ev.uses("quality") else None
    if key == "time":
        return x.time
    if key == "theory":
        return theory if ev.uses("theory") else None
    if key == "time_score":
        return x.time_score if ev.uses("time") else None
    raise InputError("unknown tie-break key %r" % key)


def sort_desc_key(key):
    # higher first except time (lower first)
    return (lambda v: v) if key == "time" else (lambda v: -v)


def split_ties(groups, keys, ev, theory_of):
    """groups: lists of items equal so far. Each key is tried once, in order, on the groups still
    tied; a key splits a group only when every item of the group has a value for it."""
    for key in keys:
        out = []
        for g in groups:
            if len(g) < 2:
                out.append(g)
                continue
            vals = [key_value(x, key, ev, theory_of(x)) for x in g]
            if any(v is None for v in vals):
                hit("tie-break key skipped (a value missing)" if any(v is not None for v in vals)
                    else "tie-break key without values")
                out.append(g)
                continue
            s = sort_desc_key(key)
            distinct = sorted(set(vals), key=s)
            hit("tie-break %s split a group" % key if len(distinct) > 1 else "tie-break %s left a tie" % key)
            for v in distinct:
                out.append([x for x, xv in zip(g, vals) if xv == v])
        groups = out
    return groups


def score_round(contest, ev, rnd_index, bibs, facts):
    """Scores the entries `bibs` of round rnd_index of ev; returns entries in CSV order."""
    rnd = ev.rounds[rnd_index]["id"]
    d = contest.decimals
    entries = []
    for bib in bibs:
        e = Entry(bib, contest.roster[(ev.id, bib)])
        recs = facts.get((ev.id, rnd, bib), {})
        # recorded statuses: the latest line wins (whole entry / per attempt)
        status_lines = sorted((r for r in recs.values() if r.kind == "status"), key=lambda r: r.seq)
        for r in status_lines:
            if r.attempt is None or ev.attempts == 1:
                e.whole_status = r.value.upper()
        for n in range(1, ev.attempts + 1):
            ar = [r for r in recs.values() if r.kind != "status" and r.attempt == n]
            a = score_attempt(contest, ev, n, ar)
            if ev.attempts > 1:
                for r in status_lines:
                    if r.attempt == n:
                        a.recorded_status = r.value.upper()
                        a.has_record = True
            elif status_lines:
                a.has_record = True
            e.attempts.append(a)
        th = contest.theory.get((ev.id, bib))
        if th is not None and ev.uses("theory"):
            e.theory = round_half_up(100 * th / ev.theory_max, d)
        # attempt statuses (section 2 / 14)
        for a in e.attempts:
            if a.recorded_status:
                a.status = a.recorded_status
            elif not a.has_record:
                a.status = "DNS"
            elif a.time is not None and ev.limit is not None and a.time > ev.limit and ev.over_limit != "zero":
                a.status = "DNF"
                hit("DNF over the limit")
            elif ((ev.uses("time") and a.time is None) or (ev.uses("quality") and a.quality is None)
                  or (ev.uses("theory") and e.theory is None)):
                a.status = "INCOMPLETE"
            else:
                a.status = "OK"
        if e.whole_status:
            e.status = e.whole_status
            hit("status recorded for the entry")
        elif ev.attempts == 1:
            e.status = e.attempts[0].status
        else:
            sts = [a.status for a in e.attempts]
            if "INCOMPLETE" in sts:
                e.status = "INCOMPLETE"
            elif "OK" in sts:
                e.status = "OK"
            else:
                e.status = next(s for s in ("DNF", "DSQ", "DNS") if s in sts)
        entries.append(e)

    ok_attempts = [a for e in entries if e.status == "OK" for a in e.attempts if a.status == "OK"]
    # time scores and totals (sections 4 and 8) of the OK attempts of OK entries (reading #17)
    times = [a.time for a in ok_attempts if a.time is not None]
    best = min(times) if times else None
    for a in ok_attempts:
        theory = next(e.theory for e in entries if a in e.attempts)
        if ev.uses("time"):
            t = a.time
            if ev.limit is not None and ev.over_limit == "zero" and t > ev.limit:
                hit("over_limit zero: time score 0")
                ts = F(0)
            elif ev.ts_method == "linear":
                if t <= ev.standard:
                    ts = F(100)
                elif t >= ev.limit:
                    ts = F(0)
                else:
                    ts = F(100) * (ev.limit - t) / (ev.limit - ev.standard)
            elif ev.ts_method == "deduct":
                if t <= ev.standard:
                    ts = F(100)
                else:
                    ts = max(F(0), 100 - ev.pps * F(t - ev.standard, 1000))
            else:
                ts = F(100) * best / t
            a.time_score = round_half_up(ts, d)
        s = F(0)
        for comp, w in ev.weights.items():
            score = {"time": a.time_score, "quality": a.quality, "theory": theory}[comp]
            s += w * score
        s -= a.points
        if s < 0:
            hit("total clamped at 0")
        a.total = max(F(0), round_half_up(s, d))
    # counting attempt (section 14)
    for e in entries:
        if e.status != "OK":
            continue
        oks = [a for a in e.attempts if a.status == "OK"]
        top = max(a.total for a in oks)
        tied = [a for a in oks if a.total == top]
        groups = split_ties([tied], ev.tie_break, ev, lambda a, e=e: e.theory)
        e.counting = min(groups[0], key=lambda a: a.number)
        if len(tied) > 1:
            hit("counting attempt: equal totals, " + ("tie-break decided" if len(groups[0]) < len(tied)
                                                      else "earlier attempt"))
    # ranking (section 9)
    ranked = [e for e in entries if e.status == "OK"]
    by_total = {}
    for e in ranked:
        by_total.setdefault(e.total, []).append(e)
    groups = [by_total[t] for t in sorted(by_total, reverse=True)]
    groups = split_ties(groups, ev.tie_break, ev, lambda e: e.theory)
    pos = 1
    ordered = []
    for g in groups:
        g.sort(key=lambda e: bib_key(e.bib))
        for e in g:
            e.rank = pos
            e.group = len(g)
            ordered.append(e)
        pos += len(g)
    for st in UNRANKED_ORDER:
        ordered.extend(sorted((e for e in entries if e.status == st), key=lambda e: bib_key(e.bib)))
    return ordered


# ---------------------------------------------------------------- awards and titles (section 10)

def age_on(birth, day):
    years = day.year - birth.year
    if (day.month, day.day) < (birth.month, birth.day):
        years -= 1
    return years


def parse_date(text):
    text = nfkc(text)
    m = re.fullmatch(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", text)
    if not m:
        return None
    return datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))


def tied_groups(entries):
    """Ranked entries (in ranking order) as lists of the entries that share a rank."""
    groups = []
    for e in entries:
        if groups and groups[-1][0].rank == e.rank:
            groups[-1].append(e)
        else:
            groups.append([e])
    return groups


def give_awards(contest, ev, ordered):
    ranked = [e for e in ordered if e.rank is not None]
    N = len(ranked)
    cum = []
    c = 0
    for t in ev.tiers:
        if opt(t, "count") is not None:
            c += int(t["count"])
        else:
            c += round_int(dec(t["share"]) * N, ev.quota_rounding)
        cum.append((str(t["name"]), c))
    for e in ranked:
        if ev.min_total is not None and e.total < ev.min_total:
            hit("awards: below min_total")
            continue
        last = e.rank + e.group - 1 if ev.ties == "strict" else e.rank
        for name, ci in cum:
            if last <= ci:
                e.award = name
                if e.rank + e.group - 1 > ci:
                    hit("awards: share tie over a boundary")
                break
            if e.rank <= ci and ev.ties == "strict":
                hit("awards: strict tie dropped past a boundary")
    for title in ev.titles:
        name = str(title["name"])
        count = int(opt(title, "count", 1))

        def meets(e):
            if opt(title, "min_total") is not None and e.total < dec(title["min_total"]):
                return False
            if opt(title, "min_quality") is not None and (e.quality is None or e.quality < dec(title["min_quality"])):
                return False
            if opt(title, "min_time_score") is not None and (
                    e.time_score is None or e.time_score < dec(title["min_time_score"])):
                return False
            if opt(title, "tier") is not None and e.award != str(title["tier"]):
                return False
            for col, val in (opt(title, "where", {}) or {}).items():
                want = "true" if val is True else "false" if val is False else str(val)
                if isinstance(val, F):
                    want = str(Decimal(val.numerator) / Decimal(val.denominator))
                if nfkc(e.row.get(str(col), "")) != nfkc(want):
                    return False
            if opt(title, "max_age") is not None:
                b = parse_date(e.row.get("birth_date", ""))
                if b is None or contest.date is None or age_on(b, contest.date) > int(title["max_age"]):
                    return False
            return True

        given = 0
        groups = tied_groups([e for e in ranked if meets(e)])
        for g in groups:
            if given >= count:
                break
            if ev.ties == "strict" and given + len(g) > count:
                hit("title: strict tie group does not fit")
                break
            if given + len(g) > count:
                hit("title: share tie past the count")
            for e in g:
                e.titles.append(name)
            given += len(g)


# ---------------------------------------------------------------- advancement (sections 11 and 15)

def advancing(ev, rnd_index, ordered):
    adv = ev.rounds[rnd_index]["advance"]
    if not adv:
        return [e.bib for e in ordered]
    ranked = [e for e in ordered if e.rank is not None]
    if opt(adv, "count") is not None:
        K = int(adv["count"])
    else:
        K = round_int(dec(adv["share"]) * len(ranked), ev.quota_rounding)
    U = int(adv["max_per_unit"]) if opt(adv, "max_per_unit") is not None else None
    groups = tied_groups(ranked)
    out = []
    per_unit = {}
    for g in groups:
        if len(out) >= K:
            break
        if len(g) > 1 and len(out) + len(g) > K:
            hit("advance: tie at the boundary advances whole")
        before = dict(per_unit)
        for e in g:
            unit = e.row.get("unit", "")
            if U is not None and unit and before.get(unit, 0) >= U:
                hit("advance: passed over for max_per_unit")
                continue
            out.append(e.bib)
            per_unit[unit] = per_unit.get(unit, 0) + 1
    return out


# ---------------------------------------------------------------- the whole contest

def latest_facts(records):
    """(event, round, bib) -> {key: Record}: the same key recorded twice, the later line wins."""
    facts = {}
    for r in records:
        if r.kind == "theory":
            continue
        key = (r.kind, r.official, r.item, r.attempt)
        facts.setdefault((r.event, r.round, r.bib), {})[key] = r
    return facts


def compute(contest, records):
    """Returns [(event, round_index, ordered entries)] in output order."""
    for r in records:
        if r.kind == "theory":
            contest.theory[(r.event, r.bib)] = dec(r.value)
    facts = latest_facts(records)
    results = []
    for ev in contest.events:
        bibs = [bib for (eid, bib) in contest.roster if eid == ev.id]
        for i, rnd in enumerate(ev.rounds):
            ordered = score_round(contest, ev, i, bibs, facts)
            if i == ev.award_round:
                give_awards(contest, ev, ordered)
            results.append((ev, i, ordered))
            if i + 1 < len(ev.rounds):
                bibs = advancing(ev, i, ordered)
    return results


def csv_line(cells):
    out = []
    for c in cells:
        c = "" if c is None else str(c)
        if any(ch in c for ch in ',"\r\n'):
            c = '"' + c.replace('"', '""') + '"'
        out.append(c)
    return ",".join(out)


def rank_csv(contest, results):
    d = contest.decimals
    lines = [RANK_HEADER]
    for ev, i, ordered in results:
        rnd = ev.rounds[i]["id"]
        for e in ordered:
            ranked = e.rank is not None
            multi = ev.attempts > 1
            if ranked:
                a = e.counting
                time = a.time
                quality = a.quality if ev.uses("quality") else None
                ts = a.time_score if ev.uses("time") else None
                pp = fmt(round_half_up(a.points, d), d)
                total = fmt(a.total, d)
            elif multi:
                time = quality = ts = None
                pp = total = ""
            else:
                a = e.attempts[0]
                time = a.time
                quality = a.quality if ev.uses("quality") else None
                ts = None
                pp = fmt(round_half_up(a.points, d), d)
                total = ""
            row = e.row
            lines.append(csv_line([
                ev.id, rnd, e.rank if ranked else "", e.bib, row.get("name", ""), row.get("unit", ""),
                row.get("team", ""), e.status,
                fmt_time(time) if time is not None else "",
                fmt(ts, d) if ts is not None else "",
                fmt(quality, d) if quality is not None else "",
                fmt(e.theory, d) if e.theory is not None else "",
                pp, total, e.award, ";".join(e.titles), ";".join(e.flags()),
                e.counting.number if (ranked and multi) else "",
            ]))
    return "\n".join(lines) + "\n"


def teams_csv(contest, results):
    if not contest.teams:
        raise InputError("the contest has no teams: section")
    d = contest.decimals
    mode = opt(contest.teams, "score", "sum-best")
    k = int(contest.teams["k"])
    lines = [TEAMS_HEADER]
    for ev, i, ordered in results:
        if i != ev.award_round:
            continue
        names = sorted({row.get("team", "") for (eid, _), row in contest.roster.items()
                        if eid == ev.id and row.get("team", "")})
        teams = []
        for name in names:
            members = [e for e in ordered if e.rank is not None and e.row.get("team", "") == name]
            if len(members) >= k:
                counted = members[:k]
                s = sum((e.total for e in counted), F(0))
                score = s if mode == "sum-best" else round_half_up(s / k, d)
                teams.append({"name": name, "score": score, "best": counted[0].total, "counted": counted})
            else:
                teams.append({"name": name, "score": None, "best": None, "counted": members})
        ranked = sorted((t for t in teams if t["score"] is not None),
                        key=lambda t: (-t["score"], -t["best"], t["name"]))
        pos = 0
        prev = None
        for a_, b_ in zip(ranked, ranked[1:]):
            if a_["score"] == b_["score"]:
                hit("teams: equal score, " + ("best member decided" if a_["best"] != b_["best"] else "shared rank"))
        for idx, t in enumerate(ranked):
            if prev is None or (t["score"], t["best"]) != prev:
                pos = idx + 1
                prev = (t["score"], t["best"])
            lines.append(csv_line([ev.id, pos, t["name"], "OK", fmt(t["score"], d),
                                   ";".join(e.bib for e in t["counted"])]))
        for t in sorted((t for t in teams if t["score"] is None), key=lambda t: t["name"]):
            lines.append(csv_line([ev.id, "", t["name"], "INCOMPLETE", "",
                                   ";".join(e.bib for e in t["counted"])]))
    return "\n".join(lines) + "\n"


def run(command, folder, scores):
    contest = Contest(folder)
    records = read_scores(contest, scores)
    results = compute(contest, records)
    if command == "teams":
        return teams_csv(contest, results)
    return rank_csv(contest, results)


def main(argv):
    if len(argv) < 2 or argv[0] not in ("rank", "teams"):
        sys.stderr.write("usage: podium_ref.py rank|teams CONTEST_DIR [--scores FILE]... [--format csv]\n")
        return 2
    command, folder = argv[0], argv[1]
    scores = []
    rest = argv[2:]
    while rest:
        if rest[0] == "--scores" and len(rest) > 1:
            scores.append(rest[1])
            rest = rest[2:]
        elif rest[0] == "--format" and len(rest) > 1 and rest[1] == "csv":
            rest = rest[2:]
        else:
            sys.stderr.write("unknown argument %r\n" % rest[0])
            return 2
    try:
        out = run(command, folder, scores)
    except (InputError, KeyError, ValueError) as exc:
        sys.stderr.write("podium_ref: %s\n" % exc)
        return 1
    sys.stdout.buffer.write(out.encode("utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
