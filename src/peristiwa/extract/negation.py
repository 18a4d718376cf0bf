"""Acts told as not done without a negation word before their verb: nobody did them ("tak ada satupun fraksi
yang menolak …"), they were prevented ("mencegah terjadinya …", "avoided"), or they are what a blocked or
vetoed text would have said ("Hungary blocked an EU statement criticising China"); and negation words that deny
no act ("tidak hanya", "pekerja tak berdokumen")."""
from __future__ import annotations

from peristiwa.extract.boundaries import BANS
from peristiwa.text.morphology import ATTRIBUTES


def denies_nothing(after: str) -> bool:
    """Whether a negation word followed by `after` leaves the act asserted: "tidak hanya menyerang" (not only),
    "secara tak terduga" (unexpectedly), "tak lama setelahnya" (soon after), an attribute of a noun ("pekerja
    migran tak berdokumen dideportasi"), "orang tak dikenal" (unknown people)."""
    return after in _ONLY or after in ATTRIBUTES


_ONLY = {"hanya", "saja", "cuma", "only", "just", "terduga", "disangka", "sengaja", "lama",
         "dikenal", "teridentifikasi", "beridentitas"}


def kept_from(lows: list[str], verb_start: int) -> bool:
    """Whether the act at `verb_start` (in the sentence's lowercased words) was not done, as above."""
    return _nobody(lows, verb_start) or _prevented(lows, verb_start) or _blocked_text(lows, verb_start) \
        or _banned(lows, verb_start) or _denied_report(lows, verb_start)


def _banned(lows: list[str], verb_start: int) -> bool:
    """ "an embargo on arms sales to Vietnam", "embargo penjualan senjata": what a ban forbids is not done."""
    before = lows[max(0, verb_start - 2):verb_start]
    return bool(before) and (before[-1] in BANS or len(before) == 2 and before[0] in BANS
                             and before[1] in ("on", "of", "atas", "terhadap"))


def _nobody(lows: list[str], verb_start: int) -> bool:
    """"Tak ada satupun fraksi yang menolak …", "belum ada surat … yang menyatakan …", "no party rejected …": nobody
    did it; "has no plans to impose new sanctions": nobody means to."""
    near = lows[max(0, verb_start - 7):verb_start]
    return any(a in ("tak", "tidak", "belum") and b == "ada" for a, b in zip(near, near[1:])) and "yang" in near \
        or any(w in ("no", "none", "nobody") for w in near[:2]) \
        or any(a == "no" and b in _INTENTS for a, b in zip(near, near[1:]))


_INTENTS = {"plans", "plan", "intention", "intentions", "desire", "interest"}


_PREVENTED = {"menghindari", "hindari", "menghindarkan", "mencegah", "cegah", "menggagalkan", "gagalkan",
              "mencegahnya", "menghalanginya",  # "untuk mencegahnya melakukan aneksasi terhadap Tepi Barat"
              "dihalangi", "dicegah", "terhalang", "dilarang",  # "Massa Dihalangi Temui Pimpinan KPK": kept from it
              "daripada",  # "… daripada membicarakannya dalam rapat bersama presiden": rather than doing it
              "avoid", "avoided", "avoiding", "prevent", "prevented", "preventing", "foiled", "thwarted"}
_ARTICLES = {"terjadinya", "adanya", "a", "an", "the", "any", "further"}


def _prevented(lows: list[str], verb_start: int) -> bool:
    """The act right after "menghindari" or "mencegah terjadinya" (but "mencegah tangkal": a travel ban)."""
    k = verb_start - 1 - (verb_start > 1 and lows[verb_start - 1] in _ARTICLES)
    return k >= 0 and lows[k] in _PREVENTED and lows[verb_start] != "tangkal"


def _blocked_text(lows: list[str], verb_start: int) -> bool:
    """What a blocked or vetoed text would have done ("Hungary blocked an EU statement criticising China", "Rusia
    memveto rancangan resolusi yang mengecam …"): it was never adopted."""
    k = verb_start - 1 - (verb_start > 0 and lows[verb_start - 1] == "yang")
    return k > 0 and lows[k] in _TEXTS and any(w in _BLOCKING for w in lows[max(0, k - 5):k])


_TEXTS = {"statement", "resolution", "declaration", "motion", "draft", "resolusi", "pernyataan", "deklarasi"}
_BLOCKING = {"blocked", "blocks", "block", "vetoed", "vetoes", "veto", "memblokir", "memveto", "menjegal"}


_REPORTS = {"suggestions", "suggestion", "allegations", "allegation", "claims", "reports", "accusations", "tuduhan",
            "klaim", "laporan", "tudingan"}
_REJECTING = {"rejected", "rejects", "dismissed", "dismisses", "denied", "denies", "menolak", "menepis", "membantah"}


def _denied_report(lows: list[str], verb_start: int) -> bool:
    """ "rejected as an absolute lie Western suggestions that it had ordered the killing", "menepis laporan bahwa
    pihaknya menyerang …": a report its subject rejects, of an act, is not told as done."""
    before = lows[max(0, verb_start - 14):verb_start]
    at = next((k for k in range(len(before) - 1, -1, -1) if before[k] in ("that", "bahwa")), None)
    return at is not None and at > 0 and before[at - 1] in _REPORTS and any(w in _REJECTING for w in before[:at - 1])
