"""Events read from sentence patterns rather than one verb: blame, characterisation, charges, brokered deals,
projectiles told by where they landed, and obligations."""
from __future__ import annotations

from peristiwa.extract.dates import event_date
from peristiwa.extract.document import Doc, Mention, Sentence, VerbMatch
from peristiwa.extract.event_record import make_event
from peristiwa.extract.modality import event_modality
from peristiwa.extract.parties import brokered_act, brokers
from peristiwa.extract.patterns import accusations, attack_of, attack_victim, characterisations, charges, obligations
from peristiwa.extract.projectiles import projectile_strikes
from peristiwa.extract.roles import assign
from peristiwa.lexicon.knowledge import Knowledge, VerbSense
from peristiwa.records import Event


def pattern_events(doc: Doc, kb: Knowledge, sent: Sentence, coded: dict[tuple, Event],
                   earlier: list[Event]) -> list[Event]:
    """Events read from sentence patterns rather than one verb: blame ("X says Y was behind the attack":
    X accuses Y, and Y, as claimed, attacked the victim) and obligation ("X said Y must …": a demand)."""
    events: list[Event] = []

    def add(source: Mention, target: Mention, verb: VerbMatch, modality: str, when: str | None = None) -> None:
        key = (source.key, source.sector, target.key, target.sector, verb.sense.cameo)
        if key not in coded:
            event = make_event(doc, kb, sent, verb, source, target, modality)
            coded[key] = event.model_copy(update={"date": when}) if when else event
            events.append(coded[key])

    for speaker, accused, cue_at, cue in accusations(doc, kb, sent):
        if speaker is not None:
            add(speaker, accused, VerbMatch(cue_at, cue_at + 1, cue,
                                            VerbSense("112", "pattern", f"{doc.lang}:112:pattern-blame")), "asserted")
        attack = attack_of(sent, cue_at)
        found = attack and attack_victim(doc, sent, attack, accused.key, earlier + events)
        if found:
            victim, told, told_at = found
            sense = VerbSense(attack.sense.cameo, "pattern", f"{doc.lang}:{attack.sense.cameo}:pattern-blamed-attack")
            when = event_date(told, told_at.start, doc, happened=True) if told is not None and told is not sent \
                and told.dates else None  # the attack's date where the article tells of it, not the accusation's
            add(accused, victim, VerbMatch(attack.start, attack.end, attack.text, sense), "claimed", when)
    for speaker, actor, cue_at, cue, code in characterisations(doc, kb, sent):
        add(speaker, actor, VerbMatch(cue_at, cue_at + 1, cue,
                                      VerbSense(code, "pattern", f"{doc.lang}:{code}:pattern-called")),
            event_modality(sent, VerbMatch(cue_at, cue_at + 1, cue, VerbSense(code, "pattern", "")), speaker.end,
                           kb.language(doc.lang).speech))
    for authority, accused, cue_at, cue, code in charges(doc, kb, sent):  # the charge is made: asserted
        add(authority, accused, VerbMatch(cue_at, cue_at + 1, cue,
                                          VerbSense(code, "pattern", f"{doc.lang}:{code}:pattern-charged")), "asserted")
    speech = kb.language(doc.lang).speech
    for broker, at in brokers(sent):  # "signed a Norwegian-brokered ceasefire agreement": Norway mediates
        mediation = VerbMatch(at, at + 1, sent.tokens[at].text,
                              VerbSense("045", "pattern", f"{doc.lang}:045:pattern-brokered"))
        found = brokered_act(sent, mediation, lambda v: assign(sent, v, doc.lang, speech))
        if found is not None:
            act, roles = found
            for party in roles.sources:
                if party.key != broker.key:
                    add(broker, party, mediation, event_modality(sent, act, roles.clause_start, speech))
    for shooter, hit, landed in projectile_strikes(sent):  # "rudal yang ditembakkan oleh X … jatuh di Y"
        add(shooter, hit, landed, event_modality(sent, landed, shooter.end, speech))
    for speaker, addressee, cue_at, cue, code in obligations(doc, kb, sent):  # a demand, or a rebuke
        add(speaker, addressee, VerbMatch(cue_at, cue_at + 1, cue,
                                          VerbSense(code, "pattern", f"{doc.lang}:{code}:pattern-must")), "asserted")
    return events
