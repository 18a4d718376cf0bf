"""What stands around an event noun and changes whose it is: an actor asked to act ("agar"), what a demand asks
for, another noun listed before it, the purpose of a plain verb ("untuk"), a clause of reported speech, and a
headline's subject that makes a capitalised noun its verb, the partner of a meeting an opening phrase names, and
the two sides of a call named after another act between them."""
from __future__ import annotations

from peristiwa.extract.coordination import in_opening_phrase
from peristiwa.extract.dates import in_date_phrase
from peristiwa.extract.document import Mention, Roles, Sentence, VerbMatch
from peristiwa.extract.implied import AUTHORED
from peristiwa.extract.scan import FILLERS, verb_like
from peristiwa.text.morphology import process_noun


def asked_to_act(sent: Sentence, after: int, by_start: dict[int, Mention]) -> Mention | None:
    """The actor right after "agar"/"supaya" that a verb follows: the one a request asks to act."""
    tokens = sent.tokens
    asked = by_start.get(after + 1) if after + 1 < len(tokens) and tokens[after].lower in ("agar", "supaya") else None
    return asked if asked is not None and any(v.start == asked.end for v in sent.verbs) else None


def in_what_is_asked(sent: Sentence, after: int, target: Mention) -> bool:
    """Whether the actor comes inside what a call or demand asks for ("untuk"/"agar" …) with no act of its own
    between, so it is no addressee (but "tuntutan AS untuk denuklirisasi Korea Utara" asks for an act on it)."""
    words = [t.lower for t in sent.tokens[after:target.start]]
    return any(w in ("untuk", "agar", "supaya") for w in words) \
        and not any(after <= v.start < target.start for v in sent.verbs) \
        and not any(process_noun(w) for w in words)


def listed_apart(sent: Sentence, source: Mention, verb: VerbMatch) -> bool:
    """Whether the actor before the noun belongs to another event noun listed before it ("Serangan udara AS
    terbaru di Nangarhar, serangan teroris terhadap fasilitas pemerintah di Jalalabad": not a US attack)."""
    return any(sent.tokens[k].text == "," for k in range(source.end, verb.start)) and any(
        v is not verb and v.sense.voice == "noun" and v.end <= source.start <= v.end + 1 for v in sent.verbs)


def purpose_of(sent: Sentence, j: int, by_end: dict[int, Mention]) -> int:
    """Where to look for the doer of a light verb: before a plain verb whose object precedes "untuk" ("akan
    meninggalkan Bangladesh untuk melanjutkan kunjungan ke Afghanistan": the president goes on, not
    Bangladesh), but not after an event verb ("mendesak China untuk …": China does it) or a letting verb."""
    obj = by_end.get(j - 1) if j >= 2 and sent.tokens[j - 1].lower in ("untuk", "guna") else None
    k = obj.start - 1 if obj is not None else -1
    if k >= 0 and verb_like(sent.tokens[k].lower) and sent.tokens[k].lower not in _LETTING \
            and not any(v.start <= k < v.end and v.sense.cameo[:2] != "04" for v in sent.verbs):
        return k  # (but the visitor does what a visit is for: "menemui Laode guna menyampaikan dukungan")
    return j


_LETTING = {"mengizinkan", "membiarkan", "memperbolehkan", "membolehkan", "menyuruh", "mempersilakan", "memaksa",
            "menugaskan", "memerintahkan", "meminta", "mengajak", "mengundang", "mendorong", "membantu", "meyakinkan",
            "membujuk", "menekan", "mendesak"}
_CLAUSE_OPENERS = {"bahwa", "that", ",", ":", "ada", "terdapat", "there"}  # "menuturkan ada 19 titik …"


def reported(tokens, start: int, end: int, speech: frozenset[str]) -> bool:
    """Whether a verb of saying between `start` and `end` opens a clause of its own, so that its speaker does
    not do what that clause names: "Arab Saudi mengatakan senjata yang digunakan dalam serangan …" (but "Israel
    mengatakan telah melakukan ratusan serangan", "Houthi mengklaim bertanggung jawab atas serangan")."""
    for i in range(start, end - 1):
        if tokens[i].lower not in speech:
            continue
        following = tokens[i + 1].lower
        if following in FILLERS and following != "," or verb_like(following):
            continue
        if following in _CLAUSE_OPENERS or any(verb_like(t.lower) for t in tokens[i + 2:end]):
            return True
    return False


