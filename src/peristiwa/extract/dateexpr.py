"""Date expressions in a sentence, resolved against the article's date.

Explicit dates ("6 September 2023", "6/9/2023") are parsed with dateparser (day-month-year order);
relative expressions that dateparser misses in news style ("Rabu", "Jumat lalu", "pekan lalu", "tiga pekan
lalu", "bulan lalu", "akhir Juni", "Juli 2022", "tahun lalu") are resolved here against the article's date."""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from peristiwa.extract.document import Sentence

MONTHS = {
    "januari": 1, "februari": 2, "pebruari": 2, "maret": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
    "agustus": 8, "september": 9, "oktober": 10, "november": 11, "nopember": 11, "desember": 12,
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8, "october": 10,
    "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "agu": 8, "agt": 8, "aug": 8,
    "sep": 9, "sept": 9, "okt": 10, "oct": 10, "nov": 11, "des": 12, "dec": 12,
}
WEEKDAYS = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5, "minggu": 6,
            "ahad": 6, "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
            "sunday": 6}
_M = "|".join(sorted(MONTHS, key=len, reverse=True))
_W = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_COUNT = r"\d{1,2}|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|two|three|four|five|six|seven|eight|nine|ten"
PATTERNS = [
    ("numeric", re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?(?![\d/])")),
    ("dmy", re.compile(rf"\b(\d{{1,2}})\s+({_M})\.?\s+(\d{{4}})\b", re.I)),
    ("dm", re.compile(rf"\b(\d{{1,2}})\s+({_M})\b", re.I)),
    ("mdy", re.compile(rf"\b({_M})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})\b", re.I)),
    ("md", re.compile(rf"\b({_M})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?![.,:/]?\d)", re.I)),  # "on Feb. 24"
    ("my", re.compile(rf"\b({_M})\s+(\d{{4}})\b", re.I)),
    ("month", re.compile(rf"\b(?:(?:bulan|pada|in|awal|akhir|pertengahan|early|late)\s+|mid-)({_M})\b", re.I)),
    ("year", re.compile(r"(?<!\d )\b(?:tahun|pada|in|awal|akhir|pertengahan|sejak|since)\s+((?:19|20)\d{2})\b", re.I)),
    ("weekday", re.compile(rf"\b(?:(last|next)\s+)?({_W})(\s+(?:lalu|kemarin|depan))?\b", re.I)),
    ("units_ago", re.compile(rf"\b(?:({_COUNT})\s+(pekan|minggu|bulan|tahun|weeks|months|years)(?:\s+yang)?\s+"
                             r"(?:lalu|ago)|se(pekan|minggu|bulan|tahun)\s+(?:yang\s+)?lalu)\b", re.I)),
    ("days_ago", re.compile(r"\b(\d{1,2}|dua|tiga|empat|lima|enam|tujuh|two|three|four|five|six|seven)\s+"
                            r"(?:hari\s+(?:yang\s+)?lalu|days\s+ago)\b", re.I)),  # "dua hari lalu"
    ("relative", re.compile(r"\b(akhir pekan lalu|akhir pekan kemarin|last weekend|akhir pekan(?! ini| depan)|"
                            r"over the weekend|kemarin lusa|kemarin|hari ini|pekan lalu|minggu lalu|bulan lalu|"
                            r"tahun lalu|yesterday|today|last week|last month|last year|besok|tomorrow|pekan depan|"
                            r"minggu depan|bulan depan|tahun depan|next week|next month|next year|bulan ini|tahun ini|"
                            r"this month|this year|sehari sebelumnya|a day earlier|the day before|"
                            r"beberapa hari terakhir|beberapa pekan terakhir|beberapa minggu terakhir|in recent days|"
                            r"in recent weeks|in the past few days|in the past few weeks|baru-baru ini|recently|"
                            r"beberapa hari lalu|a few days ago|pekan ini|minggu ini|this week|awal bulan ini|"
                            r"earlier this month|beberapa pekan lalu|beberapa minggu lalu|a few weeks ago|"
                            r"several weeks ago)\b", re.I)),
]
_RELATIVE_DAYS = {"kemarin lusa": -2, "kemarin": -1, "yesterday": -1, "sehari sebelumnya": -1, "a day earlier": -1,
                  "the day before": -1, "hari ini": 0, "today": 0, "besok": 1, "tomorrow": 1, "pekan depan": 7,
                  "minggu depan": 7, "next week": 7}


def parse_iso(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return _dateparser(value.strip(), "en")


@lru_cache(maxsize=4096)
def _dateparser(expr: str, lang: str) -> date | None:
    import dateparser  # imported on first use: loading its data costs a second

    parsed = dateparser.parse(expr, languages=[lang, "en"], settings={"DATE_ORDER": "DMY",
                                                                      "PREFER_DAY_OF_MONTH": "first"})
    return parsed.date() if parsed else None


def _shift_month(d: date, months: int) -> str:
    total = d.year * 12 + d.month - 1 + months
    return f"{total // 12:04d}-{total % 12 + 1:02d}"


_COMING = re.compile(r"\s+(mendatang|depan|nanti|yang akan datang)\b", re.I)


_AHEAD = 183  # a day and month without a year more than half a year after the article's date is last year's


def explicit(kind: str, m: re.Match, base: date | None, lang: str) -> str | None:
    g = m.groups()
    year = base.year if base else None
    if kind == "numeric":
        day, month = int(g[0]), int(g[1])
        if g[2]:
            year = int(g[2]) + (2000 if len(g[2]) == 2 else 0)
        if not year or not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        parsed = _dateparser(f"{day}/{month}/{year}", lang)
        if parsed and base and not g[2] and parsed > base + timedelta(days=_AHEAD):
            parsed = _dateparser(f"{day}/{month}/{year - 1}", lang)  # "Kamis (28/12)" in a January article
        return parsed.isoformat() if parsed else None
    if kind in ("dmy", "mdy"):
        parsed = _dateparser(m.group(0), lang)
        return parsed.isoformat() if parsed else None
    if kind in ("dm", "md"):
        day, month = (g[0], g[1]) if kind == "dm" else (g[1], g[0])
        if not year or kind == "md" and not month[0].isupper():
            return None  # ("they may 2 …")
        parsed = _dateparser(f"{day} {month} {year}", lang)
        if parsed and base and parsed > base + timedelta(days=_AHEAD):
            parsed = _dateparser(f"{day} {month} {year - 1}", lang)  # "on Dec. 28" in a January article
        return parsed.isoformat() if parsed else None
    if kind == "my":
        return f"{int(g[1]):04d}-{MONTHS[g[0].lower()]:02d}"
    if kind == "month":
        if not base:
            return None
        month = MONTHS[g[0].lower()]
        if _COMING.match(m.string, m.end()):  # "pada Januari mendatang": the next January
            return f"{base.year + (month <= base.month):04d}-{month:02d}"
        return f"{base.year - (month > base.month):04d}-{month:02d}"
    if kind == "year":
        return g[0]
    return None


def _relative(kind: str, m: re.Match, base: date) -> str | None:
    if kind == "days_ago":
        word = m.group(1).lower()
        return (base - timedelta(days=int(word) if word.isdigit() else _NUMBERS[word])).isoformat()
    if kind == "units_ago":  # "tiga pekan lalu", "dua bulan lalu", "setahun lalu", "two weeks ago"
        word, unit = (m.group(1) or "1").lower(), (m.group(2) or m.group(3)).lower()
        n = int(word) if word.isdigit() else _NUMBERS[word]
        if unit in ("pekan", "minggu", "weeks"):
            return (base - timedelta(days=7 * n)).isoformat()
        return _shift_month(base, -n) if unit in ("bulan", "months") else str(base.year - n)
    if kind == "weekday":
        last, name, suffix = m.group(1), m.group(2), (m.group(3) or "").strip().lower()
        if name.lower() == "minggu" and (suffix in ("lalu", "depan") or not name[0].isupper()):
            return None  # "minggu lalu" is last week, handled as a relative expression
        if name.lower() in ("may",):
            return None
        back = (base.weekday() - WEEKDAYS[name.lower()]) % 7
        if suffix == "depan" or (last or "").lower() == "next":
            return (base + timedelta(days=(WEEKDAYS[name.lower()] - base.weekday()) % 7 or 7)).isoformat()
        if (suffix or last) and back == 0:
            back = 7
        return (base - timedelta(days=back)).isoformat()
    phrase = m.group(1).lower()
    if phrase in ("akhir pekan lalu", "akhir pekan kemarin", "last weekend", "akhir pekan", "over the weekend"):
        return (base - timedelta(days=(base.weekday() - 5) % 7 or 7)).isoformat()  # that Saturday
    if phrase in _RELATIVE_DAYS:
        return (base + timedelta(days=_RELATIVE_DAYS[phrase])).isoformat()
    if phrase in ("bulan lalu", "last month"):
        return _shift_month(base, -1)
    if phrase in ("bulan depan", "next month"):
        return _shift_month(base, 1)
    if phrase in _WEEKS_BACK:  # the text names no day: the month of a week ("pekan lalu") or two ("beberapa
        return _shift_month(base - timedelta(days=_WEEKS_BACK[phrase]), 0)  # pekan lalu") back
    if phrase in _THIS_MONTH or phrase.endswith(("terakhir", "days", "weeks", "ago")):
        return _shift_month(base, 0)  # "dalam beberapa hari terakhir", "baru-baru ini", "pekan ini": this month,
        # as coders date what the text does not pin to a day
    if phrase in ("tahun ini", "this year"):
        return str(base.year)
    if phrase in ("tahun lalu", "last year"):
        return str(base.year - 1)
    if phrase in ("tahun depan", "next year"):
        return str(base.year + 1)
    return None


_NUMBERS = {"dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9,
            "sepuluh": 10, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
            "ten": 10}
_UNITS = {"pekan", "minggu", "bulan", "tahun", "weeks", "months", "years", "sepekan", "seminggu", "sebulan", "setahun"}
_ONE_UNIT = {"sepekan", "seminggu", "sebulan", "setahun"}
_WEEKS_BACK = {"pekan lalu": 7, "minggu lalu": 7, "last week": 7, "beberapa pekan lalu": 14,
               "beberapa minggu lalu": 14, "a few weeks ago": 14, "several weeks ago": 14}
_THIS_MONTH = {"bulan ini", "this month", "awal bulan ini", "earlier this month", "baru-baru ini", "recently",
               "pekan ini", "minggu ini", "this week", "beberapa hari lalu"}
_KEYWORDS = frozenset(MONTHS) | frozenset(WEEKDAYS) | {"kemarin", "hari", "lalu", "depan", "yesterday", "today",
                                                        "last", "next", "besok", "tomorrow", "ini", "this",
                                                        "sebelumnya", "earlier", "before", "pekan", "weekend",
                                                        "terakhir", "recent", "past", "baru-baru", "recently",
                                                        "ago"}


_MONTH_WORDS = frozenset(MONTHS)
_WEEKDAY_WORDS = frozenset(WEEKDAYS)
_RELATIVE_WORDS = _KEYWORDS - _MONTH_WORDS - _WEEKDAY_WORDS | {"minggu", "day", "week", "few", "days", "weeks"}


def sentence_dates(sent: Sentence, base: date | None, lang: str) -> list[tuple[int, str]]:
    """(token index, ISO date) of each date expression in the sentence; explicit ones win overlaps."""
    lows = {part for t in sent.tokens for part in t.lower.split("-")}
    digits = any(t.text[0].isdigit() for t in sent.tokens)
    if not digits and not lows & _KEYWORDS:
        return []
    present = {"month": bool(lows & _MONTH_WORDS), "weekday": bool(lows & _WEEKDAY_WORDS),
               "relative": bool(lows & _RELATIVE_WORDS),
               "days_ago": bool(lows & {"hari", "days"}) and (digits or bool(lows & _NUMBERS.keys())),
               "units_ago": bool(lows & _UNITS) and (digits or bool(lows & _NUMBERS.keys()) or bool(lows & _ONE_UNIT))}
    found: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in PATTERNS:
        if not present.get(kind, digits):
            continue  # each pattern needs its own kind of word (a digit for the explicit ones)
        for m in pattern.finditer(sent.text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            if kind == "weekday" and any(m.end() <= a <= m.end() + 3 for a, _ in taken):
                continue  # "Senin (9/9/2019)", "Senin, 9 September 2019": the explicit date says which Monday
            if kind in ("weekday", "relative", "days_ago", "units_ago"):
                value = _relative(kind, m, base) if base else None
            else:
                value = explicit(kind, m, base, lang)
            if value:
                taken.append((m.start(), m.end()))
                found.append((m.start(), m.end(), value))
    if not found:
        return []
    starts = [t.start - sent.start for t in sent.tokens]
    out = []
    for a, _, value in sorted(found):
        index = next((i for i, s in enumerate(starts) if s >= a), len(starts) - 1)
        out.append((index, value))
    return out
