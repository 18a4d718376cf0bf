"""Names that contain an actor's name but name something else: a company ("PT Semen Indonesia"), an
association ("Himpunan Pengusaha Muda Indonesia", "Komite Mahasiswa Peduli KPK") or a law ("revisi UU KPK",
"Undang-Undang Nomor 30 Tahun 2002 tentang KPK")."""
from __future__ import annotations

from dataclasses import replace

LAW_WORDS = {"uu", "ruu", "undang-undang", "perppu", "perpu", "perpres", "pp", "kuhp", "rkuhp", "kuhap", "rkuhap"}


def company_start(tokens, start: int) -> int | None:
    """Where a company name that ends in a country's name begins ("PT Kereta Api Indonesia"), if it does."""
    k = start - 1
    while k >= 0 and start - k <= 4 and tokens[k].is_title and tokens[k].text not in _COMPANY_FORMS:
        k -= 1
    return k if k >= 0 and k < start - 1 and tokens[k].text in _COMPANY_FORMS else None


_COMPANY_FORMS = {"PT", "CV", "Perum", "Persero"}


def venue_start(tokens, start: int) -> int | None:
    """Where the name of a building or a place that ends in an actor's name begins ("Hotel Indonesia",
    "Rumah Sakit Pusat Angkatan Darat", "Jalan Diponegoro"), if it does: a place, not the actor."""
    k = start - 1
    while k >= 0 and start - k <= 5 and tokens[k].is_title and tokens[k].text not in _VENUE_HEADS:
        k -= 1
    if k >= 0 and tokens[k].text == "Sakit" and k > 0 and tokens[k - 1].text == "Rumah":
        return k - 1
    return k if k >= 0 and tokens[k].text in _VENUE_HEADS - {"Sakit"} else None


_VENUE_HEADS = {"Hotel", "Sakit", "RS", "RSUD", "Stadion", "Masjid", "Gereja", "Museum", "Monumen", "Jalan", "Jl",
                "Lapangan", "Taman", "Mako"}  # (not "Bandara": "ke Semua Bandara Kuba" goes to Cuba); "Mako Brimob"


def association_start(tokens, start: int) -> int | None:
    """Where the name of an association that ends in a country or institution begins ("Himpunan Pengusaha Muda
    Indonesia", "Komite Mahasiswa Peduli KPK", "Aliansi Mahasiswa untuk Keadilan KPK"), if it does."""
    k = start - 1
    while k >= 0 and start - k <= 6 and (tokens[k].is_title or tokens[k].lower in ("untuk", "dan")
                                         or tokens[k].lower.startswith(("pro-", "anti-"))) \
            and tokens[k].text not in _ASSOCIATIONS:  # ("Gerakan pro-Demokrasi Hong Kong")
        k -= 1
    if k < 0 or k == start - 1 or tokens[k].text not in _ASSOCIATIONS or k > 0 and tokens[k - 1].lower in ("hubungan", "staf"):
        return None  # "Hubungan Masyarakat Mabes Polri" is the police's press office; "Kepala Staf Gabungan AS" its army
    return k


def school_start(tokens, start: int) -> int | None:
    """Where the name of a university or school that ends in a country's name begins ("Institut Teknologi
    Indonesia", "Universitas Islam Indonesia"), if it does."""
    k = start - 1
    while k >= 0 and start - k <= 5 and tokens[k].is_title and tokens[k].text not in _SCHOOLS:
        k -= 1
    return k if k >= 0 and tokens[k].text in _SCHOOLS else None  # "Universitas Indonesia" too


_SCHOOLS = {"Universitas", "Institut", "Sekolah", "Akademi", "Politeknik", "University", "Institute"}


_ASSOCIATIONS = {"Aliansi", "Komite", "Koalisi", "Gerakan", "Forum", "Solidaritas", "Jaringan", "Persatuan", "Ikatan",
                 "Himpunan", "Perhimpunan", "Barisan", "Asosiasi", "Perkumpulan", "Paguyuban", "Yayasan",
                 "Pergerakan", "Front", "Wadah", "Gabungan", "Federasi", "Konfederasi"}  # (not "Serikat": "Amerika Serikat dan …")


def after_law_word(tokens, start: int) -> bool:
    """Whether the name at `start` follows the name of a kind of law: "UU KPK", "RUU (KUHP)", and "Undang -
    undang Republik Indonesia" as split at its spaced hyphen."""
    before = tokens[start - 1].lower if start > 0 else ""
    return before in LAW_WORDS or before == ")" and start > 1 and tokens[start - 2].lower in LAW_WORDS \
        or before == "undang" and start > 2 and tokens[start - 2].text == "-" and tokens[start - 3].lower == "undang"


def law_subject(tokens, start: int) -> bool:
    """Whether the name at `start` is what a law is about: "UU Nomor 30 Tahun 2002 tentang KPK", also after the
    full name ("… tentang Komisi Pemberantasan Tindak Pidana Korupsi (KPK)")."""
    k = start - 1
    while k > 0 and start - k < 8 and (tokens[k].text == "(" or tokens[k].is_title) and tokens[k].lower != "tentang":
        k -= 1
    return k >= 0 and tokens[k].lower == "tentang" and any(t.lower in LAW_WORDS for t in tokens[max(0, k - 8):k])


_GENERIC_INSIDE = {"agent"}  # mentions an association's own name may contain ("Aliansi Rakyat …": "rakyat")


def named_associations(sent, mentions: list) -> list:
    """An association named in running text that the lexicon does not know ("Aliansi Rakyat Lawan Korupsi",
    "Forum Masyarakat Peduli Parlemen"): one civil-society actor of the article's country, with the sector of
    the people it names ("rakyat": CVL; "jurnalis": MED), else NGO, in place of the words inside it."""
    tokens, out = sent.tokens, list(mentions)
    heads = [i for i, tok in enumerate(tokens) if tok.text in _ASSOCIATIONS]
    if not heads or sent.headline:
        return mentions  # (in a headline every word is capitalised)
    for i in heads:
        tok = tokens[i]
        if any(m.start <= i < m.end for m in out):
            continue
        starts = {m.start for m in out if m.kind not in _GENERIC_INSIDE}
        j = i + 1
        while j < len(tokens) and j - i <= 6 and j not in starts and _name_word(tokens, j):
            j += 1
        inside = [m for m in out if i < m.end and m.start < j]
        if j - i < 3 or any(m.kind not in _GENERIC_INSIDE or m.start < i or m.end > j for m in inside):
            continue
        sector = next((m.sector for m in inside if m.sector), "NGO")
        text = sent.text[tok.start - sent.start:tokens[j - 1].end - sent.start]
        named = replace(inside[0], start=i, end=j, text=text, sector=sector, kind="org", person="") if inside else None
        if named is None:
            continue  # (a name with no actor word inside it is left to the lexicon)
        out = sorted([m for m in out if m not in inside] + [named], key=lambda m: m.start)
    return out


def _name_word(tokens, j: int) -> bool:
    """A capitalised word of a name, or "untuk"/"dan" inside one (but not "dan" before another association)."""
    if tokens[j].is_title and tokens[j].text.isalpha():
        return True
    return tokens[j].lower in ("untuk", "dan") and j + 1 < len(tokens) and tokens[j + 1].is_title \
        and tokens[j + 1].text not in _ASSOCIATIONS