def headline_verb(sent: Sentence, verb: VerbMatch, by_start: dict[int, Mention], by_end: dict[int, Mention]) -> bool:
    """Whether a capitalised event noun in a headline is its verb: right after its subject (or "Dilaporkan"),
    with its object right after it ("AS Sanksi Menteri …", "Erdogan Kritik Keras Kebijakan Trump") or a subject
    that is no unknown name ("Cina Protes Pertemuan Menlu …", not "Hakim AS Validasi Penyelidikan …")."""
    tokens, k = sent.tokens, verb.end + (verb.end < len(sent.tokens) and sent.tokens[verb.end].lower in _MANNER)
    said = verb.start - (verb.start > 1 and tokens[verb.start - 1].lower in _SAID_TO)  # "Dilaporkan Bombardir"
    subject, obj = by_end.get(said), by_start.get(k + (k < len(tokens) and tokens[k].lower in AUTHORED))
    return sent.headline and tokens[verb.start].is_title and subject is not None \
        and (obj is not None and not obj.location or subject.kind != "person")


_SAID_TO, _MANNER = {"dilaporkan", "disebut", "diduga", "dikabarkan", "diklaim"}, {"keras", "tegas", "balik", "pedas"}


def main_subject_after_an_opening(sent: Sentence, verb: VerbMatch, target: Mention) -> Mention | None:
    """The subject of the main clause after an opening phrase that names a meeting ("Dalam pertemuan dengan Presiden
    Joe Biden di Gedung Putih, Senin (13/11), Presiden Jokowi meminta …", "During talks with Xi, Biden said …"): the
    one who met the partner named in it."""
    tokens = sent.tokens
    if verb.sense.cameo[:2] != "04" or not in_opening_phrase(sent, target.start):
        return None
    comma = next((k for k in range(target.end, len(tokens)) if tokens[k].text == ","), None)
    after = next((k for k in range(comma + 1, min(len(tokens), comma + 8)) if tokens[k].text == ","), None) \
        if comma is not None else None
    if after is not None and all(in_date_phrase(sent, k) for k in range(comma + 1, after)):
        comma = after  # past ", Senin (13/11),"
    m = next((m for m in sent.mentions if comma is not None and m.start == comma + 1 and not m.location), None)
    return m if m is not None and m.end < len(tokens) and (
        verb_like(tokens[m.end].lower) or tokens[m.end].lower in FILLERS or tokens[m.end].lower in ("said", "says",
                                                                                                  "told")) else None


_ASKED = {"02", "03", "05", "10"}  # what one asks, offers or demands of the partner one meets
_BENEFITING = {"bagi", "untuk", "for"}


def asked_in_a_meeting(sent: Sentence, verb: VerbMatch, source: Mention | None,
                       target: Mention | None) -> Mention | None:
    """The addressee of a request, offer or demand made by the subject of a clause that follows an opening phrase
    naming a meeting: the partner met, where no other is named ("Dalam pertemuan dengan Putra Mahkota Mohammed bin
    Salman, Minggu (14/4), Presiden Joko Widodo meminta tambahan kuota haji bagi jemaah Indonesia": of the crown
    prince, for his own people)."""
    if verb.sense.cameo[:2] not in _ASKED or source is None or target is not None and not (
            target.key == source.key and any(t.lower in _BENEFITING for t in sent.tokens[verb.end:target.start])):
        return target
    meeting = next((v for v in sent.verbs if v.start <= 2 and v.sense.cameo[:2] == "04"), None)
    if meeting is None or meeting.end >= len(sent.tokens) or sent.tokens[meeting.end].lower not in ("dengan", "with"):
        return target
    partner = next((m for m in sent.mentions if m.start == meeting.end + 1 and not m.location), None)
    return partner if partner is not None and partner.key != source.key \
        and main_subject_after_an_opening(sent, meeting, partner) is source else target


_IN_A = {("in", "a"), ("during", "a"), ("in", "their"), ("during", "their"), ("dalam",)}


def partners_in_the_call(sent: Sentence, verb: VerbMatch, earlier: list[tuple[VerbMatch, Roles]]) -> Roles | None:
    """A call or meeting named right after another act's addressee is between that act's two sides ("Putin
    apologised to Ilham Aliyev in a phone call", "Xi memperingatkan Biden dalam percakapan telepon"), whoever
    the sentence names after it ("… for what the Kremlin called a tragic incident")."""
    if verb.sense.voice != "noun" or verb.sense.cameo[:3] not in ("040", "041") or not earlier:  # (a visit names
        # where it goes: "menemui pimpinan MPR … dalam lawatan resminya ke Indonesia")
        return None
    before, roles = earlier[-1]
    if not roles.sources or not roles.targets or roles.targets[-1].location:
        return None
    gap = tuple(t.lower for t in sent.tokens[roles.targets[-1].end:verb.start])
    return roles if before.end <= roles.targets[-1].start and gap in _IN_A else None
